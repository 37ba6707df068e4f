/**
 * What a check returns: the per-file object the CLI prints as JSON and `checkAnswer` returns.
 * Lines and columns are 1-based, as in the JSON format.
 */
import type { Severity } from './framework';

export type ItemStatus = 'covered' | 'needs-number' | 'missing';

export interface ItemReport {
  id: string;
  step: string;
  status: ItemStatus;
  /** Line of the evidence (covered, needs-number); absent when missing. */
  line?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface FileReport {
  path?: string;
  isAnswer: boolean;
  framework: string;
  problem: string;
  coverage: { covered: number; total: number };
  items: ItemReport[];
  findings: Finding[];
}

export interface JsonReport {
  version: 1;
  files: FileReport[];
}
