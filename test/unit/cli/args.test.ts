import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { globToRegExp } from '../../../src/cli/glob';

describe('mlsd arguments', () => {
  it('reads options in both spellings and keeps paths in order', () => {
    assert.deepEqual(parseArgs(['check', '--format=sarif', 'a.md', '--framework', 'seven-step', 'docs']), {
      kind: 'check',
      format: 'sarif',
      framework: 'seven-step',
      paths: ['a.md', 'docs'],
    });
  });

  it('takes everything after -- as paths', () => {
    assert.deepEqual(parseArgs(['check', '--', '--odd-name.md']), { kind: 'check', format: 'text', paths: ['--odd-name.md'] });
  });

  it('rejects a missing option value, unknown options and no paths', () => {
    assert.throws(() => parseArgs(['check', 'a.md', '--config']), UsageError);
    assert.throws(() => parseArgs(['check', '--fix', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['check']), UsageError);
  });
});

describe('answer-file globs', () => {
  it('matches **/ at any depth, including none', () => {
    const glob = globToRegExp('**/*.mlsd.md');
    assert.ok(glob.test('a.mlsd.md'));
    assert.ok(glob.test('answers/2024/a.mlsd.md'));
    assert.ok(!glob.test('a.md'));
  });

  it('keeps * inside one folder and reads {a,b}', () => {
    assert.ok(globToRegExp('answers/*.md').test('answers/x.md'));
    assert.ok(!globToRegExp('answers/*.md').test('answers/deep/x.md'));
    assert.ok(globToRegExp('{mocks,answers}/**/*.md').test('mocks/x/y.md'));
    assert.ok(!globToRegExp('a.md').test('aXmd'));
  });
});
