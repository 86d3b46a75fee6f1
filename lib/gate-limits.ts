/**
 * How much of a page the gate reads, and how often content added later is looked at again: one
 * set of numbers for the content script's first look and the full gate, which must agree on
 * where a page passes.
 */

/** Paragraph text the gate reads: a lede's worth, about what `isProbablyReaderable` reads. */
export const GATE_LEDE_CHARS = 5000;

/** Below this much paragraph text, a page has no lede to read: its readable text is used. */
export const MIN_LEDE_CHARS = 200;

/** Readable text read on pages without paragraphs, at most. */
export const MAX_FALLBACK_CHARS = 50_000;

/** Added text (characters) that makes later content worth another gate test. */
export const LATER_TEXT_MIN = 200;

/** Gate tests of later content per address. */
export const LATER_RUNS = 10;
