/**
 * Speaker mentions in a text: the pack's named claimants (KCNA, the NIS, the Kremlin ...) and the
 * language's generic speaker nouns (officials, media, analysts, pronouns). Found once per text;
 * the detector then binds them to attribution verbs sentence by sentence.
 */
import { perObjectAndName } from '../memo';
import type { Claimant, Pack } from '../pack/schema';
import { compoundSpeakers, opensCompound } from './compounds';
import { cuesFor, type LanguageCues } from './languages/registry';
import type { PhraseMatch } from './phrases';

/** How a speaker's statements count: a claim kind, or an analyst's opinion. */
export type SpeakerKind = 'state-media' | 'official-estimate' | 'unnamed-source' | 'expert';

export interface Speaker {
  /** As written in the text ("South Korea's spy agency"). */
  name: string;
  /** The pack claimant id, when the speaker is one. */
  id?: string;
  kind: SpeakerKind;
  /** The pack's description of the claimant, for the card's cue list. */
  description?: string;
}

export interface Mention {
  start: number;
  end: number;
  speaker: Speaker;
  source: 'pack' | 'official' | 'media' | 'expert' | 'pronoun';
}

/**
 * The claimant's patterns for `lang` plus its English ones (names like "KCNA" cross languages).
 * Built once per pack and language, by `speakerListsFor`.
 */
function patternsFor(claimant: Claimant, lang: string): string[] {
  return [
    ...(claimant.patterns[lang] ?? []),
    ...(lang === 'en' ? [] : (claimant.patterns.en ?? [])),
  ];
}

/** Generic speakers from the language's cue lists, each with the kind it stands for. */
const GENERIC = [
  ['officials', 'official-estimate', 'official'],
  ['media', 'unnamed-source', 'media'],
  ['experts', 'expert', 'expert'],
  ['pronouns', 'official-estimate', 'pronoun'],
] as const;

/**
 * Every claimant's patterns, then the generic speaker lists: one array per pack and language,
 * kept, so that they are matched together.
 */
export const speakerListsFor = perObjectAndName((pack: Pack, lang): string[][] => {
  const cues = cuesFor(lang);
  return [
    ...pack.detection.claimants.map((claimant) => patternsFor(claimant, cues.lang)),
    ...GENERIC.map(([name]) => cues[name]),
  ];
});

function speakerKind(kind: string): SpeakerKind {
  return kind === 'state-media' ? 'state-media' : 'official-estimate';
}

/** Keeps the longest of overlapping mentions (pack claimants win ties). */
function resolveOverlaps(mentions: Mention[]): Mention[] {
  const rank = (m: Mention): number => (m.source === 'pack' ? 1 : 0);
  mentions.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || rank(b) - rank(a),
  );
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      const longer = m.end - m.start > prev.end - prev.start;
      const tiePack = m.end - m.start === prev.end - prev.start && rank(m) > rank(prev);
      if (longer || tiePack) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Every speaker mention in `text`, in order, without overlaps, from the matches of
 * `speakerListsFor(pack, cues.lang)` in it (the detector matches them with its cue lists). A
 * generic official noun right after a named party ("Russia's ambassador", "Seoul's defense
 * chief") becomes one mention of that party; after a subject adjective ("North Korean
 * officials") it is the subject's own.
 */
export function mentionsFrom(
  text: string,
  pack: Pack,
  cues: LanguageCues,
  found: readonly PhraseMatch[][],
): Mention[] {
  const claimants = pack.detection.claimants;
  const raw: Mention[] = [];
  for (let i = 0; i < claimants.length; i++) {
    const claimant = claimants[i] as Claimant;
    const speaker: Speaker = {
      name: claimant.name,
      id: claimant.id,
      kind: speakerKind(claimant.kind),
      description: claimant.description,
    };
    for (const m of found[i] ?? []) {
      raw.push({
        start: m.start,
        end: m.end,
        speaker: { ...speaker, name: m.text },
        source: 'pack',
      });
    }
  }
  // Generic speakers from the language's cue lists, each with the kind it stands for; in German
  // also the compounds they close ("Militärexperten", "Regierungssprecher").
  for (let g = 0; g < GENERIC.length; g++) {
    const [list, kind, source] = GENERIC[g] as (typeof GENERIC)[number];
    for (const m of found[claimants.length + g] ?? []) {
      if (cues.compoundHeads && opensCompound(m.text, cues[list])) continue;
      raw.push({ start: m.start, end: m.end, speaker: { name: m.text, kind }, source });
    }
    if (cues.compoundHeads && list !== 'pronouns')
      for (const m of compoundSpeakers(text, cues[list])) {
        raw.push({ start: m.start, end: m.end, speaker: { name: m.text, kind }, source });
      }
  }
  raw.push(...abbreviationMentions(text, pack, cues));
  const mentions = resolveOverlaps(raw);
  return withQualifiers(text, mergeAppositions(text, mergeTitles(text, mentions, cues)), cues);
}

/** One or two spaces on the same line: a name in apposition never reaches across a line break. */
const APPOSITION_GAP = /^[ \u00a0]{1,2}$/u;

/**
 * "die nordkoreanische Nachrichtenagentur KCNA", "the news agency KCNA", "l'agence KCNA": a
 * generic media or official noun, or a noun that otherwise points back ("l'agence"), right
 * before a named claimant is that claimant, in apposition.
 */
function mergeAppositions(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (
      m.source === 'pack' &&
      prev &&
      prev.source !== 'pack' &&
      prev.source !== 'expert' &&
      // A bare pronoun or connective ("il", "그러면서") is no noun in apposition.
      (prev.source !== 'pronoun' || /[\s'’]/u.test(prev.speaker.name)) &&
      APPOSITION_GAP.test(text.slice(prev.end, m.start))
    ) {
      out[out.length - 1] = {
        start: prev.start,
        end: m.end,
        speaker: { ...m.speaker, name: text.slice(prev.start, m.end) },
        source: 'pack',
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Parties written as a one-letter abbreviation standing alone ("북 "청년 80만 입대 탄원"", "北,
 * 미사일 발사"): a whole token only, never inside a word ("남북", "북부").
 */
function abbreviationMentions(text: string, pack: Pack, cues: LanguageCues): Mention[] {
  const out: Mention[] = [];
  for (const [abbreviation, id] of Object.entries(cues.partyAbbreviations ?? {})) {
    const claimant = pack.detection.claimants.find((c) => c.id === id);
    if (!claimant) continue;
    let at = text.indexOf(abbreviation);
    while (at >= 0) {
      const before = at === 0 ? ' ' : text.charAt(at - 1);
      const after = text.charAt(at + abbreviation.length) || ' ';
      if (/[\s"“'‘([]/u.test(before) && /[\s,，"“'‘…·:]/u.test(after))
        out.push({
          start: at,
          end: at + abbreviation.length,
          speaker: {
            name: abbreviation,
            id: claimant.id,
            kind: speakerKind(claimant.kind),
            description: claimant.description,
          },
          source: 'pack',
        });
      at = text.indexOf(abbreviation, at + abbreviation.length);
    }
  }
  return out;
}

const POSSESSIVE_GAP = /^(?:['’]s)?\s{0,2}$/u;

function mergeTitles(text: string, mentions: Mention[], cues: LanguageCues): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    // "le ministère des Affaires étrangères nord-coréen": a noun that otherwise points back,
    // given the subject's adjective, is the subject's own official.
    if (
      m.source === 'pronoun' &&
      /[\s'’]/u.test(m.speaker.name) &&
      hasSubjectAdjectiveAfter(text, m.end, cues)
    ) {
      out.push({ ...m, speaker: { ...m.speaker, kind: 'state-media' }, source: 'official' });
      continue;
    }
    // "Le ministère sud-coréen de la Défense": an official noun that otherwise points back, with
    // a qualifier of its own after it, is a full description of a new official, not an anaphor.
    const qualifiedTo = m.source === 'pronoun' ? officialQualifiedTo(text, m, cues) : undefined;
    if (qualifiedTo !== undefined) {
      const name = text.slice(m.start, qualifiedTo);
      out.push({ ...m, end: qualifiedTo, speaker: { ...m.speaker, name }, source: 'official' });
      continue;
    }
    if (m.source === 'official' || m.source === 'media' || m.source === 'expert') {
      if (
        prev &&
        prev.source === 'pack' &&
        m.source === 'expert' &&
        APPOSITION_GAP.test(text.slice(prev.end, m.start))
      ) {
        out[out.length - 1] = {
          start: prev.start,
          end: m.end,
          speaker: { ...m.speaker, name: text.slice(prev.start, m.end) },
          source: 'expert',
        };
        continue;
      }
      if (prev && prev.source === 'pack' && m.start - prev.end <= 4) {
        const gap = text.slice(prev.end, m.start);
        if (POSSESSIVE_GAP.test(gap)) {
          // "Russia's ambassador": the named party speaks through its official.
          if (
            m.source === 'official' ||
            (m.source === 'media' && prev.speaker.kind === 'state-media')
          ) {
            out[out.length - 1] = {
              start: prev.start,
              end: m.end,
              speaker: { ...prev.speaker, name: text.slice(prev.start, m.end) },
              source: 'pack',
            };
            continue;
          }
          // "Ukrainian media", "우크라이나 매체": another party's press is a media report, not
          // the party's own word (and "North Korea experts" are experts on it).
          if (m.source === 'media') {
            const name = text.slice(prev.start, m.end);
            out[out.length - 1] = {
              start: prev.start,
              end: m.end,
              speaker: { ...m.speaker, name },
              source: 'media',
            };
            continue;
          }
        }
      }
      // "North Korean officials", "die nordkoreanische Nachrichtenagentur": the subject's own.
      if (
        (m.source === 'official' || m.source === 'media') &&
        (hasSubjectAdjectiveBefore(text, m.start, cues) ||
          hasSubjectAdjectiveAfter(text, m.end, cues))
      ) {
        out.push({ ...m, speaker: { ...m.speaker, kind: 'state-media' } });
        continue;
      }
      // "officials said", "ont indiqué des responsables": officials of no party, unnamed. A
      // capitalised word before them names whose they are ("Japanese officials").
      if (
        m.source === 'official' &&
        (cues.anonymousOfficials ?? []).includes(m.speaker.name.toLowerCase()) &&
        !namedAround(text, m, cues)
      ) {
        out.push({ ...m, speaker: { ...m.speaker, kind: 'unnamed-source' } });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/**
 * Whether an official noun is somebody's: a capitalised word or a name in apposition right
 * before it ("Japanese officials", "Andriy Kovalenko, an official"), or a named body right after
 * it ("an official of the Defence Council", "un responsable du Conseil").
 */
function namedAround(text: string, m: Mention, cues: LanguageCues): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const capitalised = /(\p{Lu}[\p{L}'’-]*),?\s+(?:\p{Ll}{1,3}\s+)?$/u.exec(before)?.[1];
  // "정부 관계자", "군 관계자": where words are not capitalised, a bare official noun before it.
  const prev = /(\S+)\s+$/u.exec(before)?.[1];
  if (!cues.wordBoundaries && prev && (cues.bareOfficials ?? []).includes(prev)) return true;
  // "Ein Beamter", "A senior official": an article opening the sentence is no name.
  if (capitalised && !cues.determiners.includes(capitalised.toLowerCase())) return true;
  // "ein südkoreanischer Beamter": a nationality adjective, lower case, says whose.
  if (cues.capitalisesNouns && /\p{Ll}+isch(?:e|er|en|es)?\s+$/u.test(before)) return true;
  const after = text.slice(m.end, m.end + 40);
  // "des responsables américains": where adjectives follow, a nationality after it says whose.
  if (cues.adjectivesFollow && NATIONALITY.test(after)) return true;
  return /^\s+(?:\p{Ll}+['’]?\s*){1,2}\p{Lu}/u.test(after);
}

/** Words a French adjective may stand after its noun ("le ministère des Affaires étrangères
 * nord-coréen"). */
const ADJECTIVE_REACH_WORDS = 4;

/** A nationality adjective by its shape ("sud-coréen", "américaine", "japonais", "russes"). */
const NATIONALITY =
  /^\s+((?:(?:sud|nord)-)?\p{Ll}+(?:éen|ien|ain|ais|ois|and)(?:ne|e)?s?|russes?)(?![\p{L}-])/u;
/** An office or a body after "de": "de la Défense", "des Affaires", "du ministère". */
const COMPLEMENT = /^\s+(?:de la|de l['’]|des|du|d['’])\s*([\p{L}-]+)/u;
/** An adjective after a capitalised office ("Affaires étrangères", "Défense nationale"). */
const OFFICE_ADJECTIVE = /^\s+\p{Ll}+(?:ères|ère|ales|ale|iques|ique|aux)(?![\p{L}-])/u;
/** Qualifiers read after an official noun at most. */
const QUALIFIER_STEPS = 4;

/**
 * Where the qualifiers right after an official noun end, in a language whose adjectives follow
 * it: nationalities by their shape, offices and bodies after "de" ("le porte-parole du
 * ministère sud-coréen de la Défense nationale"). `end` itself when none follows.
 */
function qualifiedTo(text: string, end: number, cues: LanguageCues): number {
  let at = end;
  let capitalised = false;
  for (let step = 0; step < QUALIFIER_STEPS; step++) {
    const rest = text.slice(at, at + 50);
    const nationality = NATIONALITY.exec(rest);
    if (nationality) {
      at += nationality[0].length;
      capitalised = false;
      continue;
    }
    const complement = COMPLEMENT.exec(rest);
    const word = complement?.[1] ?? '';
    if (complement && (/^\p{Lu}/u.test(word) || cues.officials.includes(word.toLowerCase()))) {
      at += complement[0].length;
      capitalised = /^\p{Lu}/u.test(word);
      continue;
    }
    const adjective = capitalised ? OFFICE_ADJECTIVE.exec(rest) : null;
    if (adjective) {
      at += adjective[0].length;
      capitalised = false;
      continue;
    }
    break;
  }
  return at;
}

/**
 * How far a definite description in the pronoun list ("le ministère") that names an official
 * reaches with the qualifiers right after it; undefined when nothing qualifies it (an anaphor).
 */
function officialQualifiedTo(text: string, m: Mention, cues: LanguageCues): number | undefined {
  if (!cues.adjectivesFollow || !/[\s'’]/u.test(m.speaker.name)) return undefined;
  const head =
    m.speaker.name
      .toLowerCase()
      .split(/[\s'’]+/u)
      .pop() ?? '';
  if (!cues.officials.includes(head)) return undefined;
  const to = qualifiedTo(text, m.end, cues);
  return to > m.end ? to : undefined;
}

/**
 * "le porte-parole du ministère sud-coréen de la Défense": an official noun, where adjectives
 * follow it, reaches over its qualifiers, so that the capitalised office before the verb is read
 * as part of the speaker and not as a subject we do not know. Never into the next mention.
 */
function withQualifiers(text: string, mentions: Mention[], cues: LanguageCues): Mention[] {
  if (!cues.adjectivesFollow) return mentions;
  return mentions.map((m, k) => {
    if (m.source !== 'official') return m;
    const next = mentions[k + 1];
    const to = Math.min(qualifiedTo(text, m.end, cues), next ? next.start : text.length);
    const gap = text.slice(m.end, to);
    if (to <= m.end || /[,.;:!?]/u.test(gap)) return m;
    return { ...m, end: to, speaker: { ...m.speaker, name: text.slice(m.start, to) } };
  });
}

/**
 * "l'armée nord-coréenne", "le ministère des Affaires étrangères nord-coréen": in a language
 * whose adjectives follow the noun, the subject adjective within a few words after it, with no
 * punctuation between.
 */
function hasSubjectAdjectiveAfter(text: string, end: number, cues: LanguageCues): boolean {
  if (!cues.adjectivesFollow) return false;
  const after = text.slice(end, end + 60);
  const clause = after.split(/[,;:.!?()«»"“”]/u)[0] ?? '';
  const words = clause
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .slice(0, ADJECTIVE_REACH_WORDS);
  const joined = words.join(' ');
  return cues.subjectAdjectives.some(
    (adj) => words.includes(adj) || joined.includes(` ${adj}`) || joined.startsWith(adj),
  );
}

/** Lower-case nouns an official noun may compound with after the adjective ("defense ministry"). */
const NOUNS_BETWEEN = 2;

/** "North Korean officials", "a North Korean defense ministry spokesperson". */
function hasSubjectAdjectiveBefore(text: string, start: number, cues: LanguageCues): boolean {
  let before = text.slice(Math.max(0, start - 48), start).trimEnd();
  for (let k = 0; k <= NOUNS_BETWEEN; k++) {
    const lower = before.toLowerCase();
    if (cues.subjectAdjectives.some((adj) => lower.endsWith(adj))) return true;
    // Only in a language that writes common nouns in lower case, where they are told from names.
    const noun = cues.capitalisesNouns ? null : /\s(\p{Ll}+)$/u.exec(before);
    if (!noun) return false;
    before = before.slice(0, noun.index).trimEnd();
  }
  return false;
}
