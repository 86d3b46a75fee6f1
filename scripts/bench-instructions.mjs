/**
 * `npm run bench:instructions [-- FILE.jsonl]`: what reading an article costs before the engine
 * optimises it, counted in machine instructions (valgrind), so that two versions compare exactly
 * on a noisy machine where timings of a few percent are lost in the noise.
 *
 * Node runs the bundled reader with its optimising compilers off (`--no-opt --no-maglev`,
 * single-threaded): what remains is what a page's main thread runs first (lazy compilation, the
 * interpreter and baseline code); a browser runs the optimising compilers on other threads.
 * Two figures, per on-topic article of the set (default: ../shared's dev set, else our own):
 *
 * - `first_reading`: the first reading of each article, in one process reading them in turn;
 * - `batch_reading`: one reading after two warm-up readings of the same article, as the
 *   browser benchmark's first batch (`npm run bench`) times it.
 *
 * Skipped with a message when valgrind is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, bundleBenchEntry } from '../tests/bench/bundle.mjs';
import { ROOT } from '../tests/e2e/helpers/paths.mjs';

const DEV = path.join(ROOT, '../shared/corpus/claims/dev.jsonl');
const OWN = path.join(ROOT, 'tests/fixtures/claims/own.jsonl');
const WARM_UP = 2;
const BATCH = 10;

/** Reads the first `calls` readings of every article, then exits (run under valgrind). */
const RUNNER = `
import { readFileSync } from 'node:fs';
const [bundle, file, calls] = process.argv.slice(2);
(0, eval)(readFileSync(bundle, 'utf8'));
const articles = readFileSync(file, 'utf8').split('\\n').filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l)).filter((a) => a.topic === 'on');
for (const a of articles) for (let k = 0; k < Number(calls); k++) {
  globalThis.caveatReadBench(a.text, a.title, a.lang);
}
`;

function hasValgrind() {
  return spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Instructions of a process reading the first `calls` readings of every article. */
function instructions(bundle, runner, file, calls) {
  const result = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      '--no-opt',
      '--no-maglev',
      runner,
      bundle,
      file,
      String(calls),
    ],
    { encoding: 'utf8' },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr ?? '');
  if (result.status !== 0 || !refs) {
    throw new Error(`valgrind run failed (${calls} calls): ${result.stderr?.slice(-500)}`);
  }
  return Number(refs[1].replaceAll(',', ''));
}

async function main() {
  if (!hasValgrind()) {
    console.log('bench:instructions skipped: valgrind is not installed (apt-get install valgrind)');
    return;
  }
  const file = path.resolve(process.argv[2] ?? (existsSync(DEV) ? DEV : OWN));
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && JSON.parse(l).topic === 'on').length;
  const bundle = await bundleBenchEntry(
    'tests/bench/reader-entry.ts',
    'reader-bench.js',
    'caveatReaderBench',
  );
  const runner = path.join(BENCH_DIR, 'reader-run.mjs');
  writeFileSync(runner, RUNNER);
  const node = execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim();
  const at = (calls) => instructions(bundle, runner, file, calls);
  const first = (at(1) - at(0)) / articles;
  const batch = (at(WARM_UP + BATCH) - at(WARM_UP)) / (articles * BATCH);
  const k = (n) => `${Math.round(n / 1000)}K`;
  console.log(
    `instructions: first_reading=${k(first)} batch_reading=${k(batch)} (${articles} on-topic articles of ${path.relative(ROOT, file)}, Node ${node})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
