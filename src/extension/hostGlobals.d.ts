// The extension runs in Node and in a web worker; these are the globals both provide. Declaring
// only them keeps Node- or DOM-only APIs out of the extension host code.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function setInterval(callback: () => void, ms?: number): unknown;
declare function clearInterval(handle: unknown): void;
declare class TextDecoder {
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const console: {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
};
declare function fetch(input: string): Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;
