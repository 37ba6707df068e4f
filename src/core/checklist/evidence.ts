/**
 * Where in an answer each checklist item is mentioned: unit indices by pattern key, with the
 * words that matched. Built once per check from the matcher's per-unit hits.
 */
import type { Answer, Quantity, QuantityKind } from '../answer';
import type { ItemMatcher } from './matcher';

export interface EvidenceIndex {
  answer: Answer;
  /** Unit indices mentioning each pattern key, in document order. */
  units: Map<string, number[]>;
  /** The words that matched, by pattern key, in document order. */
  words: Map<string, string[]>;
  /** Quantity kinds stated in each unit (headings excluded: their numbering is not a figure). */
  kindsByUnit: Array<Set<QuantityKind> | undefined>;
  /** Quantities outside headings, by kind, in document order. */
  quantitiesByKind: Map<QuantityKind, Quantity[]>;
}

/**
 * `isStepHeading` tells the headings that only name a framework step ("Evaluation & Monitoring"):
 * they say where content goes, not that it is there, so they are no evidence.
 */
export function indexEvidence(answer: Answer, matcher: ItemMatcher, isStepHeading: (text: string) => boolean): EvidenceIndex {
  const units = new Map<string, number[]>();
  const words = new Map<string, string[]>();
  answer.units.forEach((unit, index) => {
    if (unit.kind === 'heading' && isStepHeading(unit.text)) return;
    for (const hit of matcher.hits(unit.text)) {
      let list = units.get(hit.key);
      if (!list) units.set(hit.key, (list = []));
      if (list[list.length - 1] !== index) list.push(index);
      let said = words.get(hit.key);
      if (!said) words.set(hit.key, (said = []));
      said.push(hit.text);
    }
  });
  const kindsByUnit: Array<Set<QuantityKind> | undefined> = [];
  const quantitiesByKind = new Map<QuantityKind, Quantity[]>();
  for (const quantity of answer.quantities) {
    if (answer.units[quantity.unit]?.kind === 'heading') continue;
    (kindsByUnit[quantity.unit] ??= new Set()).add(quantity.kind);
    let ofKind = quantitiesByKind.get(quantity.kind);
    if (!ofKind) quantitiesByKind.set(quantity.kind, (ofKind = []));
    ofKind.push(quantity);
  }
  return { answer, units, words, kindsByUnit, quantitiesByKind };
}
