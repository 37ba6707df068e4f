/**
 * Inline silencing: `<!-- mlsd-disable qps -->` silences from its line to the end of the file,
 * `<!-- mlsd-disable-next-line qps -->` the following line; no ids silences every rule.
 * A file-wide disable also silences the rule's "missing" finding wherever that stands, since a
 * missing item has no line of its own.
 */
import type { Suppression } from '../answer';
import type { FindingDetail, ItemState } from '../api';

export function unsuppressed(findings: FindingDetail[], suppressions: Suppression[], states: ItemState[]): FindingDetail[] {
  if (suppressions.length === 0) return findings;
  const missing = new Set(states.filter((s) => s.status === 'missing' && s.evidence === undefined).map((s) => s.item.id));
  return findings.filter((finding) => !suppressions.some((s) => silences(s, finding, missing)));
}

function silences(suppression: Suppression, finding: FindingDetail, missing: ReadonlySet<string>): boolean {
  const names = suppression.rules.length === 0 || suppression.rules.includes(finding.rule);
  if (!names) return false;
  const line = finding.span.line;
  if (suppression.scope === 'next-line') return line === suppression.line + 1;
  return line >= suppression.line || missing.has(finding.rule);
}
