// Membership cards in the web app: issuing/printing/links in the member list, the
// member's card page and the partner's offline check.
export { default as CardActions } from './card-actions.svelte';
export { IssuedCards } from './issued-cards.svelte.ts';
export { CheckCache } from './check-cache.ts';
export { webVerify, moscowToday } from './web-verify.ts';
export { qrSvg } from './qr-svg.ts';
export { default as MemberCard } from './member-card.svelte';
export { default as CheckPage } from './check-page.svelte';
export { default as CardStatsPage } from './card-stats-page.svelte';
export { default as CardRegionField } from './card-region-field.svelte';
