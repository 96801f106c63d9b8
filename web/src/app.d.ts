// Ambient types for SvelteKit. The app is a client-only SPA: no locals, no page data types.
declare global {
  namespace App {
    // interface Error {}
    // interface Locals {}
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
