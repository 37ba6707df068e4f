/**
 * Stands in for DOMPurify in the bundles of Mermaid's parser. DOMPurify needs a DOM, which Node
 * and the web worker extension host lack, and Mermaid sets it up even to parse. Parsing renders nothing, so there is
 * nothing to sanitise: text passes through unchanged and hooks are not kept.
 */
const noSanitizer = {
  sanitize: (text: string): string => text,
  addHook: (): void => undefined,
  removeHook: (): void => undefined,
  removeAllHooks: (): void => undefined,
};

export default noSanitizer;
