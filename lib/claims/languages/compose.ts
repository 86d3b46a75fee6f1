/**
 * Phrase lists built from two word lists: a verb and its object, in the order the language puts
 * them, next to each other or with up to four words between (the phrase syntax's `*`).
 */
import type { BracketVerb } from './cue-shape';

/** "released photos", "released new photos": each verb, then each object. */
export function verbThenObject(verbs: readonly string[], objects: readonly string[]): string[] {
  return verbs.flatMap((v) => objects.flatMap((o) => [`${v} ${o}`, `${v} * ${o}`]));
}

/**
 * "Fotos veröffentlicht", "Fotos der Drohne veröffentlicht", "담화를 발표", "이같이 밝혔": each
 * object (or adverb), then each verb; `adjacent` when nothing may stand between.
 */
export function objectThenVerb(
  objects: readonly string[],
  verbs: readonly string[],
  adjacent = false,
): string[] {
  return objects.flatMap((o) =>
    verbs.flatMap((v) => (adjacent ? [`${o} ${v}`] : [`${o} ${v}`, `${o} * ${v}`])),
  );
}

/**
 * A separable verb's forms as one word, at the end of a subordinate clause ("wie das Ministerium
 * mitteilte") and in the perfect ("hat … mitgeteilt"), for the verbs of `list`.
 */
export function joinedForms(brackets: readonly BracketVerb[], list: BracketVerb['list']): string[] {
  return brackets
    .filter((b) => b.list === list && b.joins !== false)
    .flatMap((b) => [
      ...b.heads.map((h) => b.particle + h),
      ...(b.participle ? [b.participle] : []),
    ]);
}
