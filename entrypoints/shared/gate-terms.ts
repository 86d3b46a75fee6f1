/**
 * The subject terms of every enabled pack, for the gate that runs on every page: the bundled
 * packs' terms are built in, imported packs' terms come from the pack index, so no pack is read
 * whole until a page passes the gate.
 */
import { BUNDLED_SUBJECTS } from '@/lib/packs/bundled-subjects';
import { readIndex } from './pack-index';

/** Terms of the packs not in `disabledPacks`; imported packs indexed before terms were kept count as "any page". */
export async function loadGateTerms(disabledPacks: readonly string[]): Promise<string[] | 'all'> {
  const on = (id: string) => !disabledPacks.includes(id);
  const terms = BUNDLED_SUBJECTS.filter((p) => on(p.id)).flatMap((p) => p.terms);
  for (const entry of (await readIndex()).filter((e) => on(e.id))) {
    if (!entry.subjectTerms) return 'all';
    terms.push(...entry.subjectTerms);
  }
  return [...new Set(terms)];
}
