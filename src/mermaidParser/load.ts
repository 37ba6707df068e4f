import type { DiagramParser } from '../core/api';
import type * as ParserBundle from './parser';

/**
 * Mermaid's parser, loaded from its bundle (`dist/mermaid-parser.js`) on the first diagram:
 * loading Mermaid takes about half a second and tens of megabytes, which a session without
 * diagrams should not pay. `loadBundle` is the running bundle's own way to require a file beside it.
 */
export function lazyDiagramParser(loadBundle: () => unknown): DiagramParser {
  let parse: DiagramParser | undefined;
  return (source) => {
    parse ??= (loadBundle() as typeof ParserBundle).diagramSyntaxError;
    return parse(source);
  };
}
