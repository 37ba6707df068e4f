import type { DiagramParser } from '../core/api';
import type * as ParserBundle from './parser';

/**
 * Mermaid's parser, loaded from its bundle on the first diagram: loading Mermaid takes about
 * half a second and tens of megabytes, which a session without diagrams should not pay.
 * `loadBundle` is the running host's own way to load a file beside its bundle (Node's `require`,
 * or a fetch and evaluation in the web worker host). A load that fails makes every parse reject
 * with that failure; it is not tried again.
 */
export function lazyDiagramParser(loadBundle: () => unknown): DiagramParser {
  let bundle: Promise<typeof ParserBundle> | undefined;
  return async (source) => {
    // `then` turns a load that throws into a rejection, as an asynchronous load gives.
    bundle ??= Promise.resolve().then(() => loadBundle() as typeof ParserBundle | Promise<typeof ParserBundle>);
    return (await bundle).diagramSyntaxError(source);
  };
}
