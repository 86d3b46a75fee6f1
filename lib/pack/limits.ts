/**
 * Size limits for packs. Packs can be imported by the reader from a file, so every string and
 * array has a ceiling: a hostile or broken file must not be able to make the extension store or
 * render megabytes of text. The limits sit far above what the bundled pack needs.
 */

/** Largest pack file the importer accepts, in bytes (checked before parsing). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** True when a pack file of `bytes` bytes may be read at all. */
export function packSizeOk(bytes: number): boolean {
  return Number.isFinite(bytes) && bytes >= 0 && bytes <= MAX_PACK_BYTES;
}

/** Maximum characters per kind of string field. */
export const STRING_LIMITS = {
  id: 64,
  title: 120,
  label: 120,
  name: 120,
  publisher: 120,
  speaker: 120,
  description: 200,
  summary: 400,
  note: 400,
  caveat: 400,
  /** Terms, anchors, cues and claimant patterns. */
  phrase: 80,
  unit: 40,
  url: 2048,
  version: 32,
} as const;

/** Maximum items per kind of array. */
export const ARRAY_LIMITS = {
  languages: 20,
  families: 100,
  history: 200,
  references: 100,
  caveats: 100,
  developments: 200,
  sources: 10,
  /** Cues, terms, anchors or patterns for one language. */
  phrases: 300,
  claimants: 200,
  ids: 50,
} as const;

/** Quotations must stay under this many words (house rule for third-party text). */
export const MAX_QUOTE_WORDS = 14;
