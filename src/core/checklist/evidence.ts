/**
 * Where in an answer each checklist item is mentioned: unit indices by pattern key, with the
 * words that matched. Built once per check from what each unit's text says, which is
 * remembered by text so that a re-check reads only the units an edit changed.
 */
import { BOLD_HEADING_LEVEL, type Answer, type Quantity, type QuantityKind, type TextUnit } from '../answer';
import { RoundMemo } from '../roundMemo';
import type { ItemMatcher, PatternHit } from './matcher';
import { isShippedDiagram } from './shippedDiagrams';

export interface EvidenceIndex {
  answer: Answer;
  /** Units that only ask a question: they can show an item was raised, never that it is covered. */
  questions: ReadonlySet<number>;
  /** Unit indices mentioning each pattern key, in document order. */
  units: Map<string, number[]>;
  /** The words that matched, by pattern key, in document order. */
  words: Map<string, string[]>;
  /** Quantity kinds stated in each unit (headings excluded: their numbering is not a figure). */
  kindsByUnit: Array<Set<QuantityKind> | undefined>;
  /** Quantities outside headings, by kind, in document order. */
  quantitiesByKind: Map<QuantityKind, Quantity[]>;
}

/** What a unit's text alone tells: the item patterns it matches, and whether it cites or only asks. */
interface TextFacts {
  hits: PatternHit[];
  citation: boolean;
  question: boolean;
}

/** Reads units' texts, remembering what each text said for one check to the next. */
export class UnitReader {
  private readonly memo = new RoundMemo<string, TextFacts>();
  private readonly read = (text: string): TextFacts => ({
    hits: this.matcher.hits(withoutEmphasis(withoutAddresses(text))),
    citation: isCitation(text),
    question: isOpenQuestion(text),
  });

  constructor(private readonly matcher: ItemMatcher) {}

  /** The pattern keys, as hits' `slot`s index them. */
  get keys(): readonly string[] {
    return this.matcher.keys;
  }

  factsOf(text: string): TextFacts {
    return this.memo.get(text, this.read);
  }

  /** Forgets texts not read during this check. */
  endRound(): void {
    this.memo.endRound();
  }
}

/** Units a step's heading must have under it to count as evidence (see `headsContent`). */
const CONTENT_UNDER_HEADING = 2;

/**
 * `isStepHeading` tells the headings that only name a framework step ("Evaluation & Monitoring"):
 * they say where content goes, not that it is there, so they are no evidence until content stands
 * under them (`headsContent`). Nor are the
 * interviewer's quoted prompt, citations of others' work, reference sections, questions to
 * prepare for or future work, nor the labels of a diagram the product inserted and
 * the candidate left as it was: none of them is the answer's design.
 */
export function indexEvidence(answer: Answer, reader: UnitReader, isStepHeading: (text: string) => boolean): EvidenceIndex {
  // Collected by slot, as every unit's every hit is: an array index where a map would hash the key.
  const unitsBySlot: number[][] = [];
  const wordsBySlot: string[][] = [];
  const asides = asideSections(answer);
  const scaffolds = answer.diagrams.filter((diagram) => isShippedDiagram(diagram.source)).map((diagram) => diagram.span);
  const inScaffold = (line: number): boolean => scaffolds.some((span) => span.line <= line && line <= span.endLine);
  const counts: boolean[] = [];
  const questions = new Set<number>();
  // The section an offer of more ("If you'd like, next we can:") was made in: what follows it there is proposed, not designed.
  let offeredIn: number | undefined;
  answer.units.forEach((unit, index) => {
    if (unit.section !== offeredIn) offeredIn = undefined;
    if (unit.kind !== 'heading' && OFFER_OF_MORE.test(unit.text)) offeredIn = unit.section;
    const unsaid =
      unit.prompt === true ||
      offeredIn !== undefined ||
      (unit.kind === 'heading' && isStepHeading(unit.text) && !headsContent(answer, index)) ||
      asides[unit.section] === 'aside' ||
      (asides[unit.section] === 'questions' && !isAnswerToAQuestion(unit)) ||
      (unit.kind === 'diagram-label' && scaffolds.length > 0 && inScaffold(unit.span.line)) ||
      // A drawing's words are read in its lines.
      unit.kind === 'ascii-art';
    const facts = unsaid ? undefined : reader.factsOf(unit.text);
    counts.push(facts !== undefined && !facts.citation);
    if (!facts || facts.citation) return;
    // A heading phrased as a question titles what stands under it ("What's in scope?" over two lists).
    if (facts.question && !(unit.kind === 'heading' && headsContent(answer, index))) questions.add(index);
    for (const hit of facts.hits) {
      const list = (unitsBySlot[hit.slot] ??= []);
      if (list[list.length - 1] !== index) list.push(index);
      (wordsBySlot[hit.slot] ??= []).push(hit.text);
    }
  });
  const units = new Map<string, number[]>();
  const words = new Map<string, string[]>();
  reader.keys.forEach((key, slot) => {
    const list = unitsBySlot[slot];
    if (!list) return;
    units.set(key, list);
    words.set(key, wordsBySlot[slot]!);
  });
  const kindsByUnit: Array<Set<QuantityKind> | undefined> = [];
  const quantitiesByKind = new Map<QuantityKind, Quantity[]>();
  for (const quantity of answer.quantities) {
    if (!counts[quantity.unit] || (answer.units[quantity.unit]?.kind === 'heading' && !HEADING_MEASURES.has(quantity.kind))) continue;
    // A zero sizes nothing the checklist asks about: it is a default or a threshold ("0 for new users").
    if ((quantity.upper ?? quantity.value) === 0) continue;
    (kindsByUnit[quantity.unit] ??= new Set()).add(quantity.kind);
    let ofKind = quantitiesByKind.get(quantity.kind);
    if (!ofKind) quantitiesByKind.set(quantity.kind, (ofKind = []));
    ofKind.push(quantity);
  }
  return { answer, questions, units, words, kindsByUnit, quantitiesByKind };
}

// A heading's other numbers are numbering and time budgets ("3. Data (8 min)"), not the design's figures.
const HEADING_MEASURES = new Set<QuantityKind>(['users', 'qps', 'latency', 'items', 'storage', 'requests-per-user']);

// Headings of sections that are not the answer's design (numbering and a colon allowed): lists
// of others' work, recent research or further reading, questions to prepare for, a primer of
// study notes or a glossary, and work left for later ("Next steps", "Improvements and next
// steps", "What I would do next", "What would you do differently at larger scale?",
// "Extensibility"), and an interviewer's rubric or red flags, which grade answers in general
// rather than state this one.
const ASIDE_HEADING =
  /^(?:[\d.]+\s*)?(?:references?|further reading|reading list|resources(?: studied| used| consulted)?|bibliography|see also|citations|links|seen in production|related (?:\w+ ){0,2}(?:drills|topics|reading|links|work|resources|posts|articles|papers)|(?:(?:practice|follow[- ]up|sample|common|likely|mock) )?interview questions(?: (?:you should be ready for|to (?:expect|prepare for|practi[cs]e)))?|(?:practice|follow[- ]up) questions|exercises|quiz|future (?:work|directions?|improvements|enhancements)(?: (?:&|and) innovation)?|(?:(?:possible|potential|further) )?(?:improvements|enhancements) (?:&|and) next steps|next steps|primer(?: knowledge)?|background knowledge|what (?:i|we)(?:'d| would) (?:do|build|improve|change) (?:next|with more time)(?: in production)?|what would (?:i|we) (?:add|do|build|improve|change) (?:next|with more time)\?|what would (?:i|we|you) do differently(?: (?:at|with) (?:a )?(?:larger|bigger|more) (?:scale|time|traffic))?\??|planned improvements|extensibility|(?:possible |future )?extensions|(?:key )?(?:concepts |terms )?glossary(?: of terms)?|recent (?:research|papers|advances|literature)(?: \([^)]*\))?|(?:[\w-]+ ){0,2}roadmap|advanced topics(?: \([^)]*\))?|innovation areas|(?:key )?takeaways for interviews|(?:(?:the )?interviewer(?:'s|’s)? )?(?:scoring |grading |evaluation )?rubric|(?:common )?red flags(?: to avoid)?|how to ["“]?fail["”]? a candidate(?: \(red flags\))?)\s*:?$/i;

// Of the aside headings, those over a list of questions: the author's answers to them are theirs.
const QUESTIONS_HEADING = /questions/i;
// "Discuss gradual rollout strategies" under a question tells what to say, it does not say it.
const HINT_OF_WHAT_TO_SAY = /^\W*(?:discuss|address|cover|explain|mention|talk about|describe|consider|think about|be ready|expect)\b/i;

/** In a section of questions, a unit that answers one: neither a question, nor a hint of what to say, nor a heading. */
function isAnswerToAQuestion(unit: TextUnit): boolean {
  return unit.kind !== 'heading' && !isOpenQuestion(unit.text) && !HINT_OF_WHAT_TO_SAY.test(unit.text);
}

// An answer written with a chat assistant may end with its offer to go on ("If you'd like, next
// we can:", "Would you like me to…"): the list after it names work not done.
const OFFER_OF_MORE = /^(?:if you(?:'|’)?d like|if you would like),? (?:next,? |then,? )?(?:i|we) (?:can|could)\b|^(?:would you like|do you want|want) me to\b/i;

/**
 * Whether a heading has content of its own: at least two units that are not open questions
 * stand under it before the next Markdown heading, bold-line labels under it passed over. Such
 * a heading ("## 9. Scaling", "**Features:**" over a list, "What's in scope?" over an "**In
 * scope**" and an "**Out of scope**" list) titles what the candidate wrote, where an empty one,
 * or one over a template's questions, only says where content is to go.
 */
function headsContent(answer: Answer, index: number): boolean {
  const section = answer.units[index]!.section;
  let content = 0;
  for (let next = index + 1; next < answer.units.length && content < CONTENT_UNDER_HEADING; next++) {
    const unit = answer.units[next]!;
    if (unit.kind !== 'heading') {
      if (!isWithin(answer, unit.section, section)) break;
      if (!isOpenQuestion(unit.text)) content++;
    } else if ((answer.sections[unit.section]?.heading?.level ?? 0) < BOLD_HEADING_LEVEL || !isWithin(answer, unit.section, section)) break;
  }
  return content >= CONTENT_UNDER_HEADING;
}

/** Whether a section is `ancestor` or nested in it. */
function isWithin(answer: Answer, section: number, ancestor: number): boolean {
  for (let at: number | undefined = section; at !== undefined; at = answer.sections[at]?.parent) if (at === ancestor) return true;
  return false;
}

/**
 * For each section, whether it or the nearest enclosing section with an aside's heading is an
 * aside, a list of questions (whose answers count), or neither (undefined).
 */
function asideSections(answer: Answer): Array<'aside' | 'questions' | undefined> {
  const marks: Array<'aside' | 'questions' | undefined> = [];
  answer.sections.forEach((section, index) => {
    const heading = plainHeading(section.heading?.text ?? '');
    const own = ASIDE_HEADING.test(heading) ? (QUESTIONS_HEADING.test(heading) ? 'questions' : 'aside') : undefined;
    // Sections come in document order, so an enclosing section is marked before its children.
    marks[index] = own ?? (section.parent !== undefined ? marks[section.parent] : undefined);
  });
  return marks;
}

function plainHeading(text: string): string {
  return text.replace(/[*_`#]/g, '').trim();
}

// "**Company** [Title](https://…): what they built" cites a write-up; it is not the answer's own
// design, nor is a row of contents ("| 06 | [Rule Engine](./06_rule_engine/) | …"). A title
// starts with a capital or a figure; "[open it live](…)" is an action, not a title.
const CITATION = /^(?:\|?\s*[\d.]{1,4}\s*\|\s*)?(?:\*\*[^*]{1,60}\*\*\s*[:\-–—]?\s*)?\[[\p{Lu}\d"'*_][^\]]*\]\([^)]+\)/u;
// "Related to this topic, read more about A/B testing": a pointer to reading, not the design.
const READING_POINTER = /^[\w ,]{0,40}\bread (?:more )?(?:about|on)\b/i;

export function isCitation(text: string): boolean {
  return (text.includes('](') && CITATION.test(text.trim())) || (text.includes('read ') && READING_POINTER.test(text));
}

const ADDRESS_HINT = /\]\(|https?:\/\/|www\./i;
// An image's alt text, or a pointer to another document or section ("see [topic 11, monitoring
// and drift](../11-monitoring.md)", "([section 4](#serving))"): what it names is said elsewhere.
// A link that is a word of the sentence ("the [feature store](04-store.md) serves them") stays.
const ELSEWHERE =
  /!\[[^\]]*\]\([^)]*\)|(?:\b(?:see|in|to|cf\.?)\s+|\()\[[^\]]*\]\((?!\s*(?:https?:|www\.|mailto:))[^)]*\)|\[(?:topic|chapter|section|part|lesson|module|appendix|§|\d)[^\]]*\]\((?!\s*(?:https?:|www\.|mailto:))[^)]*\)/gi;

/**
 * The text without the asterisks of bold and italics: "the *serving* path", "**Offline
 * training** (batch jobs)" say what they say without them. Underscores stay: they join words
 * in identifiers ("user_id").
 */
function withoutEmphasis(text: string): string {
  return text.includes('*') ? text.replace(/\*+/g, '') : text;
}

/**
 * The text with what is no evidence removed: link targets and bare web addresses (words inside
 * an address), images, and links to other documents or sections.
 */
export function withoutAddresses(text: string): string {
  // Most units hold no address: a test is cheaper than the replacements that copy the text.
  if (!ADDRESS_HINT.test(text)) return text;
  return text
    .replace(ELSEWHERE, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
}

// A clarifying question left unanswered ("Do we need continual training?") raises an item; it does not cover it.
const OPEN_QUESTION = /^(?:what|how|do|does|did|is|are|can|could|should|would|will|which|who|when|where|why|any|have|has)\b[^?]*\?\s*$/i;

// A few words and a question mark ("Gradient-boosted trees first?", "Batch or real-time?") are a note to decide later.
const SHORT_QUESTION = /^[^?.!:;]+\?\s*$/;
const SHORT_QUESTION_WORDS = 6;

/**
 * Whether a unit is only a question: it starts with a question word and ends at its one
 * question mark, or it is a few words ending in one.
 */
export function isOpenQuestion(text: string): boolean {
  if (!text.includes('?')) return false;
  // A list number and a bold label before the question ("4. **Constraints**: Any limits I should know?"),
  // and quotes or emphasis closing after it, are not its words.
  const plain = text
    .replace(/^[\s>-]*(?:\d{1,2}[.)]\s*)?(?:\*\*|__)[^*_]{1,40}(?:\*\*|__)\s*:\s*/, '')
    .replace(/^[\s*_>"“'-]*(?:\d{1,2}(?:\.\d{1,2})*(?:[.)]\s*|\s+))?[\s*_"“']*/, '')
    // A hint in brackets after the question ("What is the testing strategy? (A/B test)") names what it asks about.
    .replace(/\?\s*\([^()]*\)\s*$/, '?')
    .replace(/["”')\]*_]+\s*$/, '')
    .trim();
  if (OPEN_QUESTION.test(plain)) return true;
  return SHORT_QUESTION.test(plain) && plain.split(/\s+/).length <= SHORT_QUESTION_WORDS;
}
