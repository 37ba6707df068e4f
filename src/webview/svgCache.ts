import type { RenderOutcome } from './mermaidRenderer';

/**
 * Render results by theme and content hash, least recently used first out, so that hundreds of
 * updates keep memory bounded while every diagram on screen stays cached.
 */
export class RenderCache {
  private readonly entries = new Map<string, RenderOutcome>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(themeKey: string, id: string): RenderOutcome | undefined {
    const key = cacheKey(themeKey, id);
    const found = this.entries.get(key);
    if (found) {
      // Re-insert so that Map order is recency order.
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(themeKey: string, id: string, outcome: RenderOutcome, keepAtLeast: number): void {
    const key = cacheKey(themeKey, id);
    this.entries.delete(key);
    this.entries.set(key, outcome);
    const limit = Math.max(this.capacity, keepAtLeast);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= limit) break;
      this.entries.delete(oldest);
    }
  }
}

function cacheKey(themeKey: string, id: string): string {
  return `${themeKey}\u0000${id}`;
}
