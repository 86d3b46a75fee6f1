/**
 * Giving the main thread back to the page between steps of our work, so no single task of ours
 * is long (input, scrolling and the page's own scripts run in between).
 *
 * A MessageChannel message starts a new task right away in Chromium and Firefox alike, unlike
 * `setTimeout(0)`, which browsers clamp to 4 ms after a few nested calls and throttle to once a
 * second in background tabs. Not `scheduler.yield()`: Firefox ESR lacks it, and in Chromium its
 * continuations run without our script's URL, so DevTools traces (and `npm run bench`) would
 * no longer see that work as the extension's.
 */

/** Resolves in a later task. */
export type Pause = () => Promise<void>;

/** A `Pause` for the given global (the page's window in the content script). */
export function pauseFor(global: typeof globalThis = globalThis): Pause {
  if (typeof global.MessageChannel !== 'function') {
    return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const channel = new global.MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/**
 * Work cut into tasks of at most about `budgetMs`: `due()` says whether the current task has
 * run long enough, `pause()` ends it. `now` is injectable for tests.
 */
export class TimeSlicer {
  private started: number;

  constructor(
    private readonly pauseNow: Pause,
    private readonly budgetMs = 8,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Whether the current task has used its budget. */
  due(): boolean {
    return this.now() - this.started >= this.budgetMs;
  }

  /** Ends the current task; the next one starts with a fresh budget. */
  async pause(): Promise<void> {
    await this.pauseNow();
    this.started = this.now();
  }

  /** Pauses only when the budget is used up. */
  async pauseIfDue(): Promise<void> {
    if (this.due()) await this.pause();
  }
}
