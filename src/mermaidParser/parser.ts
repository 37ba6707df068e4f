/**
 * Mermaid's own parser, for the command line and the extension host: whether each diagram
 * parses, and where not. Built as bundles of its own (`dist/mermaid-parser.js` for Node,
 * `dist/mermaid-parser.browser.js` for the web worker host) and loaded only when an answer holds
 * a diagram, so a check without diagrams never pays for loading Mermaid.
 */
import mermaid from 'mermaid';
import type { DiagramSyntaxError } from '../core/api';
import { mermaidErrorLine, mermaidErrorMessage } from '../core/mermaidErrors';

let initialized = false;

/** Mermaid's parse error for the diagram's source, or undefined when it parses. */
export async function diagramSyntaxError(source: string): Promise<DiagramSyntaxError | undefined> {
  if (!initialized) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    initialized = true;
  }
  try {
    await mermaid.parse(source);
    return undefined;
  } catch (error) {
    return { sourceLine: mermaidErrorLine(error, source), message: mermaidErrorMessage(error) };
  }
}
