/**
 * Pan and zoom of one diagram: modifier + wheel zooms around the pointer, dragging pans, and the
 * card's buttons zoom or reset. The state lives with the element, so a diagram that keeps its DOM
 * keeps its view.
 */
const MIN_SCALE = 0.2;
const MAX_SCALE = 8;
const BUTTON_STEP = 1.25;
/** Pointer travel (px) below which a press counts as a click rather than a drag. */
const CLICK_TOLERANCE = 4;

export class PanZoom {
  private scale = 1;
  private x = 0;
  private y = 0;
  private dragStart: { pointerX: number; pointerY: number; x: number; y: number } | undefined;
  private dragged = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly canvas: HTMLElement,
  ) {
    viewport.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    viewport.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    viewport.addEventListener('pointermove', (event) => this.onPointerMove(event));
    viewport.addEventListener('pointerup', () => (this.dragStart = undefined));
    viewport.addEventListener('pointercancel', () => (this.dragStart = undefined));
  }

  /** True when the last press moved the picture, so its click should not reveal the source. */
  get wasDrag(): boolean {
    return this.dragged;
  }

  get zoom(): number {
    return this.scale;
  }

  zoomBy(factor: number, originX = this.viewport.clientWidth / 2, originY = this.viewport.clientHeight / 2): void {
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor));
    // Keep the point under the origin where it is.
    this.x = originX - ((originX - this.x) * next) / this.scale;
    this.y = originY - ((originY - this.y) * next) / this.scale;
    this.scale = next;
    this.apply();
  }

  zoomIn(): void {
    this.zoomBy(BUTTON_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / BUTTON_STEP);
  }

  reset(): void {
    this.scale = 1;
    this.x = 0;
    this.y = 0;
    this.apply();
  }

  private onWheel(event: WheelEvent): void {
    // Plain wheel scrolls the panel; only a modifier turns it into zoom.
    if (!event.ctrlKey && !event.metaKey && !event.altKey) return;
    event.preventDefault();
    const bounds = this.viewport.getBoundingClientRect();
    this.zoomBy(Math.exp(-event.deltaY / 300), event.clientX - bounds.left, event.clientY - bounds.top);
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.dragged = false;
    this.dragStart = { pointerX: event.clientX, pointerY: event.clientY, x: this.x, y: this.y };
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.dragStart) return;
    const dx = event.clientX - this.dragStart.pointerX;
    const dy = event.clientY - this.dragStart.pointerY;
    if (!this.dragged && Math.hypot(dx, dy) < CLICK_TOLERANCE) return;
    if (!this.dragged) this.viewport.setPointerCapture(event.pointerId);
    this.dragged = true;
    this.x = this.dragStart.x + dx;
    this.y = this.dragStart.y + dy;
    this.apply();
  }

  private apply(): void {
    const identity = this.scale === 1 && this.x === 0 && this.y === 0;
    this.canvas.style.transform = identity ? '' : `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
    this.viewport.classList.toggle('is-zoomed', !identity);
  }
}
