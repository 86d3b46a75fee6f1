/**
 * The reading pipeline as the content script sees it: one object of functions, so the session
 * can be tested with a hand-made pipeline and the real one (`real-pipeline.ts`) stays a thin
 * binding of the `lib/` modules.
 */
import type { ClaimContext, Pack } from '@/lib/pack/schema';
import type { TextMap } from '@/lib/text/text-map';
import type { ArticleMeta, Claim, Reading } from '@/lib/types';

/** A reading and the pack whose topic matched (absent when off-topic). */
export type PackReading = Reading & { pack?: Pack };

/** The article `findArticle` found: its root, its text map and the page's metadata. */
export interface FoundArticle {
  root: Element;
  map: TextMap;
  meta: ArticleMeta;
  /** Whether `map.text` already contains the headline (computed from the text when absent). */
  headlineInText?: boolean;
}

/** What `highlightClaims` returns: the marks per claim id, and a way to undo them exactly. */
export interface HighlightHandle {
  marks: Map<string, HTMLElement[]>;
  remove(): void;
}

export interface Pipeline {
  /** Cheapest test first: could the page be on any pack's topic? */
  gate(doc: Document, packs: Pack[]): boolean;
  findArticle(doc: Document): FoundArticle | null;
  /**
   * A root found later (infinite scroll) as an article: its text map, and the page's metadata
   * without the page's headline (the story's own heading is in its text).
   */
  articleAt(root: Element, pageMeta: ArticleMeta): FoundArticle;
  /**
   * Reads `text` in steps: each `next()` does one bounded piece of work (topic, sentences, a
   * slice of claims), so the caller can give the page its main thread back in between. Async
   * because the reading's code may first have to be loaded.
   */
  read(text: string, meta: ArticleMeta, packs: Pack[]): Promise<Generator<void, PackReading, void>>;
  /**
   * Reads `text` off the page's main thread (in the background) with the same result as `read`;
   * resolves undefined when it cannot, and `read` then runs here. Optional.
   */
  readElsewhere?(text: string, meta: ArticleMeta, packs: Pack[]): Promise<PackReading | undefined>;
  highlight(map: TextMap, claims: Claim[]): HighlightHandle;
  context(
    claim: Claim,
    pack: Pack,
    articleDate: string | undefined,
    articleCaveats: string[],
  ): ClaimContext;
  /** The family with the most claims on the page. */
  mainFamily(claims: Claim[]): string | undefined;
}
