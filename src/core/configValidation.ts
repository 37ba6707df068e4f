/**
 * `.mlsdrc.json` validation: JSON syntax errors and schema problems, each with its position.
 * Invalid parts are dropped and the rest is used, so a typo never switches the checker off.
 * `schemas/mlsdrc.schema.json` describes the same shape for the editor; a test keeps them in step.
 */
import type { FrameworkConfig, ItemConfig, MlsdConfig, RuleSetting } from './config';
import { readJson, type JsonNode } from './jsonPositions';

export interface ConfigProblem {
  message: string;
  /** 0-based position in the config file. */
  line: number;
  character: number;
}

export interface ParsedConfig {
  /** The valid part of the configuration; defaults stand in for whatever was invalid. */
  config: MlsdConfig;
  problems: ConfigProblem[];
}

const RULE_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'];
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const FAMILIES = ['rec', 'ads', 'cls', 'search', 'vision', 'regression', 'other'];
const ID = /^[a-z0-9][a-z0-9-]*$/;
const TOP_KEYS = ['$schema', 'framework', 'problem', 'rules', 'items', 'frameworks', 'answerFiles'];
const ITEM_KEYS = ['id', 'step', 'title', 'why', 'patterns', 'needsNumber', 'numberKinds', 'severity', 'problems', 'template', 'numberPatterns'];
const STEP_KEYS = ['id', 'title', 'items', 'headingSynonyms', 'minutes', 'prefix', 'template'];

export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const report = (node: { line: number; character: number }, message: string): void => {
    problems.push({ message, line: node.line, character: node.character });
  };
  if (text.trim() === '') return { config: {}, problems };
  const parsed = readJson(text);
  if ('error' in parsed) {
    report(parsed.error, `Invalid JSON: ${parsed.error.message}. The built-in checklist is used until it is fixed.`);
    return { config: {}, problems };
  }
  const root = parsed.node;
  if (root.type !== 'object') {
    report(root, 'The configuration must be a JSON object.');
    return { config: {}, problems };
  }
  const config: MlsdConfig = {};
  for (const [key, value] of root.entries) {
    if (!TOP_KEYS.includes(key.value)) {
      report(key, `Unknown setting "${key.value}"; expected one of ${TOP_KEYS.slice(1).join(', ')}.`);
      continue;
    }
    switch (key.value) {
      case 'framework':
      case 'problem': {
        if (value.type !== 'string') report(value, `"${key.value}" must be a string.`);
        else if (key.value === 'problem' && !FAMILIES.includes(value.value)) report(value, `"problem" must be one of ${FAMILIES.join(', ')}.`);
        else config[key.value] = value.value;
        break;
      }
      case 'rules':
        config.rules = rulesOf(value, report);
        break;
      case 'items':
        config.items = arrayOf(value, report, '"items"', (node) => itemOf(node, report));
        break;
      case 'frameworks':
        config.frameworks = arrayOf(value, report, '"frameworks"', (node) => frameworkOf(node, report));
        break;
      case 'answerFiles':
        config.answerFiles = stringsOf(value, report, '"answerFiles"');
        break;
    }
  }
  return { config, problems };
}

type Report = (node: { line: number; character: number }, message: string) => void;

function rulesOf(node: JsonNode, report: Report): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (node.type !== 'object') {
    report(node, '"rules" must be an object of rule ids to a severity or "off".');
    return rules;
  }
  for (const [key, value] of node.entries) {
    if (value.type !== 'string' || !RULE_SETTINGS.includes(value.value)) {
      report(value, `Rule "${key.value}" must be one of ${RULE_SETTINGS.join(', ')}.`);
    } else rules[key.value] = value.value as RuleSetting;
  }
  return rules;
}

function arrayOf<T>(node: JsonNode, report: Report, name: string, read: (node: JsonNode) => T | undefined): T[] {
  if (node.type !== 'array') {
    report(node, `${name} must be an array.`);
    return [];
  }
  return node.elements.map(read).filter((value): value is T => value !== undefined);
}

function stringsOf(node: JsonNode, report: Report, name: string): string[] | undefined {
  if (node.type !== 'array' || node.elements.some((element) => element.type !== 'string')) {
    report(node, `${name} must be an array of strings.`);
    return undefined;
  }
  return node.elements.map((element) => (element.type === 'string' ? element.value : ''));
}

function itemOf(node: JsonNode, report: Report): ItemConfig | undefined {
  if (node.type !== 'object') {
    report(node, 'Each item must be an object with at least an "id".');
    return undefined;
  }
  const item: Record<string, unknown> = {};
  let valid = true;
  for (const [key, value] of node.entries) {
    if (!ITEM_KEYS.includes(key.value)) {
      report(key, `Unknown item field "${key.value}"; expected one of ${ITEM_KEYS.join(', ')}.`);
      continue;
    }
    const problem = itemFieldProblem(key.value, value);
    if (problem) {
      report(value, problem);
      if (key.value === 'id') valid = false;
      continue;
    }
    item[key.value] = plain(value);
  }
  if (typeof item.id !== 'string') {
    if (valid) report(node, 'An item needs an "id" (lower-case words joined by hyphens).');
    return undefined;
  }
  return item as unknown as ItemConfig; // fields were checked one by one above
}

function itemFieldProblem(key: string, value: JsonNode): string | undefined {
  switch (key) {
    case 'id':
    case 'step':
      return value.type === 'string' && ID.test(value.value) ? undefined : `"${key}" must be lower-case words joined by hyphens.`;
    case 'title':
    case 'why':
    case 'template':
      return value.type === 'string' ? undefined : `"${key}" must be a string.`;
    case 'needsNumber':
      return value.type === 'boolean' ? undefined : '"needsNumber" must be true or false.';
    case 'severity':
      return value.type === 'string' && SEVERITIES.includes(value.value) ? undefined : `"severity" must be one of ${SEVERITIES.join(', ')}.`;
    case 'problems':
      return value.type === 'array' && value.elements.every((e) => e.type === 'string' && FAMILIES.includes(e.value))
        ? undefined
        : `"problems" must be an array of ${FAMILIES.join(', ')}.`;
    case 'patterns':
    case 'numberPatterns':
    case 'numberKinds': {
      if (value.type !== 'array' || value.elements.some((e) => e.type !== 'string')) return `"${key}" must be an array of strings.`;
      if (key === 'numberKinds') return undefined;
      for (const element of value.elements) {
        if (element.type !== 'string') continue;
        try {
          new RegExp(element.value, 'i');
        } catch (error) {
          return `Invalid regular expression ${JSON.stringify(element.value)}: ${(error as Error).message}`;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function frameworkOf(node: JsonNode, report: Report): FrameworkConfig | undefined {
  if (node.type !== 'object') {
    report(node, 'Each framework must be an object with "id", "title" and "steps".');
    return undefined;
  }
  const fields = new Map(node.entries.map(([key, value]) => [key.value, { key, value }]));
  for (const [key] of node.entries) {
    if (!['id', 'title', 'steps'].includes(key.value)) report(key, `Unknown framework field "${key.value}"; expected id, title, steps.`);
  }
  const id = fields.get('id')?.value;
  const title = fields.get('title')?.value;
  const steps = fields.get('steps')?.value;
  if (id?.type !== 'string' || !ID.test(id.value)) {
    report(id ?? node, 'A framework needs an "id" (lower-case words joined by hyphens).');
    return undefined;
  }
  if (title?.type !== 'string') {
    report(title ?? node, 'A framework needs a "title" string.');
    return undefined;
  }
  if (steps?.type !== 'array' || steps.elements.length === 0) {
    report(steps ?? node, 'A framework needs a non-empty "steps" array.');
    return undefined;
  }
  const read = steps.elements.map((step) => stepOf(step, report)).filter((step) => step !== undefined);
  if (read.length === 0) return undefined;
  return { id: id.value, title: title.value, steps: read };
}

function stepOf(node: JsonNode, report: Report): FrameworkConfig['steps'][number] | undefined {
  if (node.type !== 'object') {
    report(node, 'Each step must be an object with "id", "title" and "items".');
    return undefined;
  }
  const step: Record<string, unknown> = {};
  for (const [key, value] of node.entries) {
    if (!STEP_KEYS.includes(key.value)) {
      report(key, `Unknown step field "${key.value}"; expected one of ${STEP_KEYS.join(', ')}.`);
      continue;
    }
    const wantsStrings = key.value === 'items' || key.value === 'headingSynonyms';
    const ok = wantsStrings
      ? value.type === 'array' && value.elements.every((e) => e.type === 'string')
      : key.value === 'minutes'
        ? value.type === 'number' && value.value >= 0
        : value.type === 'string';
    if (!ok) {
      report(value, `Step field "${key.value}" must be ${wantsStrings ? 'an array of strings' : key.value === 'minutes' ? 'a non-negative number' : 'a string'}.`);
      continue;
    }
    step[key.value] = plain(value);
  }
  if (typeof step.id !== 'string' || typeof step.title !== 'string' || !Array.isArray(step.items)) {
    report(node, 'A step needs "id", "title" and "items".');
    return undefined;
  }
  return step as unknown as FrameworkConfig['steps'][number]; // fields were checked one by one above
}

function plain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map(([key, value]) => [key.value, plain(value)]));
    case 'array':
      return node.elements.map(plain);
    default:
      return node.value;
  }
}
