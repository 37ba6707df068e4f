/**
 * The mock interview timer: start, pause and reset from the Framework view's title bar; the
 * status bar counts down the current step; a quiet notice names the next step when a budget
 * is spent. State lives in workspace storage as wall-clock anchors, so a reload resumes it.
 */
import * as vscode from 'vscode';
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
  type StepBudget,
  type TimerState,
} from '../../core/timer';
import type { Framework } from '../../core/framework';

const STORAGE_KEY = 'mlsd.mockTimer';
export const TIMER_RUNNING_KEY = 'mlsd.timerRunning';
const TICK_MS = 1000;

interface StoredTimer {
  state: TimerState;
  /** Fixed when the mock starts, so switching answers mid-mock does not move the goalposts. */
  budgets: StepBudget[];
  /** Elapsed time of the last tick, so a reload does not announce already-passed steps again. */
  announcedUpTo: number;
}

export class MockTimer implements vscode.Disposable {
  private readonly statusItem = vscode.window.createStatusBarItem('mlsd.mockTimer', vscode.StatusBarAlignment.Left, 50);
  private ticker: unknown;
  private stored: StoredTimer | undefined;

  constructor(
    private readonly memento: vscode.Memento,
    /** The framework of the answer in front of the user (default framework when none). */
    private readonly currentFramework: () => Framework | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.statusItem.name = 'ML Design mock timer';
    this.stored = memento.get<StoredTimer>(STORAGE_KEY);
    this.render();
  }

  async start(): Promise<void> {
    let stored = this.stored;
    if (!stored || stored.budgets.length === 0) {
      const framework = this.currentFramework();
      if (!framework) {
        void vscode.window.showInformationMessage('Open an answer to start a mock: its framework sets the step budgets.');
        return;
      }
      const minutes = vscode.workspace.getConfiguration('mlsd').get<number>('timer.totalMinutes', 45);
      stored = { state: RESET_TIMER, budgets: scaleBudgets(framework.steps, minutes), announcedUpTo: 0 };
    }
    await this.save({ ...stored, state: startTimer(stored.state, this.now()) });
  }

  async pause(): Promise<void> {
    if (!this.stored) return;
    await this.save({ ...this.stored, state: pauseTimer(this.stored.state, this.now()) });
  }

  async reset(): Promise<void> {
    await this.save(undefined);
  }

  /** What the status bar shows, for tests and the tooltip. */
  get text(): string {
    return this.statusItem.text;
  }

  private async save(stored: StoredTimer | undefined): Promise<void> {
    this.stored = stored;
    await this.memento.update(STORAGE_KEY, stored);
    this.render();
  }

  private render(): void {
    const stored = this.stored;
    const running = stored !== undefined && isRunning(stored.state);
    void vscode.commands.executeCommand('setContext', TIMER_RUNNING_KEY, running);
    if (running && this.ticker === undefined) this.ticker = setInterval(() => this.tick(), TICK_MS);
    if (!running && this.ticker !== undefined) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
    if (!stored) {
      this.statusItem.hide();
      return;
    }
    const elapsed = elapsedMs(stored.state, this.now());
    const position = positionAt(stored.budgets, elapsed);
    const step = stored.budgets[position.stepIndex];
    const icon = running ? '$(watch)' : '$(debug-pause)';
    this.statusItem.text = position.overtime
      ? `${icon} Over time ${formatClock(-position.totalRemainingMs)}`
      : `${icon} ${step?.title ?? ''} ${formatClock(position.stepRemainingMs)}`;
    this.statusItem.tooltip = `Mock interview: ${formatClock(Math.max(0, position.totalRemainingMs))} left in total${running ? '' : ' (paused)'}. Click to ${running ? 'pause' : 'resume'}.`;
    this.statusItem.command = running ? 'mlsd.timer.pause' : 'mlsd.timer.start';
    this.statusItem.backgroundColor = position.overtime ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.statusItem.show();
  }

  private tick(): void {
    const stored = this.stored;
    if (!stored) return;
    const elapsed = elapsedMs(stored.state, this.now());
    const ended = stepsEndedBetween(stored.budgets, stored.announcedUpTo, elapsed);
    if (ended.length > 0) {
      const last = ended[ended.length - 1]!;
      const next = stored.budgets[last + 1];
      const spent = stored.budgets[last]!;
      void vscode.window.showInformationMessage(
        next ? `Mock timer: time to move on to ${next.title} (${spent.title}'s budget is spent).` : 'Mock timer: the mock interview time is up.',
      );
      // Persisted so that a reload does not repeat the notice.
      this.stored = { ...stored, announcedUpTo: elapsed };
      void this.memento.update(STORAGE_KEY, this.stored);
    }
    this.render();
  }

  dispose(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.statusItem.dispose();
  }
}
