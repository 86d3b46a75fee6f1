/**
 * `npm run pack:check [-- pack.json ...]`: validates the bundled North Korea pack and any pack
 * files given, with the same validator the options page uses for imports, plus the editorial
 * checks (quotations under 15 words, no basis-B markers). Prints each problem as
 * `path: message`, then a summary line; exits 1 if any pack has a problem. Source warnings
 * (links to aggregator copies, outlets that do not match their link's host; see
 * lib/pack/sources.ts) are printed as `warn` lines with their count of aggregator links, and do
 * not fail a pack: a user pack may cite what it likes, while a unit test keeps the bundled pack
 * at zero.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintPackText } from '../lib/pack/lint';
import { checkSources, type SourceReport } from '../lib/pack/sources';
import { MAX_PACK_BYTES, packSizeOk, type PackError, validatePack } from '../lib/pack/validate';
import { northKoreaPack } from '../lib/bundled-packs/north-korea/pack';

interface PackReport {
  label: string;
  errors: PackError[];
  summary?: string;
  sources?: SourceReport;
}

function check(label: string, raw: unknown): PackReport {
  const result = validatePack(raw);
  const errors = [...(result.ok ? [] : result.errors), ...lintPackText(raw)];
  const sources = checkSources(raw);
  if (!result.ok || errors.length > 0) return { label, errors, sources };
  const { families } = result.pack;
  const count = (pick: (f: (typeof families)[number]) => unknown[]): number =>
    families.reduce((sum, f) => sum + pick(f).length, 0);
  return {
    label,
    errors,
    sources,
    summary:
      `${result.pack.id} ${result.pack.version}: ${families.length} families, ` +
      `${count((f) => f.history)} history entries, ${count((f) => f.references)} references, ` +
      `${count((f) => f.caveats)} caveats, ${count((f) => f.developments)} developments`,
  };
}

function checkFile(file: string): PackReport {
  let text: string;
  try {
    const bytes = statSync(file).size;
    if (!packSizeOk(bytes)) {
      return {
        label: file,
        errors: [{ path: '', message: `file is ${bytes} bytes; the limit is ${MAX_PACK_BYTES}` }],
      };
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      label: file,
      errors: [{ path: '', message: `cannot read file: ${(error as Error).message}` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      label: file,
      errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return check(file, raw);
}

/**
 * Checks the bundled pack and each file; writes the report through `log`. Returns the exit
 * code: 0 when every pack passes, 1 otherwise.
 */
export function runPackCheck(
  files: readonly string[],
  log: (line: string) => void = console.log,
): number {
  const reports = [
    check('bundled pack (lib/bundled-packs/north-korea)', northKoreaPack),
    ...files.map(checkFile),
  ];
  let failed = 0;
  let errorCount = 0;
  let warningCount = 0;
  let aggregatorLinks = 0;
  for (const report of reports) {
    const { sources } = report;
    if (report.errors.length === 0) {
      log(`ok    ${report.label}${report.summary ? ` — ${report.summary}` : ''}`);
    } else {
      failed += 1;
      errorCount += report.errors.length;
      log(`FAIL  ${report.label}`);
      for (const error of report.errors) log(`  ${error.path || '(root)'}: ${error.message}`);
    }
    if (!sources) continue;
    warningCount += sources.warnings.length;
    aggregatorLinks += sources.aggregatorLinks;
    log(
      `      sources: ${sources.sources} links, ${sources.aggregatorLinks} aggregator link(s), ` +
        `${sources.warnings.length} source warning(s)`,
    );
    for (const warning of sources.warnings) log(`  warn ${warning.path}: ${warning.message}`);
  }
  log(
    `pack:check: ${reports.length} pack(s) checked, ${failed} failed, ${errorCount} error(s), ` +
      `${warningCount} source warning(s), ${aggregatorLinks} aggregator link(s)` +
      (failed === 0 && warningCount === 0 ? ' — all good' : ''),
  );
  return failed === 0 ? 0 : 1;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = runPackCheck(process.argv.slice(2));
