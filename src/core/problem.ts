/**
 * The problem family of an answer: `problem:` in front matter or config, else inferred from
 * the title and the opening framing. Conditional checklist items apply only to their families.
 */
import type { Answer } from './answer';
import type { ProblemFamily } from './framework';

// Tried in order: "ad click prediction" is ads before it is classification. A click-through
// rate alone is tried last: recommenders and search measure it too ("suggest prompts … with a
// high click-through rate" is a recommender).
const FAMILY_WORDS: Array<[ProblemFamily, RegExp]> = [
  ['ads', /\b(?:ads?|advert\w*|sponsored|pctr|click prediction|auction|bid)\b/i],
  ['cls', /\b(?:fraud|moderation|moderate|harmful|abuse|abusive|spam|toxic\w*|hate speech|misinformation|violat\w*|trust and safety|classif\w*|detection of|detect(?:ing)? (?:harm|fraud|spam|abuse|bots?|fake)|illegal (?:trad\w*|sales?|goods|items|listings|content|activit\w*)|prohibited (?:items|goods|listings|content)|counterfeit\w*|credit (?:default|risk|scoring)|loan defaults?|default (?:risk|prediction|probability)|probability of default|(?:customer|borrower|applicant)s? (?:will )?defaults?|churn (?:prediction|propensity)|predict\w* (?:\w+ )?churn|fake (?:news|accounts?|reviews?|profiles?)|bot detection|anomaly detection)\b/i],
  ['search', /\b(?:search|query|queries|retrieval system|question answering)\b/i],
  ['rec', /\b(?:(?<!\b(?:we|I|strongly|highly|would) )recommend\w*|watch next|what to watch|recs|feed|newsfeed|people you may know|pymk|friend suggestions?|follow suggestions?|ranking|personali[sz]\w*|candidate (?:generation|retrieval)|similar (?:listings|items|products)|playlist)\b/i],
  ['vision', /\b(?:image|images|vision|visual|video understanding|object detection|self[- ]driving|autonomous|camera|ocr|face)\b/i],
  ['regression', /\b(?:eta|arrival time|forecast\w*|(?:salary|price|demand|sales|revenue|fare|cost|duration|wait(?:ing)? time) (?:prediction|estimation|forecast)s?|pricing|regression|estimated time|delivery time|travel time)\b/i],
  ['ads', /\b(?:click[- ]through|ctr)\b/i],
];

const ALIASES: Record<string, ProblemFamily> = {
  rec: 'rec', recommendation: 'rec', recommender: 'rec', feed: 'rec', ranking: 'rec',
  ads: 'ads', ad: 'ads', advertising: 'ads', ctr: 'ads',
  cls: 'cls', classification: 'cls', fraud: 'cls', moderation: 'cls', 'harmful-content': 'cls',
  search: 'search', vision: 'vision', cv: 'vision', regression: 'regression', eta: 'regression', forecasting: 'regression',
  other: 'other',
};

/** A family name as written in front matter or config ("recommendation", "fraud"), if known. */
export function familyFromName(name: string): ProblemFamily | undefined {
  const key = name.trim().toLowerCase();
  return ALIASES[key] ?? familyNamedIn(key);
}

/** The family named by front matter or config, else the one the title and first paragraphs suggest. */
export function problemFamilyOf(answer: Answer, configured: string | undefined): ProblemFamily {
  const named = answer.frontMatter?.problem ?? configured;
  if (named) return familyFromName(named) ?? 'other';
  // An image's markup and alt text ("<img alt=\"image\" …>") name no problem: the words around it do.
  const framing = [answer.title ?? '', ...answer.units.slice(0, 6).filter((unit) => unit.kind !== 'image').map((unit) => unit.text)];
  for (const text of framing) {
    const family = familyNamedIn(text);
    if (family) return family;
  }
  return prevailingFamily(answer) ?? 'other';
}

function familyNamedIn(text: string): ProblemFamily | undefined {
  return FAMILY_WORDS.find(([, words]) => words.test(text))?.[0];
}

/** Units that must name a family before it is taken from the body of an answer. */
const FEWEST_NAMING_UNITS = 4;
/**
 * Units of the body read for its family: enough for a few sections, while the whole of a long
 * answer would cost a re-check several milliseconds on every keystroke.
 */
const BODY_UNITS_READ = 300;

/**
 * When the title and opening name no family (a generic title over a table of contents), the
 * family the body names most often, if it is named in several places and at least twice as often
 * as any other.
 */
function prevailingFamily(answer: Answer): ProblemFamily | undefined {
  const counts = new Map<ProblemFamily, number>();
  for (const unit of answer.units.slice(0, BODY_UNITS_READ)) {
    if (unit.kind === 'image') continue;
    const family = familyNamedIn(unit.text);
    if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < FEWEST_NAMING_UNITS || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

/** Whether an item limited to `families` applies to `problem` ("rec" items apply to ads and search too). */
export function appliesTo(families: readonly ProblemFamily[], problem: ProblemFamily): boolean {
  return families.length === 0 || families.includes(problem);
}
