/**
 * The editor's theme as Mermaid configuration: the kind (light, dark, high contrast dark or
 * light) and a palette read from VS Code's `--vscode-*` colours, so diagrams look like part of
 * the editor in every theme.
 */
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface DiagramTheme {
  kind: ThemeKind;
  /** Changes whenever anything that affects the pictures changes; part of the cache key. */
  key: string;
  background: string;
  themeVariables: Record<string, string | boolean>;
  fontFamily: string;
}

/** The theme used for exports on white: light colours whatever the editor shows. */
export const WHITE_THEME: DiagramTheme = {
  kind: 'light',
  key: 'export-white',
  background: '#ffffff',
  fontFamily: 'sans-serif',
  themeVariables: {
    darkMode: false,
    background: '#ffffff',
    primaryColor: '#eef3fb',
    primaryTextColor: '#1f1f1f',
    primaryBorderColor: '#4a6fa5',
    lineColor: '#333333',
    textColor: '#1f1f1f',
    fontFamily: 'sans-serif',
  },
};

export function currentThemeKind(body: HTMLElement): ThemeKind {
  const declared = body.dataset['vscodeThemeKind'];
  const candidates = declared ? [declared] : Array.from(body.classList);
  // High-contrast light bodies carry both high-contrast classes, so the longer name wins.
  if (candidates.includes('vscode-high-contrast-light')) return 'high-contrast-light';
  if (candidates.includes('vscode-high-contrast')) return 'high-contrast';
  if (candidates.includes('vscode-dark')) return 'dark';
  return 'light';
}

export function readTheme(body: HTMLElement): DiagramTheme {
  const kind = currentThemeKind(body);
  const colour = colourReader(body);
  const dark = kind === 'dark' || kind === 'high-contrast';
  const highContrast = kind === 'high-contrast' || kind === 'high-contrast-light';
  const background = colour('--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff');
  const foreground = colour('--vscode-editor-foreground', dark ? '#d4d4d4' : '#1f1f1f');
  const nodeFill = highContrast ? background : colour('--vscode-editorWidget-background', dark ? '#252526' : '#f3f3f3');
  const border = highContrast
    ? colour('--vscode-contrastBorder', foreground)
    : colour('--vscode-focusBorder', dark ? '#3794ff' : '#0066bf');
  const accent = colour('--vscode-textLink-foreground', border);
  const groupFill = highContrast ? background : colour('--vscode-sideBar-background', nodeFill);
  const fontFamily = getComputedStyle(body).getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
  const themeVariables: Record<string, string | boolean> = {
    darkMode: dark,
    background,
    fontFamily,
    primaryColor: nodeFill,
    primaryTextColor: foreground,
    primaryBorderColor: border,
    secondaryColor: groupFill,
    secondaryTextColor: foreground,
    secondaryBorderColor: border,
    tertiaryColor: groupFill,
    tertiaryTextColor: foreground,
    tertiaryBorderColor: border,
    lineColor: foreground,
    textColor: foreground,
    mainBkg: nodeFill,
    nodeBorder: border,
    clusterBkg: groupFill,
    clusterBorder: highContrast ? border : accent,
    titleColor: foreground,
    edgeLabelBackground: background,
    actorBkg: nodeFill,
    actorBorder: border,
    actorTextColor: foreground,
    actorLineColor: foreground,
    signalColor: foreground,
    signalTextColor: foreground,
    labelBoxBkgColor: nodeFill,
    labelBoxBorderColor: border,
    labelTextColor: foreground,
    loopTextColor: foreground,
    noteBkgColor: groupFill,
    noteTextColor: foreground,
    noteBorderColor: accent,
    activationBkgColor: groupFill,
    activationBorderColor: border,
  };
  const key = [kind, fontFamily, ...Object.values(themeVariables).map(String)].join('|');
  return { kind, key, background, themeVariables, fontFamily };
}

/** Mermaid's colour maths understands hex only; computed styles give rgb(), so convert. */
function colourReader(body: HTMLElement): (variable: string, fallback: string) => string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  body.appendChild(probe);
  const read = (variable: string, fallback: string): string => {
    probe.style.color = '';
    probe.style.color = `var(${variable}, ${fallback})`;
    return toHex(getComputedStyle(probe).color) ?? fallback;
  };
  // The probe is only needed while reading; removing it on the next task keeps the DOM clean.
  queueMicrotask(() => probe.remove());
  return read;
}

export function toHex(computed: string): string | undefined {
  const match = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?\s*\)$/.exec(computed.trim());
  if (!match) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => Number(part).toString(16).padStart(2, '0'));
  return `#${r}${g}${b}`;
}

/** Calls back when the editor's theme changes (VS Code swaps body classes and styles). */
export function watchTheme(body: HTMLElement, onChange: () => void): void {
  new MutationObserver(onChange).observe(body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind'] });
  new MutationObserver(onChange).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
}
