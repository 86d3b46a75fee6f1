/**
 * Imported packs' subject terms, for the gate that runs on every page: they come from the pack
 * index, so no pack is read whole until a page passes the gate. The bundled packs' terms are
 * built into the content script (wxt.config.ts). Which of them count is the settings' business
 * (`enabledGateTerms`).
 */
import type { PackTerms } from '@/lib/gate';
import { readIndex } from './pack-index';

/** Imported packs' terms (`terms` missing where the index has none): one storage read. */
export async function loadImportedPackTerms(): Promise<PackTerms[]> {
  return (await readIndex()).map(({ id, subjectTerms }) => ({ id, terms: subjectTerms }));
}
