// Public entry of dist/core.js. Implementations arrive with the checklist engine.
export type { CheckOptions, CheckOutcome, Checker } from './api';
export type { FileReport, JsonReport, Finding, ItemReport, ItemStatus } from './report';
import type { CheckOptions, Checker } from './api';
import type { ParsedConfig } from './configValidation';

export function createChecker(_options: CheckOptions = {}): Checker {
  throw new Error('not implemented yet');
}

export function parseConfig(_text: string): ParsedConfig {
  throw new Error('not implemented yet');
}
