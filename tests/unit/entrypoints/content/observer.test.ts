// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLaterContent } from '@/entrypoints/content/observer';

const isOwn = (el: Element) => el.localName === 'caveat-mark' || el.localName === 'caveat-card';
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

/** MutationObserver callbacks are microtasks: let them run, then the debounce timer. */
async function settle(ms = 250) {
  await Promise.resolve();
  await Promise.resolve();
  vi.advanceTimersByTime(ms);
}

describe('watchLaterContent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  function start(maxRuns = 3) {
    const batches: { addedText: number; removedOwn: boolean }[] = [];
    const added: Node[] = [];
    const abort = new AbortController();
    const watcher = watchLaterContent({
      root: document.body,
      signal: abort.signal,
      isOwn,
      maxRuns,
      idle: (work) => work(),
      onBatch: (b) => {
        batches.push({ addedText: b.addedText, removedOwn: b.removedOwn });
        added.push(...b.added);
        return true;
      },
    });
    return { batches, added, abort, watcher };
  }

  it('collects added content into one debounced batch', async () => {
    const { batches, added } = start();
    const first = para('First new paragraph.');
    const second = para('Second.');
    const gone = para('Added and removed again.');
    document.body.append(first, gone);
    document.body.append(second);
    gone.remove();
    await settle(100);
    expect(batches).toEqual([]);
    await settle(200);
    expect(batches).toEqual([{ addedText: 27, removedOwn: false }]);
    expect(added).toEqual([first, second]);
  });

  it('ignores our own marks and card and what happens inside them', async () => {
    const { batches } = start();
    const mark = document.createElement('caveat-mark');
    document.body.append(mark, document.createElement('caveat-card'));
    await settle();
    mark.append('text inside our mark');
    await settle();
    expect(batches).toEqual([]);
  });

  it('drops mutations made inside quietly, but keeps earlier page mutations', async () => {
    const { batches, watcher } = start();
    document.body.append(para('Page content.'));
    watcher.quietly(() => document.body.append(para('Our own write.')));
    await settle();
    expect(batches).toEqual([{ addedText: 13, removedOwn: false }]);
    watcher.quietly(() => document.body.append(para('Another write of ours.')));
    await settle();
    expect(batches).toHaveLength(1);
  });

  it('reports when the page removes nodes holding our marks', async () => {
    const p = para('Some ');
    const mark = document.createElement('caveat-mark');
    mark.textContent = 'claim';
    p.append(mark);
    document.body.append(p);
    const { batches } = start();
    p.remove();
    await settle();
    expect(batches).toEqual([{ addedText: 0, removedOwn: true }]);
  });

  it('stops after the maximum number of re-runs', async () => {
    const { batches } = start(2);
    for (let i = 0; i < 5; i++) {
      document.body.append(para(`Batch ${i}`));
      await settle();
    }
    expect(batches).toHaveLength(2);
  });

  it('stops when the signal aborts', async () => {
    const { batches, abort } = start();
    abort.abort();
    document.body.append(para('Late content.'));
    await settle();
    expect(batches).toEqual([]);
  });
});
