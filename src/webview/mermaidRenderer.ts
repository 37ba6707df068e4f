/**
 * Mermaid behind one narrow door: loaded on first use (the diagram types it meets load their own
 * code lazily), one render at a time, always `securityLevel: 'strict'`, and errors turned into a
 * line of the diagram's source.
 */
import type { MermaidConfig } from 'mermaid';
import { mermaidErrorLine, mermaidErrorMessage } from '../core/mermaidErrors';
import type { DiagramTheme } from './theme';

type Mermaid = typeof import('mermaid').default;

export type RenderOutcome =
  | { kind: 'svg'; svg: string }
  | { kind: 'error'; message: string; /** 0-based line in the diagram source. */ sourceLine: number };

let mermaidLoading: Promise<Mermaid> | undefined;
let configuredThemeKey: string | undefined;
let queue: Promise<unknown> = Promise.resolve();
let nextRenderId = 0;
let renderCount = 0;

function loadMermaid(): Promise<Mermaid> {
  mermaidLoading ??= import('mermaid').then((module) => module.default);
  return mermaidLoading;
}

export function configFor(theme: DiagramTheme): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    // Errors are shown by the panel; Mermaid's own error picture would land in the page body.
    suppressErrorRendering: true,
    theme: 'base',
    // Mermaid 12 defaults to the ELK layout, 1.5 MB of code loaded for every flowchart; the
    // classic layered layout draws pipelines well and is far smaller and faster. A diagram can
    // still ask for ELK in its own `%%{init}%%` or front matter, and then ELK loads.
    layout: 'dagre',
    darkMode: theme.themeVariables['darkMode'] === true,
    fontFamily: theme.fontFamily,
    themeVariables: theme.themeVariables,
  };
}

/** Mermaid renders performed since the page loaded. */
export function rendersSoFar(): number {
  return renderCount;
}

/** Renders one diagram after every render queued before it. */
export function renderDiagram(source: string, theme: DiagramTheme): Promise<RenderOutcome> {
  const turn = queue.then(() => renderNow(source, theme));
  queue = turn.catch(() => undefined);
  return turn;
}

async function renderNow(source: string, theme: DiagramTheme): Promise<RenderOutcome> {
  const mermaid = await loadMermaid();
  if (configuredThemeKey !== theme.key) {
    mermaid.initialize(configFor(theme));
    configuredThemeKey = theme.key;
  }
  renderCount += 1;
  const elementId = `mlsd-diagram-${nextRenderId++}`;
  try {
    const { svg } = await mermaid.render(elementId, source);
    return { kind: 'svg', svg };
  } catch (error) {
    return { kind: 'error', message: mermaidErrorMessage(error), sourceLine: mermaidErrorLine(error, source) };
  } finally {
    // A failed render can leave Mermaid's scratch element behind.
    document.getElementById(`d${elementId}`)?.remove();
    document.getElementById(elementId)?.remove();
  }
}
