// The practice organization: a local sandbox copy of demo data per user.
export {
  PRACTICE_ORG_ID,
  openPractice,
  practiceDocName,
  practiceSeed,
  resetPractice,
} from './open-practice.ts';
export { default as PracticePage } from './practice-page.svelte';
