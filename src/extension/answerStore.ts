import * as vscode from 'vscode';
import { createChecker, parseConfig } from '../core/index';
import type { Checker, CheckOutcome, DiagramParser } from '../core/api';
import type { MlsdConfig } from '../core/config';
import type { ConfigProblem } from '../core/configValidation';
import { DiagramVerdicts } from '../mermaidParser/verdicts';

export interface CheckedDocument {
  document: vscode.TextDocument;
  outcome: CheckOutcome;
}

interface DocumentEntry {
  /** The document object checked: a document reopened under the same URI is a new object. */
  document: vscode.TextDocument;
  checker: Checker;
  version: number;
  outcome: CheckOutcome;
  /** How many of Mermaid's errors were known when the outcome was computed (`DiagramVerdicts.revision`). */
  verdictRevision: number;
}

export const CONFIG_FILE_NAME = '.mlsdrc.json';

/**
 * The one per-document check cache every feature reads: one parse per document version,
 * shared by diagnostics, the framework tree and the preview. The first check of a document is
 * immediate; re-checks after edits are throttled, and a result is published only for the
 * version it was computed from.
 */
export class AnswerStore implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentEntry>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly checked = new vscode.EventEmitter<CheckedDocument>();
  private readonly configChanged = new vscode.EventEmitter<void>();
  private readonly closed = new vscode.EventEmitter<vscode.Uri>();

  /** A document was (re-)checked; fired at most once per throttle interval per document. */
  readonly onDidCheck = this.checked.event;
  /** `.mlsdrc.json` or the extension's settings changed; every open answer was re-checked. */
  readonly onDidChangeConfig = this.configChanged.event;
  /** A checked document was closed; its results are gone. */
  readonly onDidForget = this.closed.event;

  config: MlsdConfig = {};
  configProblems: ConfigProblem[] = [];
  configUri: vscode.Uri | undefined;

  /** Mermaid's verdicts, when the host was given its parser. */
  private readonly verdicts: DiagramVerdicts | undefined;

  constructor(parseDiagram?: DiagramParser) {
    this.verdicts = parseDiagram ? new DiagramVerdicts(parseDiagram) : undefined;
    this.disposables.push(
      this.checked,
      this.configChanged,
      this.closed,
      vscode.workspace.onDidOpenTextDocument((document) => this.publish(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('mlsd')) this.resetAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.loadConfig()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => void this.loadConfig()),
      watcher.onDidChange(() => void this.loadConfig()),
      watcher.onDidDelete(() => void this.loadConfig()),
    );
    void this.loadConfig();
    for (const document of vscode.workspace.textDocuments) this.publish(document);
  }

  /** The check of the document's current version, computed now if needed; undefined for non-Markdown. */
  outcomeOf(document: vscode.TextDocument): CheckOutcome | undefined {
    if (!isMarkdown(document)) return undefined;
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    // Close events may come late: an untitled document reopened under the same URI starts again
    // at version 1, so a version match alone could hand out the old document's results.
    if (entry && entry.document !== document) entry = undefined;
    if (!entry) {
      const checker = createChecker({
        config: this.config,
        framework: settings(document).get<string>('framework'),
        forceAnswer: this.matchesAnswerGlobs(document),
        path: vscode.workspace.asRelativePath(document.uri),
        // Read on every check: verdicts that arrive later count from the next one.
        ...(this.verdicts ? { diagramSyntax: this.verdicts.errors } : {}),
      });
      entry = { document, checker, version: document.version, outcome: checker.analyze(document.getText()), verdictRevision: this.verdictRevision() };
      this.entries.set(key, entry);
    } else if (entry.version !== document.version || entry.verdictRevision !== this.verdictRevision()) {
      entry.outcome = entry.checker.analyze(document.getText());
      entry.version = document.version;
      entry.verdictRevision = this.verdictRevision();
    }
    return entry.outcome;
  }

  isAnswer(document: vscode.TextDocument): boolean {
    return this.outcomeOf(document)?.report.isAnswer ?? false;
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private publish(document: vscode.TextDocument): void {
    const outcome = this.outcomeOf(document);
    if (!outcome) return;
    this.checked.fire({ document, outcome });
    if (this.verdicts && outcome.report.isAnswer && outcome.answer.diagrams.length > 0) void this.judgeDiagrams(this.verdicts, document, outcome);
  }

  /**
   * Asks Mermaid about the outcome's new diagrams, and checks the document again when its latest
   * outcome was computed before Mermaid found one of its diagrams broken.
   */
  private async judgeDiagrams(verdicts: DiagramVerdicts, document: vscode.TextDocument, outcome: CheckOutcome): Promise<void> {
    await verdicts.judge(outcome.answer.diagrams);
    verdicts.keepOnly(new Set([...this.entries.values()].flatMap((entry) => entry.outcome.answer.diagrams.map((diagram) => diagram.id))));
    const entry = this.entries.get(document.uri.toString());
    // Closed meanwhile, or reopened as another document: nothing of this one to show.
    if (entry?.document !== document || document.isClosed || entry.verdictRevision === verdicts.revision) return;
    if (entry.outcome.answer.diagrams.some((diagram) => verdicts.errors.has(diagram.id))) this.publish(document);
  }

  private verdictRevision(): number {
    return this.verdicts?.revision ?? 0;
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isMarkdown(document)) return;
    const key = document.uri.toString();
    if (this.pending.has(key)) return;
    const delay = settings(document).get<number>('lint.delay', 300);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        // The document may have been closed meanwhile; then there is nothing to publish.
        if (!document.isClosed) this.publish(document);
      }, delay),
    );
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
    // A late close of an earlier document under this URI must not drop the open one's results.
    if (this.entries.get(key)?.document !== document) return;
    this.entries.delete(key);
    this.closed.fire(document.uri);
  }

  private resetAll(): void {
    this.entries.clear();
    for (const document of vscode.workspace.textDocuments) this.publish(document);
    this.configChanged.fire();
  }

  private matchesAnswerGlobs(document: vscode.TextDocument): boolean {
    const globs = settings(document).get<string[]>('answerFiles', ['**/*.mlsd.md']);
    const fromConfig = this.config.answerFiles ?? [];
    return [...globs, ...fromConfig].some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  private async loadConfig(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.configUri = folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : undefined;
    let text: string | undefined;
    // An untrusted workspace's rules could change what the checker shows; its config is ignored.
    if (this.configUri && vscode.workspace.isTrusted) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.configUri));
      } catch {
        text = undefined;
      }
    }
    const parsed = text === undefined ? { config: {}, problems: [] } : parseConfig(text);
    this.config = parsed.config;
    this.configProblems = parsed.problems;
    this.resetAll();
  }
}

// Documents the editor shows but the user does not write: the Check Answer report, diffs' old sides, output.
const GENERATED_SCHEMES = new Set(['mlsd-report', 'git', 'output', 'vscode-scm']);

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !GENERATED_SCHEMES.has(document.uri.scheme);
}

function settings(document: vscode.TextDocument): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('mlsd', document.uri);
}
