/**
 * Editorial checks on a pack's text, beyond the schema: every quoted passage stays under 15
 * words (house rule for third-party wording), and no belief-only ("basis B") marker from the
 * fact base slips into text readers would take as sourced. Used by `npm run pack:check`.
 */
import { MAX_QUOTE_WORDS } from './limits';
import { countWords, findQuotedSpans } from './quotes';
import type { PackError } from './validate';

/** Ways the fact base marks unsourced belief: "basis B", "Basis: B", "(B)", "[B]". */
const BASIS_B = [/\bbasis\s*[:=]?\s*[`'"*]*B\b/i, /\(B\)/, /\[B\]/, /\bB-basis\b/i];

function walk(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      walk(item, path === '' ? key : `${path}.${key}`, visit);
  }
}

/** Quotation and basis-B problems anywhere in a pack's strings, with their JSON paths. */
export function lintPackText(raw: unknown): PackError[] {
  const errors: PackError[] = [];
  walk(raw, '', (text, path) => {
    for (const span of findQuotedSpans(text)) {
      const words = countWords(span);
      if (words > MAX_QUOTE_WORDS) {
        errors.push({
          path,
          message: `quoted passage has ${words} words; quotations must stay under ${MAX_QUOTE_WORDS + 1} words`,
        });
      }
    }
    if (BASIS_B.some((pattern) => pattern.test(text))) {
      errors.push({
        path,
        message: 'contains a basis-B (belief-only) marker; only sourced facts may appear in a pack',
      });
    }
  });
  return errors;
}
