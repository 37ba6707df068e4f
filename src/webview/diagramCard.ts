/**
 * One diagram in the panel: its header and buttons, the picture with its pan and zoom, and the
 * error that dims the last good picture.
 */
import type { PanelDiagram } from '../protocol';
import { PanZoom } from './panZoom';
import { toSafeSvgElement } from './safeSvg';

export type CardAction = 'reveal' | 'export-svg' | 'export-png' | 'copy-svg';

export class DiagramCard {
  readonly element: HTMLElement;
  /** Id of the source whose picture (or error) is on screen; differs from diagram.id while pending. */
  settledId: string | undefined;
  /** The latest good picture, kept while the current source is broken. */
  svgText: string | undefined;
  errorText: string | undefined;
  private readonly label: HTMLElement;
  private readonly message: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly panZoom: PanZoom;

  constructor(
    public diagram: PanelDiagram,
    onAction: (card: DiagramCard, action: CardAction) => void,
  ) {
    this.element = el('section', 'diagram');
    const header = el('header', 'diagram-header');
    this.label = el('span', 'diagram-label');
    const tools = el('div', 'diagram-tools');
    const viewport = el('div', 'diagram-viewport');
    this.canvas = el('div', 'diagram-canvas');
    this.message = el('div', 'diagram-message');
    this.message.setAttribute('role', 'alert');
    this.message.hidden = true;
    viewport.appendChild(this.canvas);
    viewport.title = 'Click to show the source. Ctrl/Cmd + wheel zooms, drag pans.';
    header.append(this.label, tools);
    this.element.append(header, this.message, viewport);
    this.panZoom = new PanZoom(viewport, this.canvas);
    tools.append(
      button('+', 'Zoom in', () => this.panZoom.zoomIn()),
      button('−', 'Zoom out', () => this.panZoom.zoomOut()),
      button('Reset', 'Reset zoom and position', () => this.panZoom.reset()),
      button('SVG', 'Export as SVG…', () => onAction(this, 'export-svg')),
      button('PNG', 'Export as PNG (2×)…', () => onAction(this, 'export-png')),
      button('Copy', 'Copy SVG to the clipboard', () => onAction(this, 'copy-svg')),
    );
    viewport.addEventListener('click', () => {
      if (!this.panZoom.wasDrag) onAction(this, 'reveal');
    });
    this.setDiagram(diagram);
  }

  get zoom(): number {
    return this.panZoom.zoom;
  }

  /** Writes only what changed: a dirty card would make Mermaid's next measurement lay out the whole page. */
  setDiagram(diagram: PanelDiagram): void {
    this.diagram = diagram;
    if (this.element.dataset['diagramId'] !== diagram.id) this.element.dataset['diagramId'] = diagram.id;
    const label = `${diagram.diagramType ?? 'no diagram type'} · line ${diagram.sourceStartLine + 1}`;
    if (this.label.textContent !== label) this.label.textContent = label;
    // Back to the source on screen (an undo before its render): nothing is pending any more.
    if (this.settledId === diagram.id) this.setPending(false);
  }

  /** Dims the picture (or says "Rendering…") while a new one is on its way. */
  setPending(pending: boolean): void {
    if (this.element.classList.contains('is-pending') !== pending) this.element.classList.toggle('is-pending', pending);
  }

  showPicture(id: string, svgText: string): void {
    const svg = toSafeSvgElement(svgText);
    if (!svg) {
      this.showError(id, 'The diagram produced no picture.');
      return;
    }
    this.canvas.replaceChildren(svg);
    this.svgText = svgText;
    this.errorText = undefined;
    this.settle(id);
    this.message.hidden = true;
    this.message.textContent = '';
    this.element.classList.remove('has-error');
  }

  /** The last good picture stays, dimmed, under the message. */
  showError(id: string, text: string): void {
    this.errorText = text;
    this.settle(id);
    this.message.textContent = text;
    this.message.hidden = false;
    this.element.classList.add('has-error');
    this.element.classList.toggle('has-picture', this.svgText !== undefined);
  }

  setHighlighted(highlighted: boolean): void {
    this.element.classList.toggle('is-current', highlighted);
  }

  private settle(id: string): void {
    this.settledId = id;
    this.setPending(id !== this.diagram.id);
  }
}

function el(tag: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}

function button(text: string, title: string, onPress: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.title = title;
  element.setAttribute('aria-label', title);
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onPress();
  });
  return element;
}
