import type { DiagramParser } from '../core/api';
import type * as ParserBundle from './parser';

/** How long a failed load stands before a parse tries loading again. */
export const RELOAD_AFTER_MS = 30_000;

/**
 * Mermaid's parser, loaded from its bundle on the first diagram: loading Mermaid takes about
 * half a second and tens of megabytes, which a session without diagrams should not pay.
 * `loadBundle` is the running host's own way to load a file beside its bundle (Node's `require`,
 * or a fetch and evaluation in the web worker host). A load that fails makes parses reject with
 * that failure for `RELOAD_AFTER_MS`; the first parse after that loads again, since a fetch in
 * the web host can fail for a moment (a dropped connection) and then work.
 */
export function lazyDiagramParser(loadBundle: () => unknown, now: () => number = Date.now): DiagramParser {
  let bundle: Promise<typeof ParserBundle> | undefined;
  let failedAt: number | undefined;
  return async (source) => {
    if (failedAt !== undefined && now() - failedAt >= RELOAD_AFTER_MS) {
      bundle = undefined;
      failedAt = undefined;
    }
    // `then` turns a load that throws into a rejection, as an asynchronous load gives.
    bundle ??= Promise.resolve()
      .then(() => loadBundle() as typeof ParserBundle | Promise<typeof ParserBundle>)
      .catch((failure: unknown) => {
        failedAt = now();
        throw failure;
      });
    return (await bundle).diagramSyntaxError(source);
  };
}
