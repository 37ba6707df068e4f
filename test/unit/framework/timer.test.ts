import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RESET_TIMER,
  elapsedMs,
  formatClock,
  isRunning,
  pauseTimer,
  positionAt,
  scaleBudgets,
  startTimer,
  stepsEndedBetween,
} from '../../../src/core/timer';

const steps = [
  { id: 'clarify', title: 'Clarification & Scope', minutes: 8 },
  { id: 'architecture', title: 'High-Level Architecture', minutes: 10 },
  { id: 'deep-dive', title: 'Deep-Dive Component Design', minutes: 17 },
  { id: 'evaluation', title: 'Evaluation & Monitoring', minutes: 10 },
];
const minute = 60_000;

test('budgets written for 45 minutes are kept as is for a 45-minute mock', () => {
  assert.deepEqual(scaleBudgets(steps, 45).map((budget) => budget.ms / minute), [8, 10, 17, 10]);
});

test('budgets scale to another length and still add up to it exactly', () => {
  const budgets = scaleBudgets(steps, 60);
  assert.equal(budgets.reduce((sum, budget) => sum + budget.ms, 0), 60 * minute);
  assert.deepEqual(budgets.map((budget) => Math.round(budget.ms / 1000)), [640, 800, 1360, 800]);
  const odd = scaleBudgets(steps.slice(0, 3), 7);
  assert.equal(odd.reduce((sum, budget) => sum + budget.ms, 0), 7 * minute);
});

test('steps without budgets share the time equally', () => {
  const budgets = scaleBudgets(steps.map((step) => ({ ...step, minutes: 0 })), 40);
  assert.deepEqual(budgets.map((budget) => budget.ms / minute), [10, 10, 10, 10]);
});

test('pausing keeps the elapsed time and resuming continues from it', () => {
  let state = startTimer(RESET_TIMER, 1_000);
  assert.ok(isRunning(state));
  assert.equal(elapsedMs(state, 61_000), minute);
  state = pauseTimer(state, 61_000);
  assert.ok(!isRunning(state));
  assert.equal(elapsedMs(state, 999_000), minute, 'a paused clock does not move');
  state = startTimer(state, 1_000_000);
  assert.equal(elapsedMs(state, 1_030_000), minute + 30_000);
  assert.equal(startTimer(state, 2_000_000), state, 'starting a running clock changes nothing');
});

test('a clock set back while the window was closed never runs backwards', () => {
  const state = { elapsedBeforeMs: 5_000, runningSince: 10_000 };
  assert.equal(elapsedMs(state, 4_000), 5_000);
});

test('the position names the current step and the time left in it', () => {
  const budgets = scaleBudgets(steps, 45);
  assert.deepEqual(positionAt(budgets, 0), { stepIndex: 0, stepRemainingMs: 8 * minute, totalRemainingMs: 45 * minute, overtime: false });
  assert.deepEqual(positionAt(budgets, 9 * minute), { stepIndex: 1, stepRemainingMs: 9 * minute, totalRemainingMs: 36 * minute, overtime: false });
  assert.equal(positionAt(budgets, 18 * minute).stepIndex, 2, 'a step starts exactly when the previous budget is spent');
  assert.deepEqual(positionAt(budgets, 47 * minute), { stepIndex: 3, stepRemainingMs: -2 * minute, totalRemainingMs: -2 * minute, overtime: true });
});

test('steps whose budget ran out between two ticks are reported once', () => {
  const budgets = scaleBudgets(steps, 45);
  assert.deepEqual(stepsEndedBetween(budgets, 7 * minute, 8 * minute), [0]);
  assert.deepEqual(stepsEndedBetween(budgets, 8 * minute, 9 * minute), []);
  assert.deepEqual(stepsEndedBetween(budgets, 0, 19 * minute), [0, 1], 'a reload after a long pause catches up');
});

test('the clock reads as minutes and seconds, rounding a fresh step up', () => {
  assert.equal(formatClock(5 * minute), '5:00');
  assert.equal(formatClock(5 * minute - 1), '5:00');
  assert.equal(formatClock(61_000), '1:01');
  assert.equal(formatClock(0), '0:00');
  assert.equal(formatClock(-90_000), '-1:30');
});
