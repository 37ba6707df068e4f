import type { Diagram } from '../../core/answer';
import type { PanelDiagram } from '../../protocol';

/** What the panel needs of each diagram of the answer model. */
export function toPanelDiagrams(diagrams: readonly Diagram[]): PanelDiagram[] {
  return diagrams.map((diagram) => ({
    id: diagram.id,
    source: diagram.source,
    diagramType: diagram.diagramType,
    sourceStartLine: diagram.sourceStartLine,
    startLine: diagram.span.line,
    endLine: diagram.span.endLine,
  }));
}
