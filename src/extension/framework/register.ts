/**
 * The framework feature: the Framework view, template insertion, New Answer, Treat as Answer,
 * template completions and the mock timer.
 */
import * as vscode from 'vscode';
import type { CheckOutcome } from '../../core/api';
import type { AnswerStore } from '../answerStore';
import { insertTemplate, type TemplateTarget } from '../insertTemplate';
import { registerTemplateCompletions } from './completions';
import {
  FrameworkTree,
  OFFER_TEMPLATE_COMMAND,
  REVEAL_ITEM_COMMAND,
  REVEAL_STEP_COMMAND,
  type FrameworkRow,
} from './frameworkTree';
import { MockTimer } from './mockTimer';
import { availableFrameworks, newAnswer, treatAsAnswer, type NewAnswerChoice } from './newAnswer';

/** Hidden command: the rows the Framework view shows, as plain data (read by the integration tests). */
export const TREE_ROWS_COMMAND = 'mlsd.framework.rows';

export function registerFramework(context: vscode.ExtensionContext, store: AnswerStore): void {
  const tree = new FrameworkTree(store);
  const timer = new MockTimer(
    context.workspaceState,
    () => tree.shownOutcome?.framework ?? availableFrameworks(store)[0],
  );
  const command = (id: string, run: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  };
  context.subscriptions.push(tree, timer, registerTemplateCompletions(store));

  command('mlsd.newAnswer', async (choice?: NewAnswerChoice) => (await newAnswer(store, choice))?.document.uri.toString());
  command('mlsd.treatAsAnswer', () => treatAsAnswer(store));
  command('mlsd.insertTemplate', (target?: FrameworkRow | TemplateTarget) => insertFromTree(tree, store, target));
  command(REVEAL_ITEM_COMMAND, (itemId: string) => revealItem(tree, store, itemId));
  command(REVEAL_STEP_COMMAND, (stepId: string) => revealStep(tree, store, stepId));
  command(OFFER_TEMPLATE_COMMAND, (itemId: string) => offerTemplate(tree, store, itemId));
  command('mlsd.timer.start', () => timer.start());
  command('mlsd.timer.pause', () => timer.pause());
  command('mlsd.timer.reset', () => timer.reset());
  command(TREE_ROWS_COMMAND, () => {
    tree.refreshNow();
    return {
      document: tree.document?.uri.toString(),
      title: tree.view.title,
      steps: tree.rows?.steps ?? [],
      followedStep: tree.stepFollowed,
      timer: timer.text,
    };
  });
}

/**
 * The editor of the answer the tree shows: the active editor when it holds an answer (clicking
 * in the tree leaves it active), else the tree's document brought back to the front.
 */
async function answerEditor(tree: FrameworkTree, store: AnswerStore): Promise<vscode.TextEditor | undefined> {
  const active = vscode.window.activeTextEditor;
  if (active && freshOutcome(active, store)) return active;
  const document = tree.document;
  if (!document || document.isClosed) return undefined;
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn });
}

function freshOutcome(editor: vscode.TextEditor, store: AnswerStore): CheckOutcome | undefined {
  const outcome = store.outcomeOf(editor.document);
  return outcome?.report.isAnswer ? outcome : undefined;
}

async function revealItem(tree: FrameworkTree, store: AnswerStore, itemId: string): Promise<void> {
  const editor = await answerEditor(tree, store);
  if (!editor) return;
  const evidence = freshOutcome(editor, store)?.items.find((state) => state.item.id === itemId)?.evidence;
  if (!evidence) return;
  const range = new vscode.Range(evidence.line, evidence.character, evidence.endLine, evidence.endCharacter);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function revealStep(tree: FrameworkTree, store: AnswerStore, stepId: string): Promise<void> {
  const editor = await answerEditor(tree, store);
  const outcome = editor && freshOutcome(editor, store);
  if (!editor || !outcome) return;
  const index = outcome.sectionSteps.findIndex((step) => step === stepId);
  const section = outcome.answer.sections[index];
  if (!section) {
    const title = outcome.framework.steps.find((step) => step.id === stepId)?.title ?? stepId;
    const choice = await vscode.window.showInformationMessage(`The answer has no section for "${title}" yet.`, 'Insert Template');
    if (choice) await insertTemplate(editor, outcome, { stepId });
    return;
  }
  const start = new vscode.Position(section.startLine, 0);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
}

/** Clicking a missing item says why it matters and offers its template. */
async function offerTemplate(tree: FrameworkTree, store: AnswerStore, itemId: string): Promise<void> {
  const state = tree.shownOutcome?.items.find((candidate) => candidate.item.id === itemId);
  if (!state) return;
  const choice = await vscode.window.showInformationMessage(`${state.item.title}: ${state.item.why}`, 'Insert Template');
  if (choice) await insertFromTree(tree, store, { itemId });
}

async function insertFromTree(tree: FrameworkTree, store: AnswerStore, target: FrameworkRow | TemplateTarget | undefined): Promise<boolean> {
  const editor = await answerEditor(tree, store);
  const outcome = editor && freshOutcome(editor, store);
  if (!editor || !outcome) {
    void vscode.window.showInformationMessage('Open an answer to insert a template.');
    return false;
  }
  const chosen = target ? toTarget(target) : await pickMissingItem(outcome);
  if (!chosen) return false;
  const inserted = await insertTemplate(editor, outcome, chosen);
  if (!inserted) void vscode.window.showInformationMessage('Nothing to insert: the step already has all its items.');
  return inserted;
}

function toTarget(target: FrameworkRow | TemplateTarget): TemplateTarget {
  if ('kind' in target) return target.kind === 'item' ? { itemId: target.itemId } : { stepId: target.stepId };
  return target;
}

async function pickMissingItem(outcome: CheckOutcome): Promise<TemplateTarget | undefined> {
  const picks = outcome.framework.steps.flatMap((step) => [
    { label: step.title, kind: vscode.QuickPickItemKind.Separator },
    ...outcome.items
      .filter((state) => state.step === step.id && state.status !== 'covered' && state.item.template)
      .map((state) => ({
        label: state.item.title,
        description: state.status === 'needs-number' ? 'needs a number' : 'missing',
        detail: state.item.why,
        target: { itemId: state.item.id } as TemplateTarget,
      })),
  ]);
  const picked = await vscode.window.showQuickPick(picks, { title: 'Insert Template', matchOnDetail: true });
  return picked && 'target' in picked ? picked.target : undefined;
}
