/** Claim detection: the public entry points. */
export { detectClaims, type DetectedClaims } from './detect';
export { linkFamily } from './family';
export { createIdMaker, sentenceHash } from './claim-id';
export { cuesFor, LANGUAGES, type LanguageCues } from './languages/registry';
