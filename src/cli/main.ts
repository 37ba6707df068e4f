// Entry of dist/cli.js (`mlsd`): wires the command to the process.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { version } from '../../package.json';
import type { DiagramParser } from './check';
import { run } from './run';

let mermaidParser: DiagramParser | undefined;

/** Mermaid's parser from its own bundle beside this one, loaded on the first diagram. */
function loadMermaidParser(): DiagramParser {
  const bundle = createRequire(__filename)(resolve(__dirname, 'mermaid-parser.js')) as typeof import('./mermaidParser');
  return bundle.diagramSyntaxError;
}

void run(process.argv.slice(2), {
  cwd: process.cwd(),
  version,
  // dist/cli.js sits next to the packaged docs/ folder.
  docsDirectory: resolve(__dirname, '..', 'docs'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  parseDiagram: (source) => (mermaidParser ??= loadMermaidParser())(source),
}).then((code) => {
  process.exitCode = code;
});
