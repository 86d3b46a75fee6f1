/**
 * Family linking: which pack family a claim belongs to. Two passes:
 *
 * 1. **Cues.** A claim belongs to the family whose cue phrases (pack data, `family.cues`) occur
 *    most in its own sentence (distinct cues; ties go to pack order, narrow families first).
 * 2. **Context**, for claims with no cue of their own ("Russia has rejected the reports"):
 *    a. a claim that continues the subject of the nearest linked claim before it, in the same or
 *       the previous paragraph, takes that claim's family. It continues the subject when it is a
 *       denial or an accusation (they answer or restate what came before), continues the previous
 *       claim or quotation, refers back ("the reports", "it"), or has the same claimant;
 *    b. otherwise a claim that names the pack's subject ("North Korea", "KCNA") takes the
 *       article's dominant family: the family with the most claims linked in pass 1.
 * Pass 2 reads only pass-1 links and links made earlier in pass 2, so it is one walk in order.
 */
import { perObjectAndName } from '../memo';
import type { Pack } from '../pack/schema';
import type { Claim } from '../types';
import { cuesFor, opensWithAnaphor, type LanguageCues } from './languages/registry';
import { findPhraseLists, hasPhrase, type PhraseMatch } from './phrases';

/**
 * The id of the family with the most distinct cue phrases in `sentence` (ties: pack order), or
 * undefined. A family without cues for `lang` is scored with its English cues.
 */
export function linkFamily(sentence: string, pack: Pack, lang: string): string | undefined {
  return linkFamilyIn(sentence, 0, sentence.length, pack, lang);
}

/** `linkFamily` for the sentence `text[start, end)`: the article's word index is reused. */
function linkFamilyIn(
  text: string,
  start: number,
  end: number,
  pack: Pack,
  lang: string,
): string | undefined {
  const boundaries = cuesFor(lang).wordBoundaries;
  const { ids, lists } = familyCueLists(pack, lang);
  const found = findPhraseLists(lists, text, boundaries, start, end);
  let best: string | undefined;
  let bestScore = 0;
  for (let f = 0; f < ids.length; f++) {
    const matches = found[f] as PhraseMatch[];
    if (matches.length <= bestScore) continue;
    const matched = new Set<string>();
    for (let m = 0; m < matches.length; m++)
      matched.add((matches[m] as PhraseMatch).text.toLowerCase());
    if (matched.size > bestScore) {
      bestScore = matched.size;
      best = ids[f];
    }
  }
  return best;
}

/**
 * The cue lists of the pack's families for `lang` (English for a family without cues in it), in
 * pack order, families without cues left out: kept, so that they are matched together.
 */
const familyCueLists = perObjectAndName(
  (pack: Pack, lang): { ids: string[]; lists: string[][] } => {
    const entry = { ids: [] as string[], lists: [] as string[][] };
    for (const family of pack.families) {
      const cues = family.cues[lang]?.length ? family.cues[lang] : family.cues.en;
      if (!cues?.length) continue;
      entry.ids.push(family.id);
      entry.lists.push(cues);
    }
    return entry;
  },
);

/** Cue-detector markers (see `detect.ts`) that make a claim a continuation of the one before. */
const CONTINUATION_CUES = [
  'continues the previous claim',
  'quotation attributed in the next sentence',
];

/** The pack's subject terms for `lang` plus the English ones (names cross languages). */
const subjectTerms = perObjectAndName((pack: Pack, lang): string[] => {
  const d = pack.detection.subject;
  return [...(d[lang] ?? []), ...(lang === 'en' ? [] : (d.en ?? []))].map((t) => t.term);
});

/** Paragraph number of each offset in `starts` (sorted ascending): one per run of line breaks. */
function paragraphsOf(text: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  let paragraph = 0;
  // The next line break not yet counted; line breaks are few, so jump between them.
  let br = text.indexOf('\n');
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as number;
    while (br >= 0 && br < start) {
      // A line break followed by text starts a new paragraph; blank lines do not count twice.
      if (text.charCodeAt(br + 1) !== 10) paragraph++;
      br = text.indexOf('\n', br + 1);
    }
    out.push(paragraph);
  }
  return out;
}

/** Where a claim's sentence is read: in the article text when it is there, else on its own. */
interface Where {
  text: string;
  start: number;
  end: number;
}

function whereOf(text: string, claim: Claim): Where {
  return text.slice(claim.start, claim.end) === claim.text
    ? { text, start: claim.start, end: claim.end }
    : { text: claim.text, start: 0, end: claim.text.length };
}

function continuesSubject(where: Where, claim: Claim, prev: Claim, cues: LanguageCues): boolean {
  if (claim.kind === 'denial' || claim.kind === 'accusation') return true;
  if (claim.cues.some((c) => CONTINUATION_CUES.includes(c))) return true;
  if (claim.claimant?.id !== undefined && claim.claimant.id === prev.claimant?.id) return true;
  if (opensWithAnaphor(cues, claim.text)) return true;
  return hasPhrase(cues.backReferences, where.text, cues.wordBoundaries, where.start, where.end);
}

/**
 * Links every claim of one article to a family: pass 1 by its own cues, pass 2 by context (see
 * the file comment). `claims` are in text order; returns new claim objects, input untouched.
 */
export function linkFamilies(
  text: string,
  claims: readonly Claim[],
  pack: Pack,
  lang: string,
): Claim[] {
  const cues = cuesFor(lang);
  // Claims are sentences of `text`: the article's word index serves every one of them.
  const wheres = claims.map((c) => whereOf(text, c));
  const own = wheres.map((w) => linkFamilyIn(w.text, w.start, w.end, pack, lang));
  const counts = new Map<string, number>();
  for (const id of own) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  let dominant: string | undefined;
  let most = 0;
  // Ties go to the family linked first in the article.
  for (const id of own) {
    const n = id ? (counts.get(id) ?? 0) : 0;
    if (id && n > most) {
      most = n;
      dominant = id;
    }
  }
  const paragraphs = paragraphsOf(
    text,
    claims.map((c) => c.start),
  );
  const linked: Array<string | undefined> = [...own];
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const where = wheres[i];
    if (!claim || !where || linked[i]) continue;
    let inherited: string | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const prev = claims[j];
      const family = linked[j];
      if (!prev || (paragraphs[i] ?? 0) - (paragraphs[j] ?? 0) > 1) break;
      if (!family) continue;
      if (continuesSubject(where, claim, prev, cues)) inherited = family;
      break;
    }
    if (
      !inherited &&
      dominant &&
      hasPhrase(subjectTerms(pack, lang), where.text, cues.wordBoundaries, where.start, where.end)
    )
      inherited = dominant;
    linked[i] = inherited;
  }
  return claims.map((c, i) => {
    const familyId = linked[i];
    if (familyId === c.familyId) return c;
    const copy: Claim = { ...c };
    if (familyId) copy.familyId = familyId;
    else delete copy.familyId;
    return copy;
  });
}
