// Node globals some test dependencies (assert and its util) expect, for the web worker bundle.
export { default as process } from 'process/browser.js';
