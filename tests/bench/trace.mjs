/**
 * Main-thread tracing with the real extension (Chromium): loads a page with a DevTools trace
 * running and reads, from the page's renderer main thread, the top-level tasks in which
 * extension code ran. Used by `npm run bench` (issue 5's figure) and the hostile-page tests
 * (no long task of Caveat's on huge pages).
 */
import { launchChromium } from '../e2e/helpers/chromium.mjs';

/**
 * Wait after launching a browser before tracing. A reader opens articles in a browser that has
 * started: its start-up work must finish first, or it competes with the page for this machine's
 * cores and stretches every task measured.
 */
const BROWSER_SETTLE_MS = 3000;

/**
 * A fresh Chromium with the extension of `extensionDir` (default: the build), once its own
 * start-up work is done.
 * @param {string} [extensionDir]
 */
export async function launchSettled(extensionDir) {
  const ext = await launchChromium(extensionDir ? { extensionDir } : {});
  await new Promise((resolve) => setTimeout(resolve, BROWSER_SETTLE_MS));
  return ext;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/** Main-world init script: records long tasks and marks the moment each highlight lands. */
function watchPage() {
  const w = /** @type {any} */ (window);
  w.__caveatLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__caveatLongTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the trace still has every task.
  }
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const el = /** @type {Element} */ (node);
        if (el.localName === 'caveat-mark' || el.querySelector?.('caveat-mark')) {
          w.__caveatMarks = (w.__caveatMarks ?? 0) + 1;
          performance.mark('caveat-highlight');
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Loads `url` in a new tab with a DevTools trace running, waits `settleMs` after the load
 * event (no polling in the page, which would put the harness's own script in the trace), and
 * returns the trace's events on the page's renderer main thread, with
 * the top-level tasks in which extension code ran.
 * @param {import('../e2e/helpers/chromium.mjs').ChromiumExtension} ext
 * @param {string} url
 * @param {{ settleMs?: number, watch?: boolean }} [options] `watch: false` leaves out the init
 *   script (its observers are JavaScript of the harness's, which off-topic traces would count)
 */
export async function recordTrace(ext, url, { settleMs = 1500, watch = true } = {}) {
  const page = await ext.newPage();
  if (watch) await page.addInitScript(watchPage);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // Let the content script finish and the long-task entries arrive.
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  // Without the init script nothing is read from the page: that evaluation would be a task of
  // the harness's running JavaScript in the trace.
  const inPage = watch
    ? await page.evaluate(() => ({
        longTasks: /** @type {any} */ (window).__caveatLongTasks ?? [],
        marks: document.querySelectorAll('caveat-mark').length,
      }))
    : { longTasks: [], marks: 0 };
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = /** @type {any} */ (await complete);
  const chunks = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : Buffer.from(chunk.data));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await page.close();

  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  /** @type {any[]} */
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error('trace: the page was not found');
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  const fromExtension = (e) => /^chrome-extension:\/\//.test(urlOf(e));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const extensionSpans = onMain.filter((e) => fromExtension(e) && e.ph === 'X');
  const ownTasks = tasks.filter((t) =>
    extensionSpans.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur),
  );
  return { parse, onMain, tasks, ownTasks, urlOf, fromExtension, inPage };
}

/** The content script's URL (declared in wxt.config.ts): where issue 5's trace starts. */
const CONTENT_SCRIPT_URL = /^chrome-extension:\/\/[a-z]+\/bootstrap\.js$/;

/** Trace events that start JavaScript on the main thread. */
const JS_ENTRIES = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire']);

/**
 * Whether `task` ran JavaScript. Pages are served with their scripts blocked, so on the traced
 * pages that JavaScript is the extension's, including the promise continuations after its
 * storage reads and messages, which carry no script URL (and which `ownTasks` therefore misses).
 * @param {any[]} onMain @param {any} task
 */
function ranJavaScript(onMain, task) {
  return onMain.some(
    (e) => e !== task && e.ts >= task.ts && e.ts <= task.ts + task.dur && JS_ENTRIES.has(e.name),
  );
}

/**
 * Total milliseconds of `tasks`: wall time, or with `thread` the thread's own time (`tdur`),
 * which leaves out time the thread waited for the CPU.
 * @param {any[]} tasks @param {boolean} [thread]
 */
function totalMs(tasks, thread = false) {
  return tasks.reduce((sum, t) => sum + (thread ? (t.tdur ?? t.dur) : t.dur), 0) / 1000;
}

/**
 * How long issue 5's trace runs after the page's load event: the article is highlighted within
 * a few hundred milliseconds.
 */
const HIGHLIGHT_WAIT_MS = 2500;

/**
 * Issue 5's figures: main-thread work in the tasks that ran the extension's JavaScript (see
 * `ranJavaScript`) from the content script's start to the last highlight, their thread time,
 * wall time over the same span, and long tasks.
 * @param {import('../e2e/helpers/chromium.mjs').ChromiumExtension} ext
 * @param {string} url
 */
export async function traceMainThread(ext, url) {
  const trace = await recordTrace(ext, url, { settleMs: HIGHLIGHT_WAIT_MS });
  const { parse, onMain, tasks, ownTasks, urlOf, fromExtension, inPage } = trace;
  const contentStart = onMain
    .filter((e) => fromExtension(e) && CONTENT_SCRIPT_URL.test(urlOf(e)))
    .map((e) => e.ts)
    .sort((a, b) => a - b)[0];
  const domContent = onMain.find((e) => e.name === 'MarkDOMContent')?.ts;
  const lastMark = onMain
    .filter((e) => e.name === 'caveat-highlight')
    .map((e) => e.ts)
    .sort((a, b) => b - a)[0];
  const start = contentStart ?? domContent ?? parse.ts;
  if (lastMark === undefined) throw new Error('trace: no highlight mark');
  const inWindow = tasks.filter((t) => t.ts + t.dur >= start && t.ts <= lastMark);
  const clip = (t) => Math.min(t.ts + t.dur, lastMark) - Math.max(t.ts, start);
  const ownInWindow = ownTasks.filter((t) => t.ts + t.dur >= start && t.ts <= lastMark);
  const ranInWindow = inWindow.filter((t) => ranJavaScript(onMain, t));
  return {
    startFrom: contentStart ? 'content script evaluation' : 'DOMContentLoaded',
    wallMs: (lastMark - start) / 1000,
    mainThreadMs: totalMs(ranInWindow),
    threadMs: totalMs(ranInWindow, true),
    /** The figure before 2026-11-28: only tasks in which an event names an extension script. */
    urlTasksMs: totalMs(ownInWindow),
    allMainThreadMs: inWindow.reduce((sum, t) => sum + clip(t), 0) / 1000,
    ownTasksMs: ownTasks.map((t) => t.dur / 1000),
    longestTaskMs: Math.max(0, ...ownTasks.map((t) => t.dur / 1000)),
    longTasksMs: [
      ...inPage.longTasks,
      ...tasks.filter((t) => t.dur > 50_000).map((t) => t.dur / 1000),
    ].filter((d, i, all) => all.indexOf(d) === i),
    marks: inPage.marks,
  };
}

/**
 * What the extension costs the main thread of a page that is not on the topic: the content
 * script's first task and every later task, within `windowMs` of it, that ran JavaScript (see
 * `ranJavaScript`). No init script runs (`watch: false`), so on these pages, whose own scripts
 * are blocked, all JavaScript is the extension's. The window is long enough for anything a
 * bootstrap might put off (an idle callback's 1 s timeout), so deferred work is counted too.
 * Thread time (see `totalMs`) is the figure a busy machine inflates least.
 * @param {import('../e2e/helpers/chromium.mjs').ChromiumExtension} ext
 * @param {string} url
 * @param {number} [windowMs]
 */
export async function traceOffTopic(ext, url, windowMs = 1500) {
  const { onMain, tasks, ownTasks } = await recordTrace(ext, url, {
    settleMs: windowMs + 200,
    watch: false,
  });
  const first = ownTasks[0];
  if (!first) throw new Error('trace: the content script did not run');
  const ran = tasks.filter(
    (task) =>
      task.ts >= first.ts && task.ts < first.ts + windowMs * 1000 && ranJavaScript(onMain, task),
  );
  const last = ran[ran.length - 1] ?? first;
  return {
    tasks: ran.length,
    threadMs: totalMs(ran, true),
    wallMs: totalMs(ran),
    /** From the first task's start to the last one's end: how long the page waits for the gate. */
    spanMs: (last.ts + last.dur - first.ts) / 1000,
    firstTaskMs: first.dur / 1000,
  };
}
