/**
 * The shape of a workspace's `.mlsdrc.json`. Validation lives beside it; the JSON schema in
 * `schemas/mlsdrc.schema.json` describes the same shape for the editor.
 */
import type { ChecklistItem, FrameworkStep, Severity } from './framework';

export type RuleSetting = Severity | 'off';

export interface ItemConfig extends Partial<Omit<ChecklistItem, 'id'>> {
  id: string;
  /** Step of the active framework that holds the new item. */
  step?: string;
}

export interface FrameworkConfig {
  id: string;
  title: string;
  steps: Array<Partial<FrameworkStep> & { id: string; title: string; items: string[] }>;
}

export interface MlsdConfig {
  framework?: string;
  problem?: string;
  rules?: Record<string, RuleSetting>;
  items?: ItemConfig[];
  frameworks?: FrameworkConfig[];
  answerFiles?: string[];
}
