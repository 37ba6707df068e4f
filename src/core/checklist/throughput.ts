/**
 * Back-of-envelope throughput (checklist.md): average QPS ≈ DAU × requests per user per day ÷
 * 86,400, and peak ≈ 2-3 × average. Used to check a stated QPS and to suggest a missing one.
 */
import type { Answer, Quantity } from '../answer';

const SECONDS_PER_DAY = 86_400;
// Assumed when the answer states no requests per user per day: a typical feed or search user.
const ASSUMED_REQUESTS_PER_USER = 10;

export interface ThroughputEstimate {
  /** The daily users the estimate starts from, as the answer states them. */
  dau: Quantity;
  /** The answer's requests per user per day, when it states them. */
  perUser: Quantity | undefined;
  /** Average requests per second. */
  average: number;
}

/** The average QPS the answer's own daily users imply, when it states them. */
export function estimateFromUsers(answer: Answer): ThroughputEstimate | undefined {
  const dau = answer.quantities.find((q) => q.kind === 'users' && isDaily(q, answer));
  if (!dau || dau.value <= 0) return undefined;
  const perUser = answer.quantities.find((q) => q.kind === 'requests-per-user' && q.value > 0);
  const requests = perUser?.value ?? ASSUMED_REQUESTS_PER_USER;
  return { dau, perUser, average: (dau.value * requests) / SECONDS_PER_DAY };
}

/** The estimate's arithmetic: "100M DAU × 10 requests/user/day (assumed) ÷ 86,400 ≈ 11,574 QPS average, peak ≈ …". */
export function arithmeticOf({ dau, perUser, average }: ThroughputEstimate): string {
  const requests = perUser ? `${formatNumber(perUser.value)} requests/user/day` : `${ASSUMED_REQUESTS_PER_USER} requests/user/day (assumed)`;
  return (
    `${formatNumber(dau.value)} DAU × ${requests} ÷ 86,400 ≈ ${formatNumber(average)} QPS average, ` +
    `peak ≈ ${formatNumber(average * 2)}-${formatNumber(average * 3)}`
  );
}

/** A stated throughput in words, with its per-second figure when the text gives it per day, hour or minute. */
export function describeThroughput(qps: Quantity): string {
  const text = qps.text.trim();
  return qps.period ? `${text} (≈ ${formatNumber(qps.value)} QPS)` : text;
}

function isDaily(quantity: Quantity, answer: Answer): boolean {
  if (/\bdau|daily/i.test(quantity.text)) return true;
  const unit = answer.units[quantity.unit];
  return unit !== undefined && /\b(?:dau|daily active)/i.test(unit.text) && !/\b(?:mau|monthly|total|registered)\b/i.test(quantity.text);
}

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}B`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e5) return `${trim(value / 1e3)}K`;
  return Math.round(value).toLocaleString('en-US');
}

function trim(value: number): string {
  return value >= 100 ? Math.round(value).toString() : Number(value.toPrecision(3)).toString();
}
