#!/usr/bin/env node
/**
 * `npm test`: the whole quality gate, in order, each step a child process whose output is
 * streamed live and captured for counting. A failed step does not stop the run; at the end a
 * table of steps and durations is printed, then exactly one line `N passed, N failed` (with
 * `, N skipped` when a step was skipped, each skipped step named on a line before it), where N
 * counts tests: Vitest's and node:test's individual tests, plus one per non-test step (format,
 * lint, tsc, pack:check, build, web-ext lint). Exit code 1 if anything failed.
 *
 * Environment: `CI` makes missing browsers a failure instead of a skip.
 * Usage: node scripts/test.mjs [--only=step,step] (step names as in the table, e.g. unit,e2e-chromium)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, '.test-results');
const BIN = path.join(ROOT, 'node_modules/.bin');
const IS_WINDOWS = process.platform === 'win32';
const IN_CI = Boolean(process.env.CI);

/**
 * @typedef {object} StepResult
 * @property {'passed' | 'failed' | 'skipped'} status
 * @property {number} passed tests passed (a non-test step counts as one)
 * @property {number} failed
 * @property {string} [note] shown in the table
 */

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {() => Promise<StepResult>} run
 */

/** Removes ANSI colour codes so captured output can be parsed. */
// eslint-disable-next-line no-control-regex -- ESC is exactly what must be matched here.
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

/**
 * Runs a command with output streamed to this process and captured.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['inherit', 'pipe', 'pipe'],
      shell: IS_WINDOWS,
      env: {
        ...process.env,
        ...(process.stdout.isTTY && !process.env.NO_COLOR && { FORCE_COLOR: '1' }),
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('error', (error) => {
      output += String(error);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** A local binary from node_modules/.bin. */
const bin = (name) => path.join(BIN, IS_WINDOWS ? `${name}.cmd` : name);
const npm = IS_WINDOWS ? 'npm.cmd' : 'npm';

/** A step that passes or fails as a whole and counts as one test. */
function commandStep(name, command, args) {
  return {
    name,
    run: async () => {
      const { code } = await run(command, args);
      return code === 0
        ? { status: 'passed', passed: 1, failed: 0 }
        : { status: 'failed', passed: 0, failed: 1, note: `exit ${code}` };
    },
  };
}

/**
 * Reads node:test's summary (spec reporter `ℹ pass N`, or TAP `# pass N`).
 * @returns {{ pass: number, fail: number } | null}
 */
export function parseNodeTestSummary(output) {
  const text = stripAnsi(output);
  const count = (label) => {
    const matches = [...text.matchAll(new RegExp(`^\\s*(?:ℹ|#) ${label} (\\d+)\\s*$`, 'gm'))];
    return matches.length ? Number(matches.at(-1)?.[1]) : null;
  };
  const pass = count('pass');
  const fail = count('fail');
  if (pass === null || fail === null) return null;
  // A cancelled test (e.g. its `before` hook threw) did not pass either.
  return { pass, fail: fail + (count('cancelled') ?? 0) };
}

/** Turns a node:test run into a step result, whatever its exit code says. */
function nodeTestResult(code, output) {
  const summary = parseNodeTestSummary(output);
  if (!summary) {
    return { status: 'failed', passed: 0, failed: 1, note: `exit ${code}, no test summary` };
  }
  const failed = summary.fail || (code === 0 ? 0 : 1);
  return {
    status: failed ? 'failed' : 'passed',
    passed: summary.pass,
    failed,
    note: `${summary.pass} passed, ${failed} failed`,
  };
}

const steps = /** @type {Step[]} */ ([
  commandStep('format', bin('prettier'), ['--check', '.']),
  commandStep('lint', bin('eslint'), ['.']),
  commandStep('tsc', bin('tsc'), ['--noEmit']),
  {
    name: 'pack:check',
    run: async () => {
      if (!existsSync(path.join(ROOT, 'scripts/pack-check.ts'))) {
        console.log('pack:check skipped: scripts/pack-check.ts does not exist yet');
        return { status: 'skipped', passed: 0, failed: 0, note: 'no scripts/pack-check.ts' };
      }
      return commandStep('pack:check', npm, ['run', '--silent', 'pack:check']).run();
    },
  },
  {
    name: 'unit',
    run: async () => {
      const report = path.join(RESULTS, 'vitest.json');
      rmSync(report, { force: true });
      const { code } = await run(bin('vitest'), [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${report}`,
      ]);
      if (!existsSync(report)) {
        return { status: 'failed', passed: 0, failed: 1, note: `exit ${code}, no JSON report` };
      }
      const json = JSON.parse(readFileSync(report, 'utf8'));
      let failed = json.numFailedTests ?? 0;
      // A file that fails to load has no failed test, only a failed suite.
      if (code !== 0 && failed === 0) failed = Math.max(1, json.numFailedTestSuites ?? 0);
      const passed = json.numPassedTests ?? 0;
      return {
        status: failed ? 'failed' : 'passed',
        passed,
        failed,
        note: `${passed} passed, ${failed} failed`,
      };
    },
  },
  commandStep('build', npm, ['run', '--silent', 'build']),
  {
    name: 'web-ext-lint',
    run: async () => {
      const { code, output } = await run(bin('web-ext'), [
        'lint',
        '--source-dir',
        '.output/firefox-mv3',
        '--output',
        'json',
        '--no-config-discovery',
      ]);
      const start = output.indexOf('{"count"');
      let report;
      try {
        report = JSON.parse(output.slice(start, output.lastIndexOf('}') + 1));
      } catch {
        return { status: 'failed', passed: 0, failed: 1, note: `exit ${code}, unreadable report` };
      }
      const { errors, warnings, notices } = report.summary;
      const codes = [...new Set(report.warnings.map((w) => w.code))].join(', ');
      console.log(
        `\nweb-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices` +
          (codes ? ` (warnings: ${codes})` : ''),
      );
      for (const error of report.errors)
        console.log(`  error ${error.code}: ${error.message} (${error.file ?? ''})`);
      const note = `${errors} errors, ${warnings} warnings`;
      return errors > 0
        ? { status: 'failed', passed: 0, failed: 1, note }
        : { status: 'passed', passed: 1, failed: 0, note };
    },
  },
  e2eStep('chromium'),
  e2eStep('firefox'),
  {
    name: 'corpus',
    run: async () => {
      if (!existsSync(path.resolve(ROOT, '../shared'))) {
        console.log(
          'corpus checks skipped: ../shared not found (they run in CI and development only)',
        );
        return { status: 'skipped', passed: 0, failed: 0, note: '../shared not found' };
      }
      if (!existsSync(path.join(ROOT, 'scripts/corpus.mjs'))) {
        console.log('corpus checks skipped: scripts/corpus.mjs does not exist yet');
        return { status: 'skipped', passed: 0, failed: 0, note: 'no scripts/corpus.mjs' };
      }
      const { code, output } = await run(npm, ['run', '--silent', 'test:corpus']);
      // The corpus script may use node:test (count its tests) or be one pass/fail check.
      if (parseNodeTestSummary(output)) return nodeTestResult(code, output);
      return code === 0
        ? { status: 'passed', passed: 1, failed: 0 }
        : { status: 'failed', passed: 0, failed: 1, note: `exit ${code}` };
    },
  },
]);

/**
 * The E2E suite in one browser. Locally a missing browser is a skip; in CI it is a failure.
 * @param {'chromium' | 'firefox'} browser
 * @returns {Step}
 */
function e2eStep(browser) {
  return {
    name: `e2e-${browser}`,
    run: async () => {
      // Imported here so a broken install cannot stop the earlier steps from running.
      const { browsersAvailable } = await import('../tests/e2e/helpers/browsers.mjs');
      const available = browsersAvailable()[browser];
      if (!available && !IN_CI) {
        const env = browser === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
        console.log(`E2E ${browser} skipped: ${browser} not found (install it or set ${env})`);
        return { status: 'skipped', passed: 0, failed: 0, note: `${browser} not installed` };
      }
      const dir = path.join(ROOT, 'tests/e2e');
      const files = readdirSync(dir)
        .filter((file) => file.endsWith('.test.mjs'))
        .sort()
        .map((file) => path.join('tests/e2e', file));
      if (!files.length) return { status: 'skipped', passed: 0, failed: 0, note: 'no test files' };
      const { code, output } = await run(
        process.execPath,
        ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files],
        { CAVEAT_E2E_BROWSERS: browser },
      );
      return nodeTestResult(code, output);
    },
  };
}

/** Pads and joins table cells. */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows
    .map((row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '))
    .join('\n');
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const selected = only ? steps.filter((step) => only.includes(step.name)) : steps;
  if (only && selected.length !== only.length) {
    console.error(`unknown step in --only; steps: ${steps.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }

  const results = [];
  const started = Date.now();
  for (const step of selected) {
    console.log(`\n━━ ${step.name} ━━`);
    const t0 = Date.now();
    let result;
    try {
      result = await step.run();
    } catch (error) {
      console.error(error);
      result = { status: 'failed', passed: 0, failed: 1, note: String(error) };
    }
    results.push({ name: step.name, seconds: (Date.now() - t0) / 1000, ...result });
  }

  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`\n${'─'.repeat(60)}`);
  console.log(
    table([
      ['step', 'result', 'time', 'details'],
      ...results.map((r) => [r.name, r.status, `${r.seconds.toFixed(1)} s`, r.note ?? '']),
      [
        'total',
        failed ? 'failed' : 'passed',
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
        '',
      ],
    ]),
  );
  // A skipped step (no ../shared, no browser outside CI) is said in the closing line, so a
  // green run that left a tier out does not read like a full one.
  const skipped = results.filter((r) => r.status === 'skipped');
  for (const r of skipped) console.log(`skipped: ${r.name} (${r.note ?? 'no reason given'})`);
  console.log(
    `${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`,
  );
  process.exitCode = failed || results.some((r) => r.status === 'failed') ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
