/**
 * The short index of imported packs in `storage.local`: one entry per pack, so that listing
 * packs, or gating a page on their subject terms, never reads whole packs.
 */
import { browser } from 'wxt/browser';

export const PACK_INDEX_KEY = 'packIndex';

/** What the index keeps for one imported pack. */
export interface IndexEntry {
  id: string;
  title: string;
  version: string;
  updated: string;
  languages: string[];
  families: number;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** The pack's subject terms (all languages), for the page gate. */
  subjectTerms?: string[];
}

/** The index as stored; malformed entries are dropped. */
export async function readIndex(): Promise<IndexEntry[]> {
  const got = await browser.storage.local.get(PACK_INDEX_KEY);
  const index = got[PACK_INDEX_KEY];
  return Array.isArray(index)
    ? index.filter((e): e is IndexEntry => typeof e === 'object' && e !== null && 'id' in e)
    : [];
}
