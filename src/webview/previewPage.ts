/**
 * The panel's diagrams: matches each update against what is on screen, renders only sources it
 * has not seen (visible diagrams first, the rest while idle), and reports what it shows.
 */
import type {
  DiagramProblem,
  HostToPanelMessage,
  ImageBackground,
  ImageFormat,
  ImageRequestMessage,
  PanelDiagram,
  RenderStats,
  UpdateMessage,
} from '../protocol';
import { DiagramCard, type CardAction } from './diagramCard';
import { svgToPng, svgWithBackground } from './exportImage';
import { NO_DIAGRAM_TYPE } from '../core/mermaidErrors';
import { renderDiagram, rendersSoFar, type RenderOutcome } from './mermaidRenderer';
import { RenderCache } from './svgCache';
import { readTheme, WHITE_THEME, type DiagramTheme } from './theme';
import type { WebviewApi } from './vscodeApi';

const CACHE_CAPACITY = 256;
/** Intermediate progress reports while a long answer renders, at most this often (ms). */
const STATS_INTERVAL = 250;
/**
 * Cards still waiting this long (ms) are dimmed. A quick render never dims: no flicker, and no
 * restyle or repaint of the card while Mermaid works.
 */
const PENDING_DIM_DELAY = 250;

export class PreviewPage {
  private uri = '';
  private version = -1;
  private locked = false;
  private cards: DiagramCard[] = [];
  private theme: DiagramTheme;
  private readonly cache = new RenderCache(CACHE_CAPACITY);
  private readonly visible = new Set<DiagramCard>();
  private readonly observer: IntersectionObserver;
  private pumping = false;
  private rendersThisUpdate = 0;
  private lastStatsAt = 0;
  private highlightedId: string | undefined;
  private pendingDimTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: WebviewApi,
    private readonly list: HTMLElement,
    private readonly heading: HTMLElement,
    private readonly empty: HTMLElement,
  ) {
    this.theme = readTheme(document.body);
    this.observer = new IntersectionObserver((entries) => this.onVisibility(entries), { rootMargin: '200px 0px' });
    const saved = host.getState();
    if (saved) {
      this.uri = saved.uri;
      this.locked = saved.locked;
    }
  }

  ready(): void {
    this.host.postMessage({ type: 'ready', uri: this.uri, version: this.version });
  }

  receive(message: HostToPanelMessage): void {
    switch (message.type) {
      case 'update':
        this.update(message);
        break;
      case 'highlight':
        if (message.uri === this.uri) this.highlight(message.diagramId);
        break;
      case 'imageRequest':
        void this.answerImageRequest(message);
        break;
    }
  }

  /** The empty state's button. */
  insertStarter(): void {
    this.host.postMessage({ type: 'insertStarter', uri: this.uri, version: this.version });
  }

  /** The editor's theme changed: every picture is redrawn, the old one staying until then. */
  themeChanged(): void {
    const theme = readTheme(document.body);
    if (theme.key === this.theme.key) return;
    this.theme = theme;
    this.applyCachedAndSchedule();
  }

  private update(message: UpdateMessage): void {
    // Updates can cross in flight; an older version of the same document is stale.
    if (message.uri === this.uri && message.version < this.version) return;
    if (message.uri !== this.uri) this.forgetDocument();
    this.uri = message.uri;
    this.version = message.version;
    this.locked = message.locked;
    this.host.setState({ uri: this.uri, locked: this.locked });
    // Rewriting an unchanged title would still dirty the page's layout before Mermaid measures.
    const title = message.locked ? `${message.title} (locked)` : message.title;
    if (this.heading.textContent !== title) this.heading.textContent = title;
    this.reconcile(message.diagrams);
    this.rendersThisUpdate = 0;
    this.applyCachedAndSchedule();
  }

  /** Another document: its diagrams share nothing with the cards on screen. */
  private forgetDocument(): void {
    this.highlightedId = undefined;
    for (const card of this.cards) {
      this.observer.unobserve(card.element);
      card.element.remove();
    }
    this.visible.clear();
    this.cards = [];
  }

  /**
   * Cards whose source is unchanged keep their DOM (and pan/zoom); an edited diagram keeps its
   * card at the same position, so a broken edit still shows the last good picture.
   */
  private reconcile(diagrams: PanelDiagram[]): void {
    const byId = new Map<string, DiagramCard[]>();
    for (const card of this.cards) byId.set(card.diagram.id, [...(byId.get(card.diagram.id) ?? []), card]);
    const claimed = new Set<DiagramCard>();
    const next: Array<DiagramCard | undefined> = diagrams.map((diagram) => {
      const card = byId.get(diagram.id)?.find((candidate) => !claimed.has(candidate));
      if (card) claimed.add(card);
      return card;
    });
    const leftovers = this.cards.filter((card) => !claimed.has(card));
    diagrams.forEach((diagram, index) => {
      let card = next[index];
      if (!card) {
        const atSamePlace = this.cards[index];
        card = atSamePlace && !claimed.has(atSamePlace) ? atSamePlace : undefined;
        card ??= leftovers.find((candidate) => !claimed.has(candidate));
        card ??= new DiagramCard(diagram, (target, action) => this.onCardAction(target, action));
        claimed.add(card);
        next[index] = card;
      }
      card.setDiagram(diagram);
      card.setHighlighted(diagram.id === this.highlightedId);
    });
    const cards = next as DiagramCard[];
    for (const card of this.cards) {
      if (!claimed.has(card)) {
        this.observer.unobserve(card.element);
        this.visible.delete(card);
        card.element.remove();
      }
    }
    // Move only what is out of place, so unchanged cards are never detached.
    cards.forEach((card, index) => {
      if (this.list.children[index] !== card.element) this.list.insertBefore(card.element, this.list.children[index] ?? null);
      if (!this.cards.includes(card)) this.observer.observe(card.element);
    });
    this.cards = cards;
    const hasCards = cards.length > 0;
    if (this.empty.hidden !== hasCards) this.empty.hidden = hasCards;
  }

  private applyCachedAndSchedule(): void {
    for (const card of this.cards) {
      if (card.settledId === card.diagram.id && card.element.dataset['theme'] === this.theme.key) continue;
      const known = this.knownOutcome(card.diagram);
      if (known) this.apply(card, known);
    }
    this.reportProgress(true);
    this.dimSlowCardsLater();
    void this.pump();
  }

  private dimSlowCardsLater(): void {
    clearTimeout(this.pendingDimTimer);
    this.pendingDimTimer = setTimeout(() => {
      for (const card of this.cards) if (this.needsRender(card)) card.setPending(true);
    }, PENDING_DIM_DELAY);
  }

  private knownOutcome(diagram: PanelDiagram): RenderOutcome | undefined {
    if (diagram.diagramType === undefined) {
      return { kind: 'error', message: NO_DIAGRAM_TYPE, sourceLine: 0 };
    }
    return this.cache.get(this.theme.key, diagram.id);
  }

  private apply(card: DiagramCard, outcome: RenderOutcome): void {
    card.element.dataset['theme'] = this.theme.key;
    if (outcome.kind === 'svg') card.showPicture(card.diagram.id, outcome.svg);
    else card.showError(card.diagram.id, `Line ${card.diagram.sourceStartLine + outcome.sourceLine + 1}: ${outcome.message}`);
  }

  private needsRender(card: DiagramCard): boolean {
    return card.settledId !== card.diagram.id || card.element.dataset['theme'] !== this.theme.key;
  }

  /** One render at a time; the next one is chosen afresh each turn, so overtaken work is skipped. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const waiting = this.cards.filter((card) => this.needsRender(card));
        const card = waiting.find((candidate) => this.visible.has(candidate)) ?? waiting[0];
        if (!card) break;
        if (!this.visible.has(card)) await yieldToBrowser();
        if (!this.cards.includes(card) || !this.needsRender(card)) continue;
        const { id, source } = card.diagram;
        const theme = this.theme;
        this.rendersThisUpdate += 1;
        const outcome = await renderDiagram(source, theme);
        this.cache.set(theme.key, id, outcome, this.cards.length);
        // A newer update or theme may have overtaken this render; then it only feeds the cache.
        if (card.diagram.id === id && theme.key === this.theme.key) this.apply(card, outcome);
        this.reportProgress(false);
      }
    } finally {
      this.pumping = false;
    }
    this.reportProgress(true);
    this.reportProblems();
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const card = this.cards.find((candidate) => candidate.element === entry.target);
      if (!card) continue;
      if (entry.isIntersecting) this.visible.add(card);
      else this.visible.delete(card);
    }
  }

  private stats(): RenderStats {
    let rendered = 0;
    let failed = 0;
    let pending = 0;
    for (const card of this.cards) {
      if (this.needsRender(card)) pending += 1;
      else if (card.errorText !== undefined) failed += 1;
      else rendered += 1;
    }
    return {
      diagrams: this.cards.length,
      rendered,
      failed,
      pending,
      rendersThisUpdate: this.rendersThisUpdate,
      rendersTotal: rendersSoFar(),
    };
  }

  private reportProgress(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastStatsAt < STATS_INTERVAL) return;
    this.lastStatsAt = now;
    const stats = this.stats();
    this.host.postMessage({ type: 'stats', uri: this.uri, version: this.version, stats });
  }

  private reportProblems(): void {
    const problems: DiagramProblem[] = [];
    for (const card of this.cards) {
      const outcome = this.knownOutcome(card.diagram);
      if (outcome?.kind === 'error') {
        problems.push({
          diagramId: card.diagram.id,
          line: card.diagram.sourceStartLine + outcome.sourceLine,
          message: outcome.message,
        });
      }
    }
    this.host.postMessage({ type: 'problems', uri: this.uri, version: this.version, problems });
  }

  private highlight(diagramId: string | undefined): void {
    // The cursor moving inside the same fence must not scroll the panel again.
    if (diagramId === this.highlightedId) return;
    this.highlightedId = diagramId;
    for (const card of this.cards) {
      const current = card.diagram.id === diagramId;
      card.setHighlighted(current);
      if (current) card.element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  private onCardAction(card: DiagramCard, action: CardAction): void {
    const about = { uri: this.uri, version: this.version, diagramId: card.diagram.id };
    if (action === 'reveal') {
      this.host.postMessage({ type: 'reveal', ...about, line: card.diagram.sourceStartLine });
      return;
    }
    const format: ImageFormat = action === 'export-png' ? 'png' : 'svg';
    void this.picture(card, format, 'theme').then((picture) =>
      this.host.postMessage({
        type: 'image',
        ...about,
        requestId: undefined,
        action: action === 'copy-svg' ? 'copy' : 'save',
        format,
        ...picture,
      }),
    );
  }

  private async answerImageRequest(request: ImageRequestMessage): Promise<void> {
    const card = this.cards.find((candidate) => candidate.diagram.id === request.diagramId);
    const picture = card
      ? await this.picture(card, request.format, request.background)
      : { data: undefined, error: 'The preview does not show this diagram.' };
    this.host.postMessage({
      type: 'image',
      uri: this.uri,
      version: this.version,
      requestId: request.requestId,
      action: 'reply',
      diagramId: request.diagramId,
      format: request.format,
      ...picture,
    });
  }

  private async picture(
    card: DiagramCard,
    format: ImageFormat,
    background: ImageBackground,
  ): Promise<{ data: string | undefined; error: string | undefined }> {
    try {
      let svg = card.errorText === undefined ? card.svgText : undefined;
      let theme = this.theme;
      if (svg !== undefined && background === 'white') {
        const outcome = await renderDiagram(card.diagram.source, WHITE_THEME);
        svg = outcome.kind === 'svg' ? outcome.svg : undefined;
        theme = WHITE_THEME;
      }
      if (svg === undefined) return { data: undefined, error: 'This diagram has an error; fix it before exporting.' };
      const data = format === 'svg' ? svgWithBackground(svg, theme.background) : await svgToPng(svg, theme.background);
      return { data, error: undefined };
    } catch (error) {
      return { data: undefined, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/**
 * Gives input, scrolling and new messages a turn between off-screen renders. (An idle callback
 * would be the textbook choice, but in a webview it can wait for its full timeout every time.)
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
