// Entry of dist/cli.js (`mlsd`): wires the command to the process.
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
  cwd: process.cwd(),
  version,
  // dist/cli.js sits next to the packaged docs/ folder.
  docsDirectory: resolve(__dirname, '..', 'docs'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
