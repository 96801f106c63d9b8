// The svelte-free part of auth, for other features' plain .ts modules (loadable in node
// tests without the session's runes). Components and routes import ./index.ts.
export { apiErrorText, localizedMessage, passwordLengthProblem } from './error-text.ts';
