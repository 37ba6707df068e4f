/** The `mlsd` command: arguments in, report out, exit status back. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogueFor, parseConfig } from '../core/index';
import type { MlsdConfig } from '../core/config';
import type { ConfigProblem } from '../core/configValidation';
import { HELP, parseArgs, UsageError } from './args';
import type { DiagramParser } from '../core/api';
import { checkFiles, readText } from './check';
import { collectFiles, InputError } from './files';
import { formatReports } from './format/report';
import { formatSarif } from './format/sarif';
import { formatText, summaryLine } from './format/text';

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface CliContext {
  cwd: string;
  version: string;
  /** Folder holding `rules.md`, the rules' explanations. */
  docsDirectory: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Mermaid's parser; without it a diagram is checked for a known type only. */
  parseDiagram?: DiagramParser;
}

const CONFIG_FILE_NAME = '.mlsdrc.json';

export async function run(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    return await runOrThrow(argv, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`mlsd: ${error.message}\nRun 'mlsd --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      context.stderr(`mlsd: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function runOrThrow(argv: readonly string[], context: CliContext): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    context.stdout(HELP);
    return EXIT_CLEAN;
  }
  if (command.kind === 'version') {
    context.stdout(`${context.version}\n`);
    return EXIT_CLEAN;
  }

  const { config, problems, configPath } = loadConfig(command.configPath, context.cwd);
  for (const problem of problems) context.stderr(`${configProblemLine(configPath ?? CONFIG_FILE_NAME, problem)}\n`);

  if (command.framework) {
    const known = catalogueFor({ config }).frameworks.map((framework) => framework.id);
    // A mistyped id would otherwise fall back to the default framework without a word.
    if (!known.includes(command.framework)) {
      throw new UsageError(`unknown framework '${command.framework}' (known: ${known.join(', ')})`);
    }
  }
  const files = collectFiles(command.paths, context.cwd);
  const { report, outcomes, rules } = await checkFiles(files, context.cwd, config, command.framework, context.parseDiagram, (message) =>
    context.stderr(`mlsd: ${message}\n`),
  );

  if (command.format === 'json') {
    context.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (command.format === 'sarif') {
    const rulesUrl = pathToFileURL(resolve(context.docsDirectory, 'rules.md')).href;
    const sarif = formatSarif(report, {
      toolVersion: context.version,
      helpUri: (ruleId) => `${rulesUrl}#${ruleId}`,
      describeRule: (ruleId) => rules.get(ruleId),
    });
    context.stdout(`${JSON.stringify(sarif, null, 2)}\n`);
  } else if (command.format === 'report') {
    context.stdout(formatReports(report.files.map((file, index) => ({ path: file.path ?? '', outcome: outcomes[index]! }))));
  } else {
    context.stdout(formatText(report));
    context.stderr(`${summaryLine(report)}\n`);
  }

  const hasErrors = report.files.some((file) => file.findings.some((finding) => finding.severity === 'error'));
  return hasErrors || problems.length > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}

interface LoadedConfig {
  config: MlsdConfig;
  problems: ConfigProblem[];
  configPath: string | undefined;
}

/** `--config FILE` must exist; the default `.mlsdrc.json` is optional. */
function loadConfig(explicitPath: string | undefined, cwd: string): LoadedConfig {
  const configPath = explicitPath ?? CONFIG_FILE_NAME;
  const absolutePath = resolve(cwd, configPath);
  if (explicitPath === undefined && !existsSync(absolutePath)) return { config: {}, problems: [], configPath: undefined };
  const parsed = parseConfig(readText(absolutePath, configPath));
  return { config: parsed.config, problems: parsed.problems, configPath };
}

function configProblemLine(path: string, problem: ConfigProblem): string {
  return `${path}:${problem.line + 1}:${problem.character + 1} error ${problem.message} config`;
}
