/**
 * Later content: a debounced, bounded MutationObserver. It only collects added nodes (no
 * attribute or text watching), skips Caveat's own marks and card, and hands a batch to `onBatch`
 * at idle time. Our own DOM writes run inside `quietly`, which takes the observer's pending
 * records and disconnects it for the write, so we never react to ourselves.
 */

export interface LaterContentOptions {
  root: Node;
  /** Stops the watcher; without one, only `stop()` does. */
  signal?: AbortSignal;
  /**
   * Our own elements (marks, card host): mutations of or inside them are ignored. Without it
   * (the bootstrap, which adds nothing to pages) no node's ancestors are walked.
   */
  isOwn?: (el: Element) => boolean;
  /**
   * Called with the added text length, the added nodes still in the page (at most `maxNodes`)
   * and whether any of our marks were removed by the page; returns whether it did a re-run
   * (counted against `maxRuns`).
   */
  onBatch: (batch: { addedText: number; removedOwn: boolean; added: Node[] }) => boolean;
  debounceMs?: number;
  /** Most re-runs per page (reset by `resetBudget` on navigation). */
  maxRuns?: number;
  /** Most added nodes inspected per batch. */
  maxNodes?: number;
  /** Defaults to `requestIdleCallback` with a timeout, or `setTimeout` where it is missing. */
  idle?: (work: () => void) => void;
}

export interface LaterContentWatcher {
  /** Runs `write` with the observer off; its own mutations are discarded. */
  quietly(write: () => void): void;
  resetBudget(): void;
  stop(): void;
}

const defaultIdle = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
};

/** Starts watching `root` for added content; stops on `signal` abort or `stop()`. */
export function watchLaterContent(options: LaterContentOptions): LaterContentWatcher {
  const { root, signal, isOwn, onBatch } = options;
  const debounceMs = options.debounceMs ?? 200;
  const maxRuns = options.maxRuns ?? 20;
  const maxNodes = options.maxNodes ?? 500;
  const idle = options.idle ?? defaultIdle;
  let runs = 0;
  let added: Node[] = [];
  let removedOwn = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let paused = 0;

  const insideOwn = (node: Node): boolean => {
    if (!isOwn) return false;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    for (let e: Element | null = el; e; e = e.parentElement) if (isOwn(e)) return true;
    return false;
  };

  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      if (insideOwn(record.target)) continue;
      for (const node of Array.from(record.addedNodes)) {
        if (added.length < maxNodes && !insideOwn(node)) added.push(node);
      }
      if (isOwn && !removedOwn) {
        for (const node of Array.from(record.removedNodes)) {
          if (node.nodeType === 1 && (isOwn(node as Element) || containsOwn(node as Element))) {
            removedOwn = true;
            break;
          }
        }
      }
    }
  };

  const containsOwn = (el: Element): boolean =>
    el.querySelector('caveat-mark, caveat-card') !== null;

  const flush = () => {
    timer = undefined;
    if (stopped || runs >= maxRuns) return;
    idle(() => {
      if (stopped) return;
      const nodes = added;
      const lostMarks = removedOwn;
      added = [];
      removedOwn = false;
      let addedText = 0;
      const connected: Node[] = [];
      for (const node of nodes) {
        if (!node.isConnected) continue;
        connected.push(node);
        addedText += (node.textContent ?? '').length;
      }
      if (addedText === 0 && !lostMarks) return;
      if (onBatch({ addedText, removedOwn: lostMarks, added: connected })) runs += 1;
      if (runs >= maxRuns) stop();
    });
  };

  const take = (records: MutationRecord[]) => {
    collect(records);
    if (added.length === 0 && !removedOwn) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const observer = new MutationObserver(take);
  const observe = () => observer.observe(root, { childList: true, subtree: true });
  observe();

  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  signal?.addEventListener('abort', stop);

  return {
    quietly(write) {
      if (stopped) return write();
      // Pending page mutations still count; ours (made inside `write`) are dropped.
      if (paused === 0) {
        take(observer.takeRecords());
        observer.disconnect();
      }
      paused += 1;
      try {
        write();
      } finally {
        paused -= 1;
        if (paused === 0 && !stopped) {
          observer.takeRecords();
          observe();
        }
      }
    },
    resetBudget() {
      runs = 0;
    },
    stop,
  };
}
