import * as vscode from 'vscode';
import type { AnswerStore } from '../answerStore';
import type {
  HostToPanelMessage,
  ImageBackground,
  ImageFormat,
  ImageMessage,
  PanelDiagram,
  PanelToHostMessage,
  StatsMessage,
} from '../../protocol';
import type { MermaidDiagnostics } from './mermaidDiagnostics';
import { toPanelDiagrams } from './panelDiagrams';
import { createNonce, previewHtml } from './previewHtml';
import { STARTER_PIPELINE } from '../../core/starterPipeline';

export const PREVIEW_VIEW_TYPE = 'mlsd.preview';
const IMAGE_TIMEOUT_MS = 30_000;

/**
 * One preview panel: which document it shows (the active Markdown editor's, or a locked one),
 * the updates it sends, and what it does with the panel's clicks, errors and pictures.
 */
export class PipelinePreview implements vscode.Disposable {
  /** The panel's latest report; read by the tests' stats command. */
  latestStats: StatsMessage | undefined;
  private document: vscode.TextDocument | undefined;
  private lastSent: { uri: string; version: number } | undefined;
  /** The diagrams of the last update, for cursor tracking without re-checking on every keystroke. */
  private sentDiagrams: PanelDiagram[] = [];
  private nextRequestId = 1;
  private readonly imageReplies = new Map<number, (message: ImageMessage) => void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly store: AnswerStore,
    private readonly diagnostics: MermaidDiagnostics,
    document: vscode.TextDocument | undefined,
    private locked: boolean,
  ) {
    this.document = document;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'mlsd-activity.svg');
    this.disposables.push(
      this.disposed,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: PanelToHostMessage) => void this.receive(message)),
      store.onDidCheck(({ document: checked }) => {
        if (checked === this.document) this.sendUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && !this.locked && isMarkdown(editor.document)) this.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.highlightAt(event.selections[0].active.line);
      }),
    );
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'main.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
    });
    this.updateTitle();
  }

  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  show(document: vscode.TextDocument): void {
    if (document === this.document) return;
    if (this.document) this.diagnostics.clear(this.document.uri);
    this.document = document;
    this.lastSent = undefined;
    this.updateTitle();
    this.sendUpdate();
  }

  toggleLock(): void {
    this.locked = !this.locked;
    const active = vscode.window.activeTextEditor?.document;
    if (!this.locked && active && isMarkdown(active)) this.show(active);
    this.updateTitle();
    this.lastSent = undefined;
    this.sendUpdate();
  }

  /** The diagrams of the shown document, as the panel receives them. */
  diagrams(): PanelDiagram[] {
    if (!this.document) return [];
    try {
      return toPanelDiagrams(this.store.outcomeOf(this.document)?.answer.diagrams ?? []);
    } catch (error) {
      console.error('Pipeline preview: the answer could not be read', error);
      return [];
    }
  }

  /** Asks the panel for a picture of one diagram. */
  requestImage(diagramId: string, format: ImageFormat, background: ImageBackground): Promise<ImageMessage> {
    const document = this.document;
    if (!document) return Promise.reject(new Error('The preview shows no document.'));
    const requestId = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.imageReplies.delete(requestId);
        reject(new Error('The preview did not answer in time.'));
      }, IMAGE_TIMEOUT_MS);
      this.imageReplies.set(requestId, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      this.post({
        type: 'imageRequest',
        uri: document.uri.toString(),
        version: document.version,
        requestId,
        diagramId,
        format,
        background,
      });
    });
  }

  dispose(): void {
    if (this.document) this.diagnostics.clear(this.document.uri);
    this.disposed.fire();
    for (const disposable of this.disposables) disposable.dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }

  private sendUpdate(): void {
    const document = this.document;
    if (!document) return;
    const uri = document.uri.toString();
    // The store may publish a version the panel already has; never send an older one.
    if (this.lastSent?.uri === uri && this.lastSent.version >= document.version) return;
    this.lastSent = { uri, version: document.version };
    this.sentDiagrams = this.diagrams();
    this.post({
      type: 'update',
      uri,
      version: document.version,
      diagrams: this.sentDiagrams,
      locked: this.locked,
      title: baseName(document.uri),
    });
  }

  private highlightAt(line: number): void {
    const document = this.document;
    if (!document) return;
    const diagram = this.sentDiagrams.find((candidate) => candidate.startLine <= line && line <= candidate.endLine);
    this.post({ type: 'highlight', uri: document.uri.toString(), version: document.version, diagramId: diagram?.id });
  }

  private async receive(message: PanelToHostMessage): Promise<void> {
    if (message.type === 'ready') {
      if (!this.document && message.uri) await this.restoreDocument(message.uri);
      this.lastSent = undefined;
      this.sendUpdate();
      return;
    }
    const document = this.document;
    // Messages about another document are left over from before a switch.
    if (!document || message.uri !== document.uri.toString()) return;
    switch (message.type) {
      case 'stats':
        this.latestStats = message;
        break;
      case 'problems':
        if (message.version === document.version) this.diagnostics.show(document, message.problems);
        break;
      case 'reveal':
        await this.reveal(document, message.line);
        break;
      case 'insertStarter':
        await this.insertStarter(document);
        break;
      case 'image':
        await this.receiveImage(document, message);
        break;
    }
  }

  /** After a window reload: shows the document the panel showed before, if it still exists. */
  async restoreDocument(uri: string): Promise<void> {
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      // Opened meanwhile by the page's own `ready`, or replaced by the active editor.
      if (this.document) return;
      this.document = document;
      this.updateTitle();
      this.sendUpdate();
    } catch {
      // The file is gone since the window was reloaded; the panel shows its empty state.
    }
  }

  private async reveal(document: vscode.TextDocument, line: number): Promise<void> {
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: this.editorColumn(document),
      preserveFocus: false,
    });
    const position = new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** One edit, so one undo removes the whole block. */
  private async insertStarter(document: vscode.TextDocument): Promise<void> {
    const editor = await vscode.window.showTextDocument(document, { viewColumn: this.editorColumn(document) });
    const line = editor.selection.active.line;
    const at = document.lineAt(line).isEmptyOrWhitespace ? new vscode.Position(line, 0) : document.lineAt(line).range.end;
    const prefix = at.character === 0 ? '' : '\n\n';
    await editor.edit((edit) => edit.insert(at, `${prefix}${STARTER_PIPELINE}`));
  }

  private async receiveImage(document: vscode.TextDocument, message: ImageMessage): Promise<void> {
    if (message.action === 'reply' && message.requestId !== undefined) {
      this.imageReplies.get(message.requestId)?.(message);
      this.imageReplies.delete(message.requestId);
      return;
    }
    if (message.data === undefined) {
      void vscode.window.showWarningMessage(message.error ?? 'The diagram has no picture yet.');
      return;
    }
    if (message.action === 'copy') {
      await vscode.env.clipboard.writeText(message.data);
      void vscode.window.setStatusBarMessage('Diagram SVG copied', 3000);
      return;
    }
    const index = this.diagrams().findIndex((diagram) => diagram.id === message.diagramId);
    await saveImage(document, index, message.format, message.data);
  }

  private editorColumn(document: vscode.TextDocument): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn;
  }

  private updateTitle(): void {
    const name = this.document ? baseName(this.document.uri) : 'no answer';
    this.panel.title = `Pipeline: ${name}${this.locked ? ' (locked)' : ''}`;
  }

  private post(message: HostToPanelMessage): void {
    void this.panel.webview.postMessage(message);
  }
}

/** Scripts run, and only the built webview and media folders can be loaded. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** Asks where to save, then writes SVG text or decoded PNG bytes. */
export async function saveImage(
  document: vscode.TextDocument,
  index: number,
  format: ImageFormat,
  data: string,
): Promise<vscode.Uri | undefined> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(document.uri, '..', imageFileName(document.uri, index, format)),
    filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    title: 'Export Diagram',
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, imageBytes(format, data));
  return target;
}

export function imageFileName(uri: vscode.Uri, index: number, format: ImageFormat): string {
  const stem = baseName(uri).replace(/(\.mlsd)?\.md$/i, '');
  return `${stem}-diagram-${index + 1}.${format}`;
}

export function imageBytes(format: ImageFormat, data: string): Uint8Array {
  if (format === 'svg') return new TextEncoder().encode(data);
  // atob exists in Node and in web workers; the host's declared globals list only the basics.
  const binary = (globalThis as unknown as { atob(text: string): string }).atob(data);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}
