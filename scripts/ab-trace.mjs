#!/usr/bin/env node
/**
 * `npm run bench:ab -- DIR DIR [DIR ...]`: the bench's traces with the real extension, for two or
 * more Chromium builds in one run, build after build in fresh browsers, the order reversed every
 * other round. Single `npm run bench` runs of the same build differ by tens of percent from one
 * hour to the next on a shared machine; alternating builds in one run compares a change with its
 * base under the same load.
 *
 * Per build and round, a fresh browser traces issue 5's 2,000-word article (main-thread work
 * and thread time from the content script's start to the last highlight, and its wall time),
 * then the first PAGES corpus pages off the topic (thread time, and the span from the content
 * script's first task to its last: how long a page waits for the gate). Prints the running
 * medians after every round.
 *
 * A base build: `git worktree add /tmp/base REV && ln -s "$PWD/node_modules" /tmp/base/ &&
 * (cd /tmp/base && npx wxt prepare && npx wxt build)`, then compare `/tmp/base/.output/chrome-mv3`
 * with `.output/chrome-mv3`. Env: ROUNDS (default 5), PAGES (default 8; 0 for issue 5 only).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { corpusPages, sharedMissing } from '../tests/corpus/corpus-pages.mjs';
import { startBenchServer } from '../tests/bench/bench-server.mjs';
import { median } from '../tests/bench/stats.mjs';
import { launchSettled, traceMainThread, traceOffTopic } from '../tests/bench/trace.mjs';

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
const rounds = Number(process.env.ROUNDS ?? 5);
const pageCount = Number(process.env.PAGES ?? 8);

async function main() {
  if (dirs.length < 2 || dirs.some((d) => !existsSync(path.join(d, 'manifest.json')))) {
    console.error('usage: npm run bench:ab -- BUILD_DIR BUILD_DIR [...] (Chromium builds)');
    process.exitCode = 2;
    return;
  }
  const pages = sharedMissing() ? [] : corpusPages().real.slice(0, pageCount);
  if (pageCount > 0 && pages.length === 0) console.log('../shared is absent: issue 5 only');
  const server = await startBenchServer({ pages: pages.length > 0 });
  /** @type {Map<string, Record<string, number[]>>} */
  const figures = new Map(
    dirs.map((d) => [d, { main: [], thread: [], wall: [], offThread: [], offSpan: [] }]),
  );
  try {
    for (let round = 0; round < rounds; round++) {
      for (const dir of round % 2 ? [...dirs].reverse() : dirs) {
        const f = /** @type {Record<string, number[]>} */ (figures.get(dir));
        const ext = await launchSettled(dir);
        try {
          const traced = await traceMainThread(ext, server.url('/long-article.html'));
          f.main.push(traced.mainThreadMs);
          f.thread.push(traced.threadMs);
          f.wall.push(traced.wallMs);
          for (const page of pages) {
            const off = await traceOffTopic(ext, server.url(`/pages/${page.file}`));
            f.offThread.push(off.threadMs);
            f.offSpan.push(off.spanMs);
          }
        } finally {
          await ext.close();
        }
      }
      for (const [dir, f] of figures) {
        const at = (key) => median(f[key] ?? []).toFixed(1);
        console.log(
          `round ${round + 1} ${dir}: issue 5 ${at('main')} ms (thread ${at('thread')}, wall ${at('wall')})` +
            (pages.length > 0
              ? ` | off-topic thread ${at('offThread')} ms, span ${at('offSpan')} ms`
              : ''),
        );
      }
    }
  } finally {
    await server.close();
  }
}

await main();
