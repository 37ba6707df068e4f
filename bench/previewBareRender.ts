/// <reference lib="dom" />
// Code in these files also runs inside the page (evaluate callbacks), so it needs the DOM types.
// Benchmark page script: the same Mermaid module and configuration the preview uses, called bare.
import mermaid from 'mermaid';
import { configFor } from '../src/webview/mermaidRenderer';
import { readTheme } from '../src/webview/theme';

let renderId = 0;

/** Renders the sources one after another with nothing around Mermaid; resolves with the ms spent. */
async function bareRender(sources: string[]): Promise<number> {
  mermaid.initialize(configFor(readTheme(document.body)));
  const started = performance.now();
  for (const source of sources) await mermaid.render(`bare-${renderId++}`, source);
  return performance.now() - started;
}

(globalThis as unknown as { bareRender: typeof bareRender }).bareRender = bareRender;
