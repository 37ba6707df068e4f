import * as vscode from 'vscode';
import type { ImageBackground, ImageFormat, PanelDiagram } from '../../protocol';
import { imageBytes, imageFileName, saveImage, type PipelinePreview } from './pipelinePreview';

interface ExportChoice {
  format: ImageFormat;
  background: ImageBackground;
}

const EXPORT_CHOICES: Array<vscode.QuickPickItem & ExportChoice> = [
  { label: 'SVG', description: 'editor theme', format: 'svg', background: 'theme' },
  { label: 'SVG', description: 'light, white background', format: 'svg', background: 'white' },
  { label: 'PNG (2×)', description: 'editor theme background', format: 'png', background: 'theme' },
  { label: 'PNG (2×)', description: 'light, white background', format: 'png', background: 'white' },
];

/** The diagram the cursor is in, or the first one of the shown document. */
function targetDiagram(preview: PipelinePreview): { diagram: PanelDiagram; index: number } | undefined {
  const diagrams = preview.diagrams();
  const editor = vscode.window.activeTextEditor;
  const line = editor?.document === preview.shownDocument ? editor?.selection.active.line : undefined;
  const index = line === undefined ? 0 : Math.max(0, diagrams.findIndex((d) => d.startLine <= line && line <= d.endLine));
  const diagram = diagrams[index];
  return diagram ? { diagram, index } : undefined;
}

export async function exportDiagram(preview: PipelinePreview): Promise<void> {
  const document = preview.shownDocument;
  const target = targetDiagram(preview);
  if (!document || !target) {
    void vscode.window.showInformationMessage('The answer has no Mermaid diagram to export.');
    return;
  }
  const choice = await vscode.window.showQuickPick(EXPORT_CHOICES, { title: 'Export Diagram As' });
  if (!choice) return;
  const image = await preview.requestImage(target.diagram.id, choice.format, choice.background);
  if (image.data === undefined) {
    void vscode.window.showWarningMessage(image.error ?? 'The diagram has no picture.');
    return;
  }
  await saveImage(document, target.index, choice.format, image.data);
}

export async function exportAllDiagrams(preview: PipelinePreview): Promise<void> {
  const document = preview.shownDocument;
  const diagrams = preview.diagrams();
  if (!document || diagrams.length === 0) {
    void vscode.window.showInformationMessage('The answer has no Mermaid diagram to export.');
    return;
  }
  const choice = await vscode.window.showQuickPick(EXPORT_CHOICES, { title: `Export ${diagrams.length} Diagrams As` });
  if (!choice) return;
  const folders = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    defaultUri: vscode.Uri.joinPath(document.uri, '..'),
    openLabel: 'Export Here',
  });
  const folder = folders?.[0];
  if (!folder) return;
  const skipped: number[] = [];
  for (const [index, diagram] of diagrams.entries()) {
    const image = await preview.requestImage(diagram.id, choice.format, choice.background);
    if (image.data === undefined) {
      skipped.push(diagram.sourceStartLine + 1);
      continue;
    }
    const file = vscode.Uri.joinPath(folder, imageFileName(document.uri, index, choice.format));
    await vscode.workspace.fs.writeFile(file, imageBytes(choice.format, image.data));
  }
  const written = diagrams.length - skipped.length;
  const note = skipped.length ? ` Skipped the broken diagrams at lines ${skipped.join(', ')}.` : '';
  void vscode.window.showInformationMessage(`Exported ${written} diagrams.${note}`);
}

export async function copyDiagramSvg(preview: PipelinePreview): Promise<void> {
  const target = targetDiagram(preview);
  if (!target) {
    void vscode.window.showInformationMessage('The answer has no Mermaid diagram to copy.');
    return;
  }
  const image = await preview.requestImage(target.diagram.id, 'svg', 'theme');
  if (image.data === undefined) {
    void vscode.window.showWarningMessage(image.error ?? 'The diagram has no picture.');
    return;
  }
  await vscode.env.clipboard.writeText(image.data);
  void vscode.window.setStatusBarMessage('Diagram SVG copied', 3000);
}
