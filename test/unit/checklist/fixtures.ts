import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A checklist fixture's text (fixtures live in test/fixtures/checklist). */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, '../../../../test/fixtures/checklist', name), 'utf8');
}
