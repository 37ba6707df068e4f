// Types of chromium.mjs, for the TypeScript tests that launch the same browser.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
