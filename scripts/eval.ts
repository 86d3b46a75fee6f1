/**
 * `npm run eval -- FILE.jsonl`: scores the string pipeline on a labelled set and ends with one
 * summary line. It reports; it does not judge (exit 0). A missing file exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { northKoreaPack } from '../lib/packs/north-korea/index';
import { evaluate, parseJsonl, reportLines } from './eval-lib';

const DEFAULT = path.resolve(process.cwd(), '../shared/corpus/claims/dev.jsonl');
const file = process.argv[2] ?? DEFAULT;
if (!existsSync(file)) {
  console.error(`eval: no labelled file at ${file} (pass one: npm run eval -- FILE.jsonl)`);
  process.exit(2);
}
const summary = evaluate(parseJsonl(readFileSync(file, 'utf8')), [northKoreaPack]);
for (const line of reportLines(summary)) console.log(line);
