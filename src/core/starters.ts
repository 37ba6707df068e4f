/**
 * New Answer starters: a whole answer for a classic prompt in a chosen framework, built from
 * the problem's template under `templates/problems/` and the framework's step templates.
 *
 * A problem template is Markdown with marker comments:
 *   front matter `problem:` (the family, absent for blank) and `title:`;
 *   `<!-- prompt -->` the interviewer's prompt, in snippet syntax;
 *   `<!-- pipeline -->` a starter Mermaid block (plain text, not snippet syntax);
 *   `<!-- step: <id> -->` problem-specific prompts for one step, in snippet syntax.
 * Steps the template has no block for (another framework's steps) use the step's own template.
 */
import type { Framework, FrameworkStep } from './framework';
import { escapeSnippetText, joinSnippets } from './placement';

export interface ProblemStarter {
  /** File-name stem: `video-recommendation`. */
  id: string;
  title: string;
  /** Problem family for front matter (`rec`, `ads`, …); undefined for the blank starter. */
  family: string | undefined;
  prompt: string;
  pipeline: string;
  /** Snippet bodies keyed by step id. */
  stepBlocks: Map<string, string>;
}

const MARKER = /^<!--\s*(prompt|pipeline|step:\s*([\w-]+))\s*-->\s*$/;

export function parseProblemTemplate(id: string, text: string): ProblemStarter {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = new Map<string, string>();
  let index = 0;
  if (lines[0]?.trim() === '---') {
    for (index = 1; index < lines.length && lines[index]?.trim() !== '---'; index++) {
      const field = /^([\w-]+):\s*(.*)$/.exec(lines[index] ?? '');
      if (field) fields.set(field[1]!, field[2]!.trim());
    }
    index++;
  }
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (; index < lines.length; index++) {
    const marker = MARKER.exec(lines[index] ?? '');
    if (marker) {
      current = [];
      blocks.set(marker[2] ? `step:${marker[2]}` : marker[1]!, current);
    } else {
      current?.push(lines[index] ?? '');
    }
  }
  const block = (key: string): string => (blocks.get(key) ?? []).join('\n').trim();
  const stepBlocks = new Map<string, string>();
  for (const key of blocks.keys()) if (key.startsWith('step:')) stepBlocks.set(key.slice(5), block(key));
  return {
    id,
    title: fields.get('title') ?? id,
    family: fields.get('problem') || undefined,
    prompt: block('prompt'),
    pipeline: block('pipeline'),
    stepBlocks,
  };
}

/** The step that shows the pipeline: the one holding the diagram item, else the second step. */
export function pipelineStep(framework: Framework): FrameworkStep | undefined {
  return framework.steps.find((step) => step.items.includes('diagram')) ?? framework.steps[1] ?? framework.steps[0];
}

/**
 * The whole answer as one snippet body: front matter, title, prompt, every step's heading and
 * prompts, the pipeline. `itemTitles` names the checklist items a step without a problem block
 * lists as what to cover.
 */
export function buildStarter(problem: ProblemStarter, framework: Framework, itemTitles: ReadonlyMap<string, string> = new Map()): string {
  const frontMatter = ['---', `title: ${escapeSnippetText(problem.title)}`];
  if (problem.family) frontMatter.push(`problem: ${problem.family}`);
  frontMatter.push(`framework: ${framework.id}`, '---');
  const opening = [`# ${escapeSnippetText(problem.title)}`];
  // The prompt is snippet syntax: the blank starter's prompt is itself a placeholder.
  if (problem.prompt) opening.push('', ...problem.prompt.split('\n').map((line) => `> ${line}`.trimEnd()));
  const withPipeline = pipelineStep(framework);
  const stepBodies = framework.steps.map((step) => {
    const problemBody = problem.stepBlocks.get(step.id) ?? neutralPrompts(step, itemTitles);
    const pipeline = step === withPipeline && problem.pipeline ? escapeSnippetText(problem.pipeline) : '';
    return [stepHeading(step), pipeline, problemBody].filter((part) => part.length > 0).join('\n\n');
  });
  const head = `${frontMatter.join('\n')}\n${opening.join('\n')}`;
  return `${joinSnippets([head, ...stepBodies])}\n`;
}

/** The step template's heading line (numbering as the framework writes it), or one made from the title. */
function stepHeading(step: FrameworkStep): string {
  const heading = /^#{1,6}\s[^\n]*/.exec(step.template.trim());
  return heading ? heading[0] : `## ${escapeSnippetText(step.title)}`;
}

/**
 * Prompts for a step the problem has no block for: what to cover, in a comment (not prose, so
 * it never counts as coverage), and empty bullets to write in. The step templates' worked
 * examples are not used here: they would fill the answer with another problem's numbers.
 */
function neutralPrompts(step: FrameworkStep, itemTitles: ReadonlyMap<string, string>): string {
  const titles = step.items.map((id) => itemTitles.get(id)).filter((title): title is string => title !== undefined);
  const cover = titles.length > 0 ? `<!-- Cover: ${escapeSnippetText(titles.join('; '))}. -->\n` : '';
  return `${cover}- \${1:…}\n- \${2:…}`;
}
