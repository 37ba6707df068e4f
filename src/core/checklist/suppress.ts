/**
 * Inline silencing: `<!-- mlsd-disable qps -->` silences from its line to the end of the file,
 * or up to an `<!-- mlsd-enable qps -->`; `<!-- mlsd-disable-next-line qps -->` the following
 * line and `<!-- mlsd-disable-line qps -->` its own; no ids means every rule.
 * A missing item has no line of its own, so its finding is also silenced while the rule is still
 * disabled where the file ends.
 */
import type { Suppression } from '../answer';
import type { FindingDetail, ItemState } from '../api';

export function unsuppressed(findings: FindingDetail[], suppressions: Suppression[], states: ItemState[]): FindingDetail[] {
  if (suppressions.length === 0) return findings;
  const missing = new Set(states.filter((s) => s.status === 'missing' && s.evidence === undefined).map((s) => s.item.id));
  return findings.filter((finding) => !silenced(finding, suppressions, missing.has(finding.rule)));
}

function silenced(finding: FindingDetail, suppressions: Suppression[], lineless: boolean): boolean {
  const line = finding.span.line;
  let disabledHere = false;
  let disabledAtEnd = false;
  // Suppressions come in document order: the last 'file' or 'enable' naming the rule before a line decides it.
  for (const suppression of suppressions) {
    if (suppression.rules.length > 0 && !suppression.rules.includes(finding.rule)) continue;
    switch (suppression.scope) {
      case 'next-line':
        if (line === suppression.line + 1) return true;
        break;
      case 'line':
        if (line === suppression.line) return true;
        break;
      case 'file':
      case 'enable':
        disabledAtEnd = suppression.scope === 'file';
        if (suppression.line <= line) disabledHere = disabledAtEnd;
        break;
    }
  }
  return disabledHere || (lineless && disabledAtEnd);
}
