/**
 * Subject terms of the bundled packs, by pack id, for the gate that runs on every page. Kept
 * apart from the packs themselves so the always-loaded bootstrap stays small; a unit test checks
 * that these agree with the full packs.
 */
import { termsOfSubject } from '../gate';
import { northKoreaSubject } from './north-korea/subject';

export const BUNDLED_SUBJECTS: readonly { id: string; terms: string[] }[] = [
  { id: northKoreaSubject.id, terms: termsOfSubject(northKoreaSubject.subject) },
];
