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
import { launchChromium } from '../tests/e2e/helpers/chromium.mjs';
import { startServer } from '../tests/e2e/helpers/server.mjs';
import {
  BLOCK_SCRIPTS_CSP,
  PAGES_DIR,
  corpusPages,
  sharedMissing,
} from '../tests/corpus/corpus-pages.mjs';
import { traceMainThread, traceOffTopic } from '../tests/bench/trace.mjs';
import { longArticlePage } from '../tests/bench/long-article-page.mjs';

/** Wait after launching a browser before tracing (its own start-up work), as the bench does. */
const BROWSER_SETTLE_MS = 3000;

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
const rounds = Number(process.env.ROUNDS ?? 5);
const pageCount = Number(process.env.PAGES ?? 8);

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  if (dirs.length < 2 || dirs.some((d) => !existsSync(path.join(d, 'manifest.json')))) {
    console.error('usage: npm run bench:ab -- BUILD_DIR BUILD_DIR [...] (Chromium builds)');
    process.exitCode = 2;
    return;
  }
  const pages = sharedMissing() ? [] : corpusPages().real.slice(0, pageCount);
  if (pageCount > 0 && pages.length === 0) console.log('../shared is absent: issue 5 only');
  const csp = { 'Content-Security-Policy': BLOCK_SCRIPTS_CSP };
  const server = await startServer({
    dirs: pages.length > 0 ? { '/pages/': PAGES_DIR } : {},
    routes: { '/long-article.html': { body: longArticlePage(2000).html, headers: csp } },
    staticHeaders: { ...csp, 'Content-Type': 'text/html' },
  });
  /** @type {Map<string, Record<string, number[]>>} */
  const figures = new Map(
    dirs.map((d) => [d, { main: [], thread: [], wall: [], offThread: [], offSpan: [] }]),
  );
  try {
    for (let round = 0; round < rounds; round++) {
      for (const dir of round % 2 ? [...dirs].reverse() : dirs) {
        const f = /** @type {Record<string, number[]>} */ (figures.get(dir));
        const ext = await launchChromium({ extensionDir: dir });
        try {
          await new Promise((resolve) => setTimeout(resolve, BROWSER_SETTLE_MS));
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
