/**
 * German separable verbs: the verb's head stands second and its particle closes the clause,
 * with the whole middle field between them ("Der Kreml wies die Berichte über den Einsatz
 * nordkoreanischer Soldaten in der Ukraine zurück"). A phrase with a wildcard reaches only a few
 * words, so the bracket is found here: a head word whose clause ends with its particle. The
 * match is the head alone, which is where the verb's subject and inverted speaker stand.
 */
import type { BracketVerb } from './languages/cue-shape';
import type { PhraseMatch } from './phrases';

/** The longest middle field looked through, in words. */
const MAX_MIDDLE_WORDS = 24;

// A figure's separators ("11.000", "3,5") are inside the word: no clause ends within a number.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.,](?=\p{N}))*/gu;
const CLAUSE_END = /[,.;:!?"“”„«»()\n–—]/u;
/** A short aside in brackets ("der Generalstab (JCS) am Dienstag", "am Montag (Ortszeit)") stands
 * inside the middle field; it is blanked out, at the same length, before the clause is read. */
const ASIDE = /\([^()\n.;!?]{1,60}\)/gu;

export type BracketList = BracketVerb['list'];

/** Each bracket verb's head, by lower-cased head word. */
function headsOf(brackets: readonly BracketVerb[]): Map<string, BracketVerb[]> {
  const heads = new Map<string, BracketVerb[]>();
  for (const b of brackets) for (const h of b.heads) heads.set(h, [...(heads.get(h) ?? []), b]);
  return heads;
}

/** The heads of separable verbs in `text` whose clause closes with their particle, per list. */
export function findBracketVerbs(
  text: string,
  brackets: readonly BracketVerb[],
  negators: readonly string[] = [],
): Record<BracketList, PhraseMatch[]> {
  const out: Record<BracketList, PhraseMatch[]> = {
    verbs: [],
    denial: [],
    accusation: [],
    reportedMood: [],
  };
  if (brackets.length === 0) return out;
  const heads = headsOf(brackets);
  const scan = text.replace(ASIDE, (m) => ' '.repeat(m.length));
  const words = [...scan.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase(),
  }));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const candidates = w && heads.get(w.lower);
    if (!w || !candidates) continue;
    // The clause's last word: the word before the first clause boundary after the head.
    let lastAt = -1;
    for (let j = i + 1; j < words.length && j <= i + MAX_MIDDLE_WORDS + 1; j++) {
      const next = words[j] as (typeof words)[number];
      const prevEnd = (words[j - 1] as (typeof words)[number]).end;
      if (CLAUSE_END.test(scan.slice(prevEnd, next.start))) break;
      lastAt = j;
    }
    const last = words[lastAt];
    if (!last) continue;
    const after = words[lastAt + 1];
    const closed = !after || CLAUSE_END.test(scan.slice(last.end, after.start));
    if (!closed) continue;
    // "teilte das Militär nicht mit": a negated verb reports nothing.
    const beforeLast = words[lastAt - 1];
    if (lastAt - 1 > i && beforeLast && negators.includes(beforeLast.lower)) continue;
    for (const b of candidates) {
      if (
        b.participleCloses
          ? !(lastAt > i && isParticiple(text, last, true))
          : last.lower !== b.particle
      )
        continue;
      if (b.afterParticiple && !(lastAt - 1 > i && beforeLast && isParticiple(text, beforeLast)))
        continue;
      out[b.list].push({ start: w.start, end: w.end, text: text.slice(w.start, w.end) });
    }
  }
  return out;
}

/**
 * A past participle as written: lower case (no noun), ending in "-t" or "-en" ("getötet",
 * "abgeschossen", "zerstört"). `strict` where an infinitive may stand instead ("würden …
 * kämpfen"): "-t", or "ge-" with "-en" ("gefangen").
 */
function isParticiple(text: string, w: { start: number; lower: string }, strict = false): boolean {
  const first = text[w.start] ?? '';
  if (first !== first.toLowerCase()) return false;
  return strict ? /t$|^ge\p{Ll}+en$/u.test(w.lower) : /(?:t|en)$/u.test(w.lower);
}

/** `found` with the bracket heads that no match of the list already covers, in text order. */
export function withBrackets(
  found: readonly PhraseMatch[],
  heads: readonly PhraseMatch[],
): PhraseMatch[] {
  if (heads.length === 0) return [...found];
  const extra = heads.filter((h) => !found.some((f) => f.start <= h.start && h.start < f.end));
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}
