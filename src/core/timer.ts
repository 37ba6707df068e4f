/**
 * The mock interview clock as plain arithmetic: a stored state, the framework's step budgets
 * scaled to the mock's length, and where a moment falls among them. No timers here; the
 * editor ticks and persists the state.
 */

/** Survives a window reload: only wall-clock anchors, never a running counter. */
export interface TimerState {
  /** Milliseconds run before the current run started. */
  elapsedBeforeMs: number;
  /** Wall-clock time (epoch ms) the current run started; absent while paused or reset. */
  runningSince?: number;
}

export interface StepBudget {
  stepId: string;
  title: string;
  /** Budget in milliseconds after scaling to the mock's length. */
  ms: number;
}

export interface TimerPosition {
  /** Index in the budgets of the step the clock is in; the last step once time is up. */
  stepIndex: number;
  /** Time left in that step (negative once the whole mock is over). */
  stepRemainingMs: number;
  totalRemainingMs: number;
  overtime: boolean;
}

export const RESET_TIMER: TimerState = { elapsedBeforeMs: 0 };

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === undefined ? { elapsedBeforeMs: state.elapsedBeforeMs, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return { elapsedBeforeMs: elapsedMs(state, now) };
}

export function isRunning(state: TimerState): boolean {
  return state.runningSince !== undefined;
}

export function elapsedMs(state: TimerState, now: number): number {
  // A clock set back while the window was closed must not make time negative.
  const running = state.runningSince === undefined ? 0 : Math.max(0, now - state.runningSince);
  return state.elapsedBeforeMs + running;
}

/**
 * Scales the steps' minute budgets (written for a 45-minute mock) to `totalMinutes`, in whole
 * seconds, so that they add up to exactly the mock's length.
 */
export function scaleBudgets(
  steps: ReadonlyArray<{ id: string; title: string; minutes: number }>,
  totalMinutes: number,
): StepBudget[] {
  const totalSeconds = Math.round(totalMinutes * 60);
  const weights = steps.map((step) => Math.max(0, step.minutes));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  // Steps without budgets share the time equally.
  const shares = weightSum > 0 ? weights.map((weight) => weight / weightSum) : steps.map(() => 1 / Math.max(1, steps.length));
  const seconds = shares.map((share) => Math.floor(share * totalSeconds));
  let leftover = totalSeconds - seconds.reduce((sum, value) => sum + value, 0);
  // Hand the rounding remainder out one second at a time, largest fractional part first.
  const byFraction = shares
    .map((share, index) => ({ index, fraction: share * totalSeconds - Math.floor(share * totalSeconds) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction) {
    if (leftover <= 0) break;
    seconds[index] = (seconds[index] ?? 0) + 1;
    leftover--;
  }
  return steps.map((step, index) => ({ stepId: step.id, title: step.title, ms: (seconds[index] ?? 0) * 1000 }));
}

export function positionAt(budgets: readonly StepBudget[], elapsed: number): TimerPosition {
  const total = budgets.reduce((sum, budget) => sum + budget.ms, 0);
  let stepEnd = 0;
  for (let index = 0; index < budgets.length; index++) {
    stepEnd += budgets[index]!.ms;
    if (elapsed < stepEnd) {
      return { stepIndex: index, stepRemainingMs: stepEnd - elapsed, totalRemainingMs: total - elapsed, overtime: false };
    }
  }
  return {
    stepIndex: Math.max(0, budgets.length - 1),
    stepRemainingMs: total - elapsed,
    totalRemainingMs: total - elapsed,
    overtime: true,
  };
}

/** Indexes of the steps whose budgets ran out between two readings of the clock. */
export function stepsEndedBetween(budgets: readonly StepBudget[], fromMs: number, toMs: number): number[] {
  const ended: number[] = [];
  let stepEnd = 0;
  budgets.forEach((budget, index) => {
    stepEnd += budget.ms;
    if (fromMs < stepEnd && stepEnd <= toMs) ended.push(index);
  });
  return ended;
}

/** "12:05", or "-1:30" once over time; seconds round up so a fresh 5-minute step shows 5:00. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return `${negative ? '-' : ''}${minutes}:${rest}`;
}
