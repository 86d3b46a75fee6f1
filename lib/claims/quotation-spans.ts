/**
 * Quotation spans. Attribution cues inside a quotation belong to the quoted speaker's words, not
 * to the article's own sentence ("has reportedly expanded," lawmaker Lee told reporters: the
 * claim is the lawmaker's, not an unnamed report). Quotes never run past a line break.
 */
import type { Span } from '../types';

const CLOSERS: Record<string, string> = {
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '"': '"”“',
  '‘': '’',
};

/** Every character the scan below acts on: openers, closers and line breaks. */
const QUOTE_OR_BREAK = /[\n“”„«»"‘’]/g;

/** Quotation spans in `text` (opening mark to closing mark, inclusive), in order. */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let closers = '';
  // Only line breaks and quotation marks change anything: jump from one to the next.
  QUOTE_OR_BREAK.lastIndex = 0;
  for (let m = QUOTE_OR_BREAK.exec(text); m; m = QUOTE_OR_BREAK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      if (open >= 0) spans.push({ start: open, end: i });
      open = -1;
      continue;
    }
    if (open < 0) {
      const c = CLOSERS[ch];
      if (!c) continue;
      // A single quote opens only before a letter, after a space or line start ('wipe out').
      if (ch === '‘' && !(/[\s(]|^$/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')))
        continue;
      open = i;
      closers = c;
    } else if (closers.includes(ch)) {
      // An apostrophe inside a single-quoted span ("Korea’s") is not its end.
      if (ch === '’' && /\p{L}/u.test(text[i + 1] ?? '')) continue;
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** Whether `pos` lies inside one of `spans` (sorted, non-overlapping). */
export function insideSpans(spans: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The span containing `pos`, if any. */
export function spanAt(spans: readonly Span[], pos: number): Span | undefined {
  return spans.find((s) => pos >= s.start && pos < s.end);
}
