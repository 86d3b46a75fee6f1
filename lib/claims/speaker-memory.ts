/**
 * Speakers named by apposition: "Cho Tae-yong, the agency's director," makes a later "Cho said"
 * the director's statement; "Lee, a member of the intelligence committee, told" makes the
 * committee member the speaker of "told".
 */
import { perObject } from '../memo';
import type { Sentence } from '../types';
import { resolvePronoun, type DetectState } from './detect-state';
import type { Mention, Speaker } from './mentions';
import { inSpan } from './span-index';

/** Characters scanned around a title for an apposed name. */
const APPOSITION_WINDOW = 80;
/** "Cho Tae-yong, the agency's " right before a title mention: the name in group 1. */
const NAME_BEFORE_TITLE =
  /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:[\p{Ll}'’-]+\s+){0,4}$/u;
/** "Lee Seong-kweun, a member of parliament's committee, " right before a verb. */
const APPOSITION_BEFORE_VERB =
  /(?:^|[\s(])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+(?:a|an|the)\s[^,"“”]{1,100},\s*$/u;
/** ", Rustem Umerov," right after a title mention: the name in group 1. */
const NAME_AFTER_TITLE = /^['’]?s?\s*,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[,;]/u;

/** A language's name stopwords as a set, built once. */
const nameStopwords = perObject((words: readonly string[]): Set<string> => new Set(words));

/**
 * A capitalised word as a remembered name: lower case, without a possessive "'s" ("Cho's" ->
 * "cho"). Character checks instead of a regex: it runs on every capitalised word of the text.
 */
function nameKey(word: string): string {
  const n = word.length;
  const possessive = n >= 2 && word[n - 1] === 's' && (word[n - 2] === "'" || word[n - 2] === '’');
  return (possessive ? word.slice(0, n - 2) : word).toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether `text` may hold a remembered name: a name found there as a capitalised word occurs
 * in the text's lower case as its key. Most sentences hold none, and a substring test per name
 * costs less than reading every capitalised word. Only for names in ASCII, whose lower case
 * does not depend on the letters around them (a final sigma does); otherwise the words are read.
 */
function mayHoldName(names: ReadonlyMap<string, Speaker>, text: string): boolean {
  let lower: string | undefined;
  for (const key of names.keys()) {
    if (NON_ASCII.test(key)) return true;
    lower ??= text.toLowerCase();
    if (lower.includes(key)) return true;
  }
  return false;
}

/**
 * Names learnt from appositions ("Cho Tae-yong, the agency's director,"), found again as
 * mentions of their speaker in later sentences ("Cho said").
 */
export function rememberedMentions(st: DetectState, s: Sentence): Mention[] {
  if (st.names.size === 0 || !mayHoldName(st.names, s.text)) return [];
  const out: Mention[] = [];
  const re = /\p{Lu}[\p{L}'’-]+/gu;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const speaker = st.names.get(nameKey(m[0]));
    if (speaker)
      out.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        speaker,
        source: 'pack',
      });
  }
  return out;
}

/** Remembers the capitalised words of `text[from, to)` as names of `speaker`. */
export function rememberNames(st: DetectState, from: number, to: number, speaker: Speaker): void {
  if (!st.cues.wordBoundaries || to <= from) return;
  const re = /\p{Lu}[\p{L}'’-]+/gu;
  const span = st.text.slice(from, to);
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const key = nameKey(m[0]);
    if (!nameStopwords(st.cues.nameStopwords ?? []).has(key) && key.length > 1)
      st.names.set(key, speaker);
  }
}

/** The title mention of a "Name, a title ...," apposition ending right before `pos`. */
export function appositionBefore(
  st: DetectState,
  s: Sentence,
  pos: number,
  mentions: readonly Mention[],
): Mention | undefined {
  const { text, cues } = st;
  if (!cues.wordBoundaries) return undefined;
  const windowStart = Math.max(s.start, pos - 2 * APPOSITION_WINDOW);
  const head = text.slice(windowStart, pos);
  if (!/,\s*$/u.test(head)) return undefined;
  const m = APPOSITION_BEFORE_VERB.exec(head);
  if (!m) return undefined;
  const from = windowStart + m.index + m[0].indexOf(',');
  return mentions.find((x) => x.start > from && x.end <= pos && x.source !== 'pronoun');
}

/**
 * Names given a title in apposition become speakers for the rest of the article: "Cho
 * Tae-yong, the agency's director," and "the defence minister, Rustem Umerov," let a later
 * "Cho said" or "Umerov told reporters" bind to the director or the minister.
 */
export function rememberAppositives(st: DetectState, i: number, s: Sentence): void {
  const { text, cues, all } = st;
  // Both shapes need a comma; most sentences have none worth scanning.
  if (!cues.wordBoundaries || !s.text.includes(',')) return;
  // The first title after a name is its head ("Lee, a researcher at a Seoul think tank").
  const named = new Set<number>();
  for (const m of inSpan(all.mentions, s)) {
    if (m.source === 'media') continue;
    let speaker: Speaker | undefined = m.speaker;
    if (m.source === 'pronoun') {
      const r = resolvePronoun(st, i);
      speaker = r && !r.excluded ? r.speaker : undefined;
    }
    if (!speaker) continue;
    // Only a short window before the title: the regex must not rescan the whole sentence.
    const windowStart = Math.max(s.start, m.start - APPOSITION_WINDOW);
    const head = text.slice(windowStart, m.start);
    const before = head.includes(',') ? NAME_BEFORE_TITLE.exec(head) : null;
    if (before?.[1]) {
      const from = windowStart + before.index + before[0].indexOf(before[1]);
      const span = { start: from, end: from + before[1].length };
      // "Selon Séoul, la Corée du Nord …": words holding an attribution cue are no name.
      const holdsCue = inSpan(all.leading, span).length > 0;
      if (!named.has(from) && !holdsCue) rememberNames(st, span.start, span.end, speaker);
      named.add(from);
    }
    const after = NAME_AFTER_TITLE.exec(
      text.slice(m.end, Math.min(s.end, m.end + APPOSITION_WINDOW)),
    );
    if (after?.[1]) {
      const from = m.end + after[0].indexOf(after[1]);
      rememberNames(st, from, from + after[1].length, speaker);
    }
  }
}
