/**
 * SARIF 2.1.0 output for code-scanning tools: one run, one rule per rule id that has findings
 * (with its explanation's address), one result per finding.
 */
import type { Severity } from '../../core/framework';
import type { JsonReport } from '../../core/report';

export interface RuleDescription {
  /** Short name, e.g. the checklist item's title. */
  title: string;
  /** Why the rule exists. */
  why?: string;
}

export interface SarifOptions {
  toolVersion: string;
  /** Address of the rule's explanation. */
  helpUri: (ruleId: string) => string;
  describeRule: (ruleId: string) => RuleDescription | undefined;
}

type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
  artifacts: Array<{ location: { uri: string } }>;
  results: SarifResult[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; index: number };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
}

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(report: JsonReport, options: SarifOptions): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  const artifacts = report.files.map((file) => ({ location: { uri: encodeUriPath(file.path ?? '') } }));

  report.files.forEach((file, fileIndex) => {
    for (const finding of file.findings) {
      let index = ruleIndex.get(finding.rule);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(finding.rule, index);
        rules.push(describe(finding.rule, finding.severity, options));
      }
      results.push({
        ruleId: finding.rule,
        ruleIndex: index,
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUriPath(file.path ?? ''), index: fileIndex },
              region: {
                startLine: finding.line,
                startColumn: finding.column,
                endLine: finding.endLine,
                endColumn: finding.endColumn,
              },
            },
          },
        ],
      });
    }
  });

  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'mlsd', version: options.toolVersion, rules } }, artifacts, results }],
  };
}

function describe(ruleId: string, severity: Severity, options: SarifOptions): SarifRule {
  const description = options.describeRule(ruleId);
  return {
    id: ruleId,
    name: ruleId,
    shortDescription: { text: description?.title ?? ruleId },
    ...(description?.why ? { fullDescription: { text: description.why } } : {}),
    helpUri: options.helpUri(ruleId),
    defaultConfiguration: { level: LEVELS[severity] },
  };
}

/** Relative paths become relative URI references; spaces and the like are percent-encoded. */
function encodeUriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
