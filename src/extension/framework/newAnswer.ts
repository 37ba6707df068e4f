/**
 * "MLSD: New Answer" and "Treat This File as an Answer": the two ways a document becomes an
 * answer. Each change is one undo step.
 */
import * as vscode from 'vscode';
import { createChecker } from '../../core/index';
import type { Framework } from '../../core/framework';
import { problemStarters } from '../../core/problems';
import { buildStarter, type ProblemStarter } from '../../core/starters';
import type { AnswerStore } from '../answerStore';

const BUILT_IN_FRAMEWORKS = ['default', 'seven-step'];

/** Lets callers (tests, the walkthrough) skip the pickers. */
export interface NewAnswerChoice {
  problem?: string;
  framework?: string;
}

/** Every framework an answer can use here: the built-in ones and those of `.mlsdrc.json`. */
export function availableFrameworks(store: AnswerStore): Framework[] {
  const ids = [...BUILT_IN_FRAMEWORKS, ...(store.config.frameworks ?? []).map((framework) => framework.id)];
  const frameworks = new Map<string, Framework>();
  for (const id of ids) {
    // The checker resolves a framework id with everything the workspace adds; an empty answer is enough to ask.
    const framework = createChecker({ config: store.config, framework: id, forceAnswer: true }).analyze('').framework;
    if (framework.id === id) frameworks.set(id, framework);
  }
  return [...frameworks.values()];
}

export async function newAnswer(store: AnswerStore, choice: NewAnswerChoice = {}): Promise<vscode.TextEditor | undefined> {
  const problem = choice.problem ? problemStarters.find((starter) => starter.id === choice.problem) : await pickProblem();
  if (!problem) return undefined;
  const frameworks = availableFrameworks(store);
  const framework = choice.framework
    ? frameworks.find((candidate) => candidate.id === choice.framework)
    : frameworks.length === 1
      ? frameworks[0]
      : await pickFramework(frameworks, preferredFramework(store));
  if (!framework) return undefined;
  const document = await emptyAnswerDocument(problem);
  const editor = await vscode.window.showTextDocument(document);
  // One snippet: the whole starter is one undo step and its prompts are tab stops.
  await editor.insertSnippet(new vscode.SnippetString(buildStarter(problem, framework, itemTitles(store, problem, framework))), new vscode.Position(0, 0), {
    undoStopBefore: true,
    undoStopAfter: true,
  });
  return editor;
}

/** Titles of the items that apply to the problem in the framework, as the checker resolves them. */
function itemTitles(store: AnswerStore, problem: ProblemStarter, framework: Framework): Map<string, string> {
  const stub = `---\nframework: ${framework.id}\n${problem.family ? `problem: ${problem.family}\n` : ''}---\n`;
  const outcome = createChecker({ config: store.config, forceAnswer: true }).analyze(stub);
  return new Map(outcome.items.map((state) => [state.item.id, state.item.title]));
}

async function pickProblem(): Promise<ProblemStarter | undefined> {
  const picked = await vscode.window.showQuickPick(
    problemStarters.map((starter) => ({ label: starter.title, detail: starter.prompt.replace(/\$\{\d+:([^}]*)\}/g, '$1'), starter })),
    { title: 'New Answer: which prompt?', placeHolder: 'Pick the interview prompt to answer', matchOnDetail: true },
  );
  return picked?.starter;
}

async function pickFramework(frameworks: Framework[], preferred: string): Promise<Framework | undefined> {
  const ordered = [...frameworks].sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred));
  const picked = await vscode.window.showQuickPick(
    ordered.map((framework) => ({
      label: framework.title,
      description: framework.id,
      detail: framework.steps.map((step) => `${step.title} (${step.minutes} min)`).join(' · '),
      framework,
    })),
    { title: 'New Answer: which framework?' },
  );
  return picked?.framework;
}

function preferredFramework(store: AnswerStore): string {
  return store.config.framework ?? vscode.workspace.getConfiguration('mlsd').get<string>('framework', 'default');
}

/** `<problem>.mlsd.md` in the first workspace folder (never overwriting), or an untitled document. */
async function emptyAnswerDocument(problem: ProblemStarter): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  for (let attempt = 1; ; attempt++) {
    const name = attempt === 1 ? `${problem.id}.mlsd.md` : `${problem.id}-${attempt}.mlsd.md`;
    const uri = vscode.Uri.joinPath(folder.uri, name);
    if (await exists(uri)) continue;
    // The file exists from the start so the answer is saved where the user expects it.
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    return vscode.workspace.openTextDocument(uri);
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Adds `framework:` front matter so the checker treats the active Markdown file as an answer. */
export async function treatAsAnswer(store: AnswerStore, editor = vscode.window.activeTextEditor): Promise<boolean> {
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown file to treat it as an answer.');
    return false;
  }
  const framework = preferredFramework(store);
  const frontMatter = store.outcomeOf(editor.document)?.answer.frontMatter;
  return editor.edit(
    (edit) => {
      if (frontMatter && frontMatter.endLine > 0) {
        // The closing `---` is the block's last line: the new key goes right above it.
        edit.insert(new vscode.Position(frontMatter.endLine - 1, 0), `framework: ${framework}\n`);
      } else {
        edit.insert(new vscode.Position(0, 0), `---\nframework: ${framework}\n---\n\n`);
      }
    },
    { undoStopBefore: true, undoStopAfter: true },
  );
}
