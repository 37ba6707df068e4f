import type { DiagramParser, DiagramSyntaxError } from '../core/api';
import type { Diagram } from '../core/answer';

/**
 * Mermaid's verdicts on the diagrams of open answers, by diagram id. An id is a hash of the
 * diagram's source, so a verdict holds for every version of every document showing that source,
 * and an edit inside a diagram asks for one new verdict. Parsing is asynchronous: a check uses
 * the verdicts known so far, and the caller checks again once a new one finds a broken diagram.
 */
export class DiagramVerdicts {
  /** The broken diagrams' errors: what the checker reads (`CheckOptions.diagramSyntax`). */
  readonly errors = new Map<string, DiagramSyntaxError>();
  /** Counts the errors found so far: a check made at a lower count may lack some of them. */
  revision = 0;
  private readonly judged = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();
  private loadFailureShown = false;

  /** `reportUnavailable` tells the user once that the parser could not load (the console by default). */
  constructor(
    private readonly parse: DiagramParser,
    private readonly reportUnavailable: (message: string) => void = (message) => console.error(message),
  ) {}

  /** Judges the diagrams without a verdict yet. */
  async judge(diagrams: readonly Diagram[]): Promise<void> {
    await Promise.all(diagrams.filter((diagram) => !this.judged.has(diagram.id)).map((diagram) => this.verdictOn(diagram)));
  }

  /** Forgets the verdicts on diagrams no open answer shows any more, so memory follows the documents. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.judged) {
      if (ids.has(id)) continue;
      this.judged.delete(id);
      this.errors.delete(id);
    }
  }

  private verdictOn(diagram: Diagram): Promise<void> {
    const id = diagram.id;
    let verdict = this.pending.get(id);
    if (verdict) return verdict;
    // Each parse takes some milliseconds of the host's thread: started from a timer of its own, the
    // parses of an answer's many diagrams let other work run between them. A parser failing to
    // load then rejects instead of throwing.
    verdict = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => this.parse(diagram.source))
      .then(
        (error) => {
          this.judged.add(id);
          if (!error) return;
          this.errors.set(id, error);
          this.revision++;
        },
        (failure: unknown) => {
          // Without Mermaid's parser the checker still knows whether each block names a known type.
          // The diagram stays unjudged: a later check asks again, and the parser may load by then.
          if (!this.loadFailureShown) this.reportUnavailable(`Mermaid's parser is unavailable: ${firstLineOf(failure)}`);
          this.loadFailureShown = true;
        },
      )
      .finally(() => this.pending.delete(id));
    this.pending.set(id, verdict);
    return verdict;
  }
}

/** A failure's first line: a module loader's message goes on with its whole require stack. */
function firstLineOf(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  return message.split('\n', 1)[0] ?? message;
}
