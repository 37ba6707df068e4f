// Entry of dist/cli.js (`mlsd`): wires the command to the process.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { lazyDiagramParser } from '../mermaidParser/load';
import { run } from './run';

void run(process.argv.slice(2), {
  cwd: process.cwd(),
  version,
  // dist/cli.js sits next to the packaged docs/ folder.
  docsDirectory: resolve(__dirname, '..', 'docs'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  parseDiagram: lazyDiagramParser(() => createRequire(__filename)(resolve(__dirname, 'mermaid-parser.js'))),
}).then((code) => {
  process.exitCode = code;
});
