import * as vscode from 'vscode';
import type { AnswerStore } from '../answerStore';
import type { PanelState } from '../../protocol';
import { copyDiagramSvg, exportAllDiagrams, exportDiagram } from './exportCommands';
import { MermaidDiagnostics } from './mermaidDiagnostics';
import { PipelinePreview, PREVIEW_VIEW_TYPE, webviewOptions } from './pipelinePreview';

/**
 * The pipeline preview: one panel beside the editor, its commands, and its restoration after a
 * window reload.
 */
export function registerPreview(context: vscode.ExtensionContext, store: AnswerStore): void {
  const diagnostics = new MermaidDiagnostics(store);
  let preview: PipelinePreview | undefined;

  const adopt = (created: PipelinePreview): PipelinePreview => {
    preview?.dispose();
    preview = created;
    created.onDidDispose(() => {
      if (preview === created) preview = undefined;
    });
    return created;
  };

  const open = (): PipelinePreview => {
    const active = vscode.window.activeTextEditor?.document;
    const document = active?.languageId === 'markdown' ? active : preview?.shownDocument;
    if (preview) {
      if (document && !preview.isLocked) preview.show(document);
      preview.panel.reveal(undefined, true);
      return preview;
    }
    const toSide = vscode.workspace.getConfiguration('mlsd.preview').get<boolean>('openToSide', true);
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Pipeline',
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: true },
      // Re-rendering a long answer on every tab switch would cost more than keeping the page.
      { ...webviewOptions(context.extensionUri), retainContextWhenHidden: true },
    );
    return adopt(new PipelinePreview(panel, context.extensionUri, store, diagnostics, document, false));
  };

  /** Export and copy need a panel that shows pictures; open one if there is none. */
  const withPreview = (action: (target: PipelinePreview) => Promise<void>) => async () => {
    const target = preview ?? open();
    try {
      await action(target);
    } catch (error) {
      void vscode.window.showErrorMessage(`Pipeline preview: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // What VS Code calls after a window reload, with the state the page last saved.
  const serializer: vscode.WebviewPanelSerializer<PanelState> = {
    async deserializeWebviewPanel(panel, state) {
      const restored = adopt(new PipelinePreview(panel, context.extensionUri, store, diagnostics, undefined, state?.locked ?? false));
      // The host reopens the document itself: the restored page may start before its own state is readable.
      if (state?.uri) await restored.restoreDocument(state.uri);
    },
  };

  context.subscriptions.push(
    diagnostics,
    { dispose: () => preview?.dispose() },
    vscode.commands.registerCommand('mlsd.openPreview', () => void open()),
    vscode.commands.registerCommand('mlsd.togglePreviewLock', () => (preview ?? open()).toggleLock()),
    vscode.commands.registerCommand('mlsd.exportDiagram', withPreview(exportDiagram)),
    vscode.commands.registerCommand('mlsd.exportAllDiagrams', withPreview(exportAllDiagrams)),
    vscode.commands.registerCommand('mlsd.copyDiagramSvg', withPreview(copyDiagramSvg)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, serializer),
  );

  // The integration tests read what the panel reports; users never see this command.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(
      vscode.commands.registerCommand('mlsd.preview.stats', () => preview?.latestStats),
      // A window reload would end the test run, so the tests hand the serializer a fresh panel and a saved state.
      vscode.commands.registerCommand('mlsd.preview.deserialize', async (state: PanelState) => {
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Pipeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
        await serializer.deserializeWebviewPanel(panel, state);
      }),
    );
  }
}
