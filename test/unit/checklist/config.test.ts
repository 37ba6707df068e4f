import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import schema from '../../../schemas/mlsdrc.schema.json';
import { parseConfig } from '../../../src/core/index';
import { fixture } from './fixtures';

const validateSchema = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

describe('config validation', () => {
  it('accepts a full valid configuration without problems', () => {
    const parsed = parseConfig(fixture('config-valid.json'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.config.rules?.qps, 'error');
    assert.equal(parsed.config.items?.[0]?.id, 'budget-cost');
    assert.equal(parsed.config.frameworks?.[0]?.steps[0]?.id, 'scope');
  });

  it('reports each schema problem at its line and column, and keeps the valid parts', () => {
    const parsed = parseConfig(fixture('config-invalid.json'));
    const at = parsed.problems.map((p) => `${p.line}:${p.character}`);
    assert.ok(at.includes('1:15'), at.join(' ')); // "framework": 7
    assert.ok(parsed.problems.some((p) => p.line === 2 && /Rule "qps"/.test(p.message)));
    assert.ok(parsed.problems.some((p) => p.line === 3 && /Unknown setting "colour"/.test(p.message)));
    assert.ok(parsed.problems.some((p) => /Invalid regular expression/.test(p.message)));
    assert.equal(parsed.config.rules?.['latency-budget'], 'warning');
    assert.equal(parsed.config.framework, undefined);
    assert.deepEqual(parsed.config.items?.map((item) => item.id), ['ok-item']);
  });

  it('reports a JSON syntax error with its position and falls back to defaults', () => {
    const parsed = parseConfig('{\n  "rules": { "qps": "off" },\n  "framework" "default"\n}');
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]?.line, 2);
    assert.match(parsed.problems[0]?.message ?? '', /Invalid JSON/);
    assert.deepEqual(parsed.config, {});
  });

  it('agrees with the JSON schema the editor uses on both fixtures', () => {
    for (const name of ['config-valid.json', 'config-invalid.json']) {
      const text = fixture(name);
      const schemaValid = validateSchema(JSON.parse(text)) as boolean;
      assert.equal(schemaValid, parseConfig(text).problems.length === 0, name);
    }
  });
});
