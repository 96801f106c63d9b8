// The platform's TextEncoder/TextDecoder for tests only: core's lib has no DOM types, and
// the code under test must not depend on them.
interface Platform {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };
}
const platform = globalThis as unknown as Platform;

export const utf8Bytes = (text: string): Uint8Array => new platform.TextEncoder().encode(text);
export const platformDecode = (label: string, bytes: Uint8Array): string =>
  new platform.TextDecoder(label).decode(bytes);
