/**
 * The subject terms of every pack, for the gate that runs on every page: the bundled packs' terms
 * are built in, imported packs' terms come from the pack index, so no pack is read whole until a
 * page passes the gate. Which of them count is the settings' business (`enabledGateTerms`).
 */
import type { PackTerms } from '@/lib/gate';
import { BUNDLED_SUBJECTS } from '@/lib/packs/bundled-subjects';
import { readIndex } from './pack-index';

/** Bundled packs first, then imported ones (`terms` missing where the index has none). */
export async function loadPackTerms(): Promise<PackTerms[]> {
  const imported = (await readIndex()).map(({ id, subjectTerms }) => ({ id, terms: subjectTerms }));
  return [...BUNDLED_SUBJECTS, ...imported];
}
