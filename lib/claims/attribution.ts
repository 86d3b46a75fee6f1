/**
 * Who says so: the attribution grammar of a sentence. Verbs and leading phrases are bound to the
 * speaker their language's word order (or particles) gives them; a negated verb attributes
 * nothing; an apposition names the speaker; an analyst heads the place that qualifies them.
 */
import { perObject } from '../memo';
import type { Sentence, Span } from '../types';
import {
  isDateline,
  markedBy,
  QUOTE_OPENED,
  outside,
  quoted,
  resolvePronoun,
  opensClause,
  afterLocative,
  wordCount,
  type Analysis,
  type Candidate,
  type DetectState,
} from './detect-state';
import type { LanguageCues } from './languages/registry';
import type { Mention, Speaker } from './mentions';
import type { PhraseMatch } from './phrases';
import { appositionBefore, rememberedMentions, rememberNames } from './speaker-memory';
import { byStart, inSpan, overlapsAny } from './span-index';

/** A negator and how it is matched against the words before a verb. */
interface Negator {
  word: string;
  /** Several words: the last words before the verb must end with it ("has not"). */
  phrase: boolean;
  /** A contraction ("n't"): it may end a word ("hasn't"). */
  suffix: boolean;
}

/** The language's negators, read once: what each one is decides how it is matched. */
const negatorsOf = perObject((list: readonly string[]): Negator[] =>
  list.map((word) => ({ word, phrase: word.includes(' '), suffix: /^n['’]/u.test(word) })),
);

/** A negator right before the verb at `pos`, at most one word between ("has not confirmed"). */
/** Characters that end a clause, for the scan back to a verb's clause start. */
const CLAUSE_BREAKS = ',;:"“”«»';
/** The first word at a position (sticky), past spaces and an opening bracket. */
const FIRST_WORD = /[\s(]*(\p{L}+)/uy;

function negatedBefore(st: DetectState, s: Sentence, pos: number): boolean {
  const { text, cues } = st;
  // "Neither Moscow nor Pyongyang has confirmed", "Weder Moskau noch Pjöngjang haben …
  // bestätigt": a clause opened by a correlative negation negates its verb, however far.
  const correlatives = cues.correlativeNegators ?? [];
  if (correlatives.length) {
    let from = pos;
    while (from > s.start && !CLAUSE_BREAKS.includes(text.charAt(from - 1))) from--;
    FIRST_WORD.lastIndex = from;
    const first = FIRST_WORD.exec(text)?.[1]?.toLowerCase();
    if (first && correlatives.includes(first)) return true;
  }
  const negators = negatorsOf(cues.negators);
  if (negators.length === 0) return false;
  // Only the verb's own clause: "sie hätten nicht reagiert, sagte der Sprecher" is not negated.
  const words = text
    .slice(Math.max(s.start, pos - 24), pos)
    .replace(/^.*[,;:"“”«»]/su, '')
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .slice(-2);
  const last = words.join(' ');
  for (let k = 0; k < negators.length; k++) {
    const n = negators[k] as Negator;
    if (n.phrase) {
      if (last.endsWith(n.word)) return true;
      continue;
    }
    for (let j = 0; j < words.length; j++) {
      const w = words[j] as string;
      if (w === n.word || (n.suffix && w.endsWith(n.word))) return true;
    }
  }
  return false;
}

/**
 * "The USFK said", "the NDC (...) suggested", "ROK on Tuesday announced": an acronym of two to
 * eight capitals standing as the subject right before a verb at `pos` (a parenthesis and up to
 * three words of time between them). Only for languages that do not capitalise every noun.
 */
const ACRONYM_SUBJECT =
  /(?:^|[\s(])(\p{Lu}{2,8})\)?(?:\s*\([^)]{1,40}\))?(?:\s*[\p{L}\p{N}]+){0,3}\s*$/u;

function acronymSubjectBefore(
  text: string,
  s: Sentence,
  pos: number,
): { name: string; start: number } | undefined {
  // Only the verb's own clause: "In what was its first comment, the NDC suggested".
  const window = text.slice(Math.max(s.start, pos - 60), pos);
  const cut = Math.max(...[',', ';', ':', '"', '“', '”'].map((c) => window.lastIndexOf(c))) + 1;
  const from = Math.max(s.start, pos - 60) + cut;
  const head = text.slice(from, pos);
  const m = ACRONYM_SUBJECT.exec(head);
  if (!m?.[1]) return undefined;
  return { name: m[1], start: from + m.index + m[0].indexOf(m[1]) };
}

/** How far before an acronym's definition "(NDC)" its full name is read. */
const ACRONYM_DEFINITION_REACH = 80;

/**
 * The kind of an organisation we know only by its acronym: where the text defines it ("North
 * Korea's powerful National Defence Commission (NDC)"), a subject adjective or a state-media
 * name in its full name makes it the subject's own; otherwise an official of some government.
 */
function acronymKind(st: DetectState, name: string): 'state-media' | 'official-estimate' {
  const { text, cues, all } = st;
  const at = text.indexOf(`(${name})`);
  if (at < 0) return 'official-estimate';
  // The sentence defining it follows one where North Korea spoke: one of its bodies.
  // (The sentence being read is not among the analyses yet: then the one before is the last.)
  const defining = st.analyses.findIndex((x) => x.sentence.start <= at && at < x.sentence.end);
  const before = st.analyses[defining < 0 ? st.analyses.length - 1 : defining - 1];
  if (before?.boundSpeaker?.kind === 'state-media') return 'state-media';
  const from = Math.max(0, at - ACRONYM_DEFINITION_REACH);
  const fullName = text.slice(from, at).toLowerCase();
  const subjects = cues.subjectAdjectives.some((adj) => fullName.includes(adj));
  const stateMedia = all.mentions.some(
    (m) => m.start >= from && m.end <= at && m.speaker.kind === 'state-media',
  );
  return subjects || stateMedia ? 'state-media' : 'official-estimate';
}

/** Whether the word right before `pos` is an auxiliary of the passive ("was observed"). */
function passiveBefore(st: DetectState, s: Sentence, pos: number): boolean {
  const auxiliaries = st.cues.passiveAuxiliaries ?? [];
  if (auxiliaries.length === 0) return false;
  const word = /([\p{L}]+)\s+$/u.exec(st.text.slice(Math.max(s.start, pos - 16), pos))?.[1];
  return word !== undefined && auxiliaries.includes(word.toLowerCase());
}

/**
 * "Seoul's military, which monitors the North closely, said …": a party named inside a relative
 * clause set off by commas qualifies the subject before it; it is not the verb's subject.
 */
function inRelativeClause(st: DetectState, s: Sentence, m: Mention): boolean {
  const pronouns = st.cues.relativePronouns ?? [];
  if (pronouns.length === 0) return false;
  const before = st.text.slice(s.start, m.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const first = /^,\s*(\p{L}+)/u.exec(before.slice(comma))?.[1]?.toLowerCase();
  if (!first || !pronouns.includes(first)) return false;
  // The clause closes with a comma after the mention, before the sentence goes on.
  return /^[^,.;:!?]*,/u.test(st.text.slice(m.end, s.end));
}

/** Words from a passive verb to its agent marker ("confirmed on Monday by"). */
const AGENT_REACH = 3;

/** The agent named after a passive verb ending at `pos` ("was confirmed by the Pentagon"). */
function agentAfter(
  st: DetectState,
  s: Sentence,
  pos: number,
  speakers: readonly Mention[],
): Mention | undefined {
  const markers = st.cues.agentMarkers ?? [];
  if (markers.length === 0) return undefined;
  const after = st.text.slice(pos, Math.min(s.end, pos + 60)).toLowerCase();
  const words = after.split(/\s+/u).filter((w) => w !== '');
  const k = words.slice(0, AGENT_REACH + 1).findIndex((w) => markers.includes(w));
  if (k < 0) return undefined;
  const markerAt = pos + after.indexOf(` ${words[k] as string} `) + 1;
  const agent = speakers.find((m) => m.start > markerAt);
  return agent && wordCount(st.text.slice(markerAt, agent.start)) <= 3 ? agent : undefined;
}

/** Up to three lower-case words after a definite article, right before a verb. */
const DEFINITE_SUBJECT = /(?:^|[\s(])(\p{L}+)(?:\s+\p{Ll}[\p{L}'’-]*){1,3}\s*$/u;

/**
 * The words before a verb that no known speaker stands in, in a language that inverts only
 * after a break: 'definite' when they are a definite description ("The paper", "the white
 * paper also"), 'unknown' for any other words, undefined when there are none.
 */
function subjectBefore(
  st: DetectState,
  s: Sentence,
  pos: number,
): 'definite' | 'unknown' | undefined {
  const head = st.text.slice(s.start, pos);
  if (!/[\p{L}\p{N}]/u.test(head)) return undefined;
  const article = DEFINITE_SUBJECT.exec(head)?.[1]?.toLowerCase();
  return article && (st.cues.definiteArticles ?? []).includes(article) ? 'definite' : 'unknown';
}

/** "according to the white paper": a definite article and up to three lower-case words,
 * closing the clause, right after `pos`. */
function definiteAfter(st: DetectState, s: Sentence, pos: number): boolean {
  const articles = st.cues.definiteArticles ?? [];
  if (articles.length === 0) return false;
  const m = /^\s+(\p{L}+)((?:\s+\p{Ll}[\p{L}'’-]*){1,3})\s*(?:[,.;:]|$)/u.exec(
    st.text.slice(pos, s.end),
  );
  return m?.[1] !== undefined && articles.includes(m[1].toLowerCase());
}

/** Words a relative clause may take between a subject and its verb. */
const RELATIVE_WORDS = 14;

/** Whether a mention ending at `from` is too far from a verb at `to` to be its subject. */
function farFrom(text: string, from: number, to: number, cues: LanguageCues): boolean {
  const gap = text.slice(from, to);
  if (/[,;:]/u.test(gap)) return true;
  // "The head of the Centre for Countering Disinformation said": the name is the official's
  // complement, and the official the subject.
  const first = /^\s*([\p{L}'’]+)/u.exec(gap)?.[1]?.toLowerCase();
  if (first && (cues.nounComplements ?? []).includes(first)) return wordCount(gap) > 8;
  // "The UN Command that monitors the ceasefire concluded": a restrictive relative clause
  // qualifies the subject, which still speaks.
  if (first && (cues.relativePronouns ?? []).includes(first))
    return wordCount(gap) > RELATIVE_WORDS;
  return wordCount(gap) > 3;
}

/** "An analyst in Seoul said": the expert is the speaker; the place only qualifies them. */
function expertHead(text: string, mention: Mention, speakers: readonly Mention[]): Mention {
  if (mention.source === 'expert') return mention;
  const expert = speakers.filter((m) => m.source === 'expert' && m.end <= mention.start).pop();
  if (!expert) return mention;
  const gap = text.slice(expert.end, mention.start);
  return gap.length <= 40 && !/[,.;:]/.test(gap) && wordCount(gap) <= 4 ? expert : mention;
}

/** Words from a leading cue to a source document's author ("the latest update from the"). */
const DOCUMENT_WORDS = 7;

/** How many words may open a sentence before its subject ("On Sunday, North Korea …"). */
const SUBJECT_REACH = 5;

/** Any quotation mark. */
const QUOTE_MARK = /["“”„«»]/u;

/** Words a verb-final sentence may still have after its report verb ("했다고 한다."). */
const CLOSING_WORDS = 2;

/** Whether `v` is the sentence's closing verb: no more than an ending's words after it. */
function closesSentence(text: string, s: Sentence, v: Span): boolean {
  return wordCount(text.slice(v.end, s.end)) <= CLOSING_WORDS;
}

/**
 * Headlines attribute without a verb: "Nine troops died in Kursk: Kim Jong Un", "Seoul: North
 * Korean troops suffer losses", "北 "청년 80만명 입대 탄원"". A party standing alone after the
 * last colon, or, in a line without a closing full stop, before the first colon or right
 * before a quotation, is the speaker of the rest.
 */
function headlineAttribution(
  text: string,
  s: Sentence,
  mentions: readonly Mention[],
  headlineVerbs: readonly string[],
): Candidate | undefined {
  const body = s.text.replace(/[\s.。]+$/u, '');
  const named = mentions.filter((m) => m.source !== 'pronoun' && m.source !== 'expert');
  if (named.length === 0) return undefined;
  const at = (m: Mention): { from: number; to: number } => ({
    from: m.start - s.start,
    to: m.end - s.start,
  });
  const candidate = (m: Mention, form: string): Candidate => ({
    pos: m.start,
    type: 'named',
    speaker: m.speaker,
    mention: m,
    cue: `headline attribution: ${form}`,
  });
  const lastColon = body.lastIndexOf(':');
  if (lastColon > 0) {
    const tail = named.find((m) => at(m).from > lastColon);
    if (tail && body.slice(lastColon + 1).trim() === body.slice(at(tail).from, at(tail).to))
      return candidate(tail, '"...: speaker"');
  }
  const isHeadline =
    !/[.!?。]["”’»)]*\s*$/u.test(s.text) && !text.slice(s.end, s.end + 1).match(/[^\S\n]/u);
  if (!isHeadline) return undefined;
  // "北 김여정 "…"", "美 국무부: …": a party's one-letter mark before its official's name
  // is one speaker; the last name of the run speaks.
  let first = named[0] as Mention;
  const lead = first;
  for (const m of named.slice(1)) {
    if (!/^[ \u00a0]{0,2}$/u.test(text.slice(first.end, m.start))) break;
    first = m;
  }
  const after = body.slice(at(first).to);
  const before = body.slice(0, at(lead).from).trim();
  if (before === '' && /^\s*:/u.test(after)) return candidate(first, '"speaker: ..."');
  if (before === '' && /^\s*["“„«]/u.test(after)) return candidate(first, 'speaker "..."');
  // '"북한군 1만여명 러시아 파병"…국정원': a quotation, then the speaker closing the line.
  const closing = named[named.length - 1] as Mention;
  if (
    body.slice(at(closing).to).trim() === '' &&
    /["”»]\s*[…·,]?\s*$/u.test(body.slice(0, at(closing).from))
  )
    return candidate(closing, '"..." speaker');
  // "北, 군사정찰위성 발사 실패 발표": the party before the comma, a reporting noun closing the line.
  const lastWord = /(\S+)$/u.exec(after)?.[1];
  if (before === '' && /^\s*,/u.test(after) && lastWord && headlineVerbs.includes(lastWord))
    return candidate(first, 'speaker, ... reporting noun');
  return undefined;
}

/**
 * In languages that mark the subject and the topic with particles (Korean), the speaker of a
 * reported statement is not simply the first or the nearest name: "북한이 … 발사했다고 합참이
 * 밝혔다" is the JCS's statement about North Korea. The name marked as subject right before the
 * closing reporting verb speaks; failing that, the name marked as the sentence's topic
 * ("국정원은 …"); failing both, the candidate found by word order.
 */
function particleSpeaker(
  st: DetectState,
  i: number,
  s: Sentence,
  main: Candidate | undefined,
  mentions: readonly Mention[],
  verbs: readonly PhraseMatch[],
): Candidate | undefined {
  const { text, cues } = st;
  const subjectParticles = cues.subjectParticles ?? [];
  const topicParticles = cues.topicParticles ?? [];
  if (!main || main.type !== 'named' || subjectParticles.length === 0) return main;
  const last = verbs[verbs.length - 1];
  if (!last) return main;
  const marked = (m: Mention, particles: readonly string[]): boolean => markedBy(st, m, particles);
  const speakerOf = (m: Mention): Speaker | undefined => {
    if (m.source !== 'pronoun') return m.speaker;
    const r = resolvePronoun(st, i);
    return r && !r.excluded ? r.speaker : undefined;
  };
  const before = mentions.filter((m) => m.end <= last.start);
  // "…북상했다고 군은 설명했다": a one-word official noun, marked, right before the verb.
  const bare = bareOfficialBefore(st, s, last.start);
  if (bare) return { ...bare, cue: `attribution: ${quoted(last)}; speaker marked by its particle` };
  const subject = [...before]
    .reverse()
    .find((m) => marked(m, subjectParticles) && wordCount(text.slice(m.end, last.start)) <= 2);
  // "일본 언론들은": of a name and the noun it qualifies, both marked, the noun speaks.
  const topicAt = before.findIndex((m) => marked(m, topicParticles));
  const head = before[topicAt + 1];
  const topic =
    head &&
    /^ ?$/u.test(text.slice(before[topicAt]?.end ?? 0, head.start)) &&
    marked(head, topicParticles)
      ? head
      : before[topicAt];
  const chosen = subject ?? topic;
  const speaker = chosen && speakerOf(chosen);
  if (!chosen || !speaker || speaker === main.speaker) return main;
  return {
    pos: Math.min(chosen.start, s.end),
    type: 'named',
    speaker,
    mention: chosen,
    verb: last,
    cue: `attribution: ${quoted(last)}; speaker marked by its particle`,
  };
}

/**
 * A one-word official noun ("군은", "당국이") marked as subject or topic right before the verb at
 * `pos`, in a language whose official nouns are otherwise matched inside longer words.
 */
function bareOfficialBefore(st: DetectState, s: Sentence, pos: number): Candidate | undefined {
  const { text, cues } = st;
  const words = cues.bareOfficials ?? [];
  if (words.length === 0) return undefined;
  const from = Math.max(s.start, pos - 24);
  const m = /(?:^|\s)(\S+)\s+$/u.exec(text.slice(from, pos));
  const token = m?.[1];
  if (!token) return undefined;
  const particles = [...(cues.subjectParticles ?? []), ...(cues.topicParticles ?? [])];
  const stem = particles
    .map((p) => (token.endsWith(p) ? token.slice(0, -p.length) : ''))
    .find((x) => words.includes(x));
  if (!stem) return undefined;
  const start = from + m.index + m[0].indexOf(token);
  return { pos: start, type: 'named', speaker: { name: stem, kind: 'official-estimate' }, cue: '' };
}

/** Words that take a topic particle without being a speaker ("이날은", "현재는"). */
const NON_SPEAKER_TOPICS = new Set([
  '이날',
  '오늘',
  '이번',
  '이번에',
  '현재',
  '당시',
  '앞서',
  '그',
  '이',
  '우리',
  '또',
  '이후',
  '최근',
  '올해',
  '지난해',
  '이에',
]);

/**
 * The end of the sentence's opening word when it is marked as the topic ("TV조선은") and is no
 * speaker we know: in a language with topic particles, the topic that opens a reported sentence
 * is its speaker. Undefined when the sentence opens otherwise.
 */
function unknownTopic(
  st: DetectState,
  s: Sentence,
  mentions: readonly Mention[],
): number | undefined {
  const particles = st.cues.topicParticles ?? [];
  if (particles.length === 0) return undefined;
  const m =
    /^(?:\[[^\]]*\]\s*)?(?:(?:또|또한|한편|이어|앞서|특히|다만|이와 관련해)\s+)?(\S+)/u.exec(
      s.text,
    );
  const word = m?.[1];
  if (!m || !word) return undefined;
  const particle = particles.find((p) => word.endsWith(p));
  if (!particle) return undefined;
  const stem = word.slice(0, -particle.length).replace(/\([^)]*\)$/u, '');
  if (stem.length < 2 || NON_SPEAKER_TOPICS.has(stem)) return undefined;
  const start = s.start + m.index + m[0].length - word.length;
  // A quotation going on from the sentence before ("… 우리는 … 보냈다"고 설명했다): its words are
  // the quoted speaker's, not the topic of the sentence.
  if (!outside(st, { start })) return undefined;
  const end = start + word.length;
  if (mentions.some((x) => x.start < end && x.end > start)) return undefined;
  return end;
}

/** A quotative ending, or a closing quotation mark with one ("…다고", "…"라고"). */
const QUOTATIVE_END = /(?:고|["”’]\s*(?:라|이라)?고)$/u;

/**
 * Whether the subject of the closing report verb, in a language that marks it with a particle,
 * is a word we do not know standing between the quotative and the verb ("…다고 NK뉴스가
 * 보도했다").
 */
function unknownSubjectBeforeVerb(
  st: DetectState,
  s: Sentence,
  verbs: readonly PhraseMatch[],
  mentions: readonly Mention[],
): boolean {
  const particles = st.cues.subjectParticles ?? [];
  const last = verbs[verbs.length - 1];
  if (particles.length === 0 || !last) return false;
  const m = /(\S+)\s+(\S+)\s*$/u.exec(st.text.slice(s.start, last.start));
  const [, quotative, word] = m ?? [];
  if (!m || !quotative || !word || !QUOTATIVE_END.test(quotative)) return false;
  const particle = particles.find((p) => word.endsWith(p));
  if (!particle || word.length - particle.length < 2) return false;
  const start = s.start + m.index + m[0].indexOf(word, quotative.length);
  const end = start + word.length;
  return !mentions.some((x) => x.start < end && x.end > start);
}

/**
 * The party who opens a quotation that goes on into sentence `s`: named before its opening mark
 * in the sentence where it opens, the first there in a language whose speaker comes first
 * ("국방부 대변인은 "…"), else the nearest.
 */
function quotationOpener(st: DetectState, s: Sentence): Mention | undefined {
  const q = st.quotes.find((x) => x.start < s.start && x.end > s.start);
  if (!q) return undefined;
  const opening = st.analyses.find((a) => a.sentence.start <= q.start && a.sentence.end > q.start);
  if (!opening) return undefined;
  const before = st.all.mentions.filter(
    (m) =>
      m.start >= opening.sentence.start &&
      m.end <= q.start &&
      m.source !== 'pronoun' &&
      outside(st, m) &&
      !afterLocative(st, opening.sentence, m),
  );
  return st.cues.speakerOrder === 'first' ? before[0] : before[before.length - 1];
}

/**
 * The attribution evidence of a sentence and its main clause's: every verb bound to a speaker
 * ("KCNA said", ", said Lee", "erklärte der Geheimdienst", "avait-il ajouté"), every leading
 * phrase ("according to the NIS", "den Staatsmedien zufolge"), unnamed sources, accusations,
 * and, in headlines, the colon and the quotation. Outside quotations first; a quotation relayed
 * by an outlet lends its own attribution. The earliest piece of evidence is the main clause's,
 * unless the particles of the language name another speaker.
 */
/**
 * The first mention of `pool` before `pos` that `accepts`, and that is no place or dateline,
 * when it stands within the sentence's first few words: the party the sentence opens with.
 */
function openingMention(
  st: DetectState,
  s: Sentence,
  pool: readonly Mention[],
  pos: number,
  accepts: (m: Mention) => boolean,
): Mention | undefined {
  const m = pool.find(
    (x) => x.end <= pos && accepts(x) && !afterLocative(st, s, x) && !isDateline(st.text, s, x),
  );
  return m && wordCount(st.text.slice(s.start, m.start)) <= SUBJECT_REACH ? m : undefined;
}

export function mainAttribution(
  st: DetectState,
  i: number,
  s: Sentence,
  a: Analysis,
  mentions: readonly Mention[],
): { main: Candidate | undefined; pronounExcluded: boolean } {
  const { text, cues, all } = st;
  const toSpeaker = (
    m: Mention,
    verbStart: number,
  ): Candidate['speaker'] | 'excluded' | undefined => {
    if (m.source !== 'pronoun') return m.speaker;
    // Pronouns stand close to their verb ("he said", "It also said", "He is alleged to have
    // stated"); in verb-final languages the topic ("신문은") opens the sentence, far from it.
    if (cues.speakerOrder !== 'first' && wordCount(text.slice(m.end, verbStart)) > 4)
      return undefined;
    const r = resolvePronoun(st, i);
    if (r) return r.excluded ? 'excluded' : r.speaker;
    // "The JCS detected the launch at 7:10, it said": with nobody bound before, a pronoun
    // after a comma stands for the party the sentence opens with.
    if (!/,\s*$/u.test(text.slice(s.start, m.start))) return undefined;
    return openingMention(
      st,
      s,
      allMentions,
      m.start,
      (x) => x.source === 'pack' || x.source === 'official',
    )?.speaker;
  };
  const figureVerbs = cues.figureVerbs ?? [];
  const unnamedHere = inSpan(all.unnamed, s);
  const verbsHere = inSpan(all.verbs, s);
  const leadingHere = inSpan(all.leading, s);
  const accusationsHere = inSpan(all.accusation, s);
  const allMentions = inSpan(all.mentions, s);
  /** "the claim", "Pyongyang's claim": a noun, not an attribution verb. */
  const isNoun = (m: PhraseMatch): boolean => {
    const before = /([\p{L}'’]+)(\s+)$/u.exec(text.slice(Math.max(s.start, m.start - 30), m.start));
    const w = (before?.[1] ?? '').toLowerCase();
    if (!cues.determiners.includes(w) && !/['’]s$/u.test(w)) return false;
    // "Pyongyang's claim that …": a possessor before a noun with its clause is the speaker.
    if (/['’]s$/u.test(w) && / that$/iu.test(m.text)) return false;
    // "Kim Jong Un prétend": a name ending in a determiner's spelling is the verb's subject.
    const nameEnd = m.start - (before?.[2]?.length ?? 0);
    return !allMentions.some((n) => n.end === nameEnd);
  };
  /** A capitalised word right before the verb that we do not know: an unknown subject ("Sungwoo says"). */
  const unknownSubjectBefore = (pos: number): boolean => {
    if (!cues.wordBoundaries || cues.capitalisesNouns) return false;
    const prevWord = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(
      text.slice(Math.max(s.start, pos - 30), pos),
    )?.[1];
    if (!prevWord) return false;
    return !mentions.some((m) => m.end >= pos - prevWord.length - 1 && m.end <= pos);
  };

  const locative = (m: Mention): boolean => afterLocative(st, s, m);

  const collect = (insideToo: boolean): Candidate[] => {
    const found: Candidate[] = [];
    const ok = (m: { start: number }): boolean => insideToo || outside(st, m);
    const speakers = insideToo ? byStart([...allMentions, ...rememberedMentions(st, s)]) : mentions;
    /** The cue's speaker is the one bound last, a few sentences back (as a pronoun's). */
    const refersBack = (cue: PhraseMatch, why: string): void => {
      const r = resolvePronoun(st, i);
      if (r && !r.excluded)
        found.push({
          pos: cue.start,
          type: 'named',
          speaker: r.speaker,
          verb: cue,
          cue: `attribution: ${quoted(cue)}; ${why}`,
        });
    };
    // The sentence's subject: a speaker named within its first few words.
    const sentenceSubject = (pos: number): Mention | undefined =>
      openingMention(
        st,
        s,
        speakers,
        pos,
        (x) =>
          outside(st, x) &&
          // "Pyongyang's airspace": a possessive qualifies a noun; it is not the subject.
          !/^['’]s?\b/u.test(text.slice(x.end, x.end + 2)),
      );
    // Places and datelines are never speakers: filtered once per sentence, not per verb.
    let eligible: Mention[] | undefined;
    const nearestBefore = (pos: number): Mention | undefined => {
      eligible ??= speakers.filter(
        (m) => !locative(m) && !isDateline(text, s, m) && !inRelativeClause(st, s, m),
      );
      if (cues.speakerOrder === 'first') return eligible.find((m) => m.end <= pos);
      return eligible.findLast((m) => m.end <= pos);
    };
    // The first speaker after `pos`, with no clause break before it, and the words between.
    const nextSpeaker = (pos: number): { m: Mention; gap: string } | undefined => {
      const m = speakers.find((x) => x.start >= pos);
      if (!m) return undefined;
      const gap = text.slice(pos, m.start);
      return /[,.;:]/.test(gap) ? undefined : { m, gap };
    };
    const firstAfter = (pos: number): Mention | undefined => {
      const next = nextSpeaker(pos);
      // "said on Monday that the North …": after "that" comes the content, not the speaker.
      return next && wordCount(next.gap) <= 4 && !opensClause(next.gap, cues) ? next.m : undefined;
    };
    // "according to the latest update from the NIS": a source document, then its author.
    const documentAuthor = (pos: number): Mention | undefined => {
      const next = nextSpeaker(pos);
      if (!next) return undefined;
      const words = next.gap.trim().toLowerCase().split(/\s+/u);
      // "from the National Intelligence Service": the article before the name is the name's.
      if ((cues.definiteArticles ?? []).includes(words[words.length - 1] ?? '')) words.pop();
      const linker = words[words.length - 1] ?? '';
      return words.length <= DOCUMENT_WORDS && (cues.sourceLinkers ?? []).includes(linker)
        ? next.m
        : undefined;
    };
    // "a déclaré à la presse le député X": the name a listener marker introduces is who heard
    // the verb (or where); the inverted speaker, if any, follows it.
    const listeners = cues.listenerMarkers ?? [];
    const participles = cues.participles ?? [];
    const subjectAfter = (pos: number): Mention | undefined => {
      const m = firstAfter(pos);
      if (!m || listeners.length === 0) return m;
      const first = /^[\s]*([\p{L}’']+)/u.exec(text.slice(pos, m.start))?.[1]?.toLowerCase();
      return first && listeners.includes(first) ? firstAfter(m.end) : m;
    };
    for (const v of verbsHere) {
      // A split verb ("teilte der Geheimdienst mit") holds its speaker: only its ends count.
      const head = { start: v.start, end: v.start + (/^\S+/u.exec(v.text)?.[0].length ?? 0) };
      const tail = { start: v.end - (/\S+$/u.exec(v.text)?.[0].length ?? 0), end: v.end };
      // A mention inside the verb's span is its speaker ("teilte der Geheimdienst mit",
      // "avait-il ajouté"); one that only overlaps an end makes the verb part of a name.
      const within = (m: Mention): boolean => m.start >= v.start && m.end <= v.end;
      const straddles = (m: Mention): boolean =>
        !within(m) && (overlapsAny(m, [head]) || overlapsAny(m, [tail]));
      if (!ok(v) || allMentions.some(straddles) || overlapsAny(v, unnamedHere) || isNoun(v))
        continue;
      // "sprach von einem Erfolg": a verb that names its subject matter attributes a figure
      // ("sprechen von 10.000 Soldaten"), not a word of praise.
      if (figureVerbs.includes(v.text.toLowerCase()) && a.figures.length === 0) continue;
      // "has not confirmed", "never said": a negated verb attributes nothing; "was observed":
      // a passive one has no speaker before it (its agent, if any, follows "by").
      if (negatedBefore(st, s, v.start)) continue;
      if (passiveBefore(st, s, v.start)) {
        // "The figure was confirmed by the Pentagon": the agent after "by" is the speaker.
        const agent = agentAfter(st, s, v.end, speakers);
        if (agent && agent.source !== 'pronoun') {
          a.attributed = true;
          found.push({
            pos: v.start,
            type: 'named',
            speaker: agent.speaker,
            mention: agent,
            verb: v,
            cue: `attribution: ${quoted(v)}; agent: ${agent.speaker.name}`,
          });
        }
        continue;
      }
      // "teilte das Militär nicht mit": a negation inside a split verb negates it too.
      if (
        v.text
          .split(/\s+/u)
          .slice(1, -1)
          .some((w) => cues.negators.includes(w.toLowerCase()))
      )
        continue;
      a.attributed = true;
      // "..., sources say": an unnamed source right before the verb is its subject.
      if (unnamedHere.some((u) => u.end <= v.start && wordCount(text.slice(u.end, v.start)) <= 1))
        continue;
      const inside = speakers.find((m) => m.start > v.start && m.end <= v.end);
      // "The USFK said", "The Republic of Korea (ROK) on Tuesday announced": an organisation we
      // do not know, by its acronym right before the verb, is an official speaker.
      const acronym = inside ? undefined : acronymSubjectBefore(text, s, v.start);
      const known = (x: { start: number }): boolean =>
        speakers.some((m) => m.start <= x.start && x.start < m.end);
      if (acronym && !known(acronym)) {
        found.push({
          pos: acronym.start,
          type: 'named',
          speaker: { name: acronym.name, kind: acronymKind(st, acronym.name) },
          cue: `attribution: ${quoted(v)}; organisation: ${acronym.name}`,
        });
        continue;
      }
      // "North Korea issued a statement, saying …", "Kim said …, adding …": a participle
      // reports for the sentence's subject, never for a name inside the clause before it or
      // the reported clause after it; "quoted Shoigu as saying" for the name it follows.
      const participle =
        !inside &&
        participles.includes(v.text.toLowerCase()) &&
        !/\bas\s+$/iu.test(text.slice(s.start, v.start));
      // The main clause's speaker, when a verb before the participle named one.
      const mainSpeaker = participle
        ? found.find((c) => c.type === 'named' && c.mention && c.pos < v.start)?.mention
        : undefined;
      const subject = participle ? (mainSpeaker ?? sentenceSubject(v.start)) : undefined;
      const before = inside ?? subject ?? nearestBefore(v.start);
      // "..., Suspilne reported": a name we do not know is the subject, not a party far back.
      if (
        !inside &&
        !subject &&
        before &&
        unknownSubjectBefore(v.start) &&
        farFrom(text, before.end, v.start, cues)
      )
        continue;
      const precededByBreak = /[,"”’»]\s*$/u.test(text.slice(s.start, v.start));
      let mention = before;
      // "Lee, a member of the intelligence committee, told": the comma closes an apposition
      // and the title is the speaker; "told" and the like name their listener after them.
      const apposition = appositionBefore(st, s, v.start, mentions);
      if (apposition) mention = apposition;
      if (!inside && !before && !apposition && !precededByBreak && cues.inversionNeedsBreak) {
        const subject = subjectBefore(st, s, v.start);
        if (subject === 'definite') {
          // "The paper said …": a definite description of a source named before.
          refersBack(v, 'its subject refers back');
        }
        if (subject) continue;
      }
      const inverts =
        !apposition && !participle && !cues.addressed.some((w) => v.text.toLowerCase() === w);
      if (inverts && !inside && ((!before && !unknownSubjectBefore(v.start)) || precededByBreak)) {
        // Inverted order (`," said KCNA`, "erklärte der Geheimdienst"); a pronoun after a
        // comma ("..., claiming it was") is the reported content, not the speaker.
        const after = subjectAfter(v.end);
        if (after && (after.source !== 'pronoun' || !before)) mention = after;
      }
      if (!mention) {
        // "이들 중 일부는 무장 상태였다고 한다": Korean leaves out a subject the reader knows;
        // a report verb closing a sentence that names nobody speaks for the speaker bound last.
        // A quotation's closing verb is the quotation's business (`quotationOpener`).
        if (
          cues.speakerOrder === 'first' &&
          speakers.length === 0 &&
          !QUOTE_MARK.test(s.text) &&
          closesSentence(text, s, v)
        )
          refersBack(v, 'its subject is left out');
        continue;
      }
      mention = expertHead(text, mention, speakers);
      const speaker = toSpeaker(mention, v.start);
      if (speaker === 'excluded') {
        pronounExcluded = true;
        continue;
      }
      if (!speaker) {
        // An impersonal verb ("hieß es", "it is said") with nobody to stand for: a report
        // without a source.
        if (inside?.source === 'pronoun')
          found.push({
            pos: v.start,
            type: 'unnamed',
            impersonal: true,
            cue: `impersonal attribution: ${quoted(v)}`,
          });
        continue;
      }
      found.push({
        // A participle never opens the main clause: its candidate stands where it does.
        pos: participle ? v.start : Math.min(mention.start, v.start),
        type: 'named',
        speaker,
        mention,
        verb: v,
        cue: `attribution: ${quoted(v)}`,
      });
      if (mention.source === 'official' || mention.source === 'pack') {
        rememberNames(st, mention.end, v.start, speaker);
        // Inverted ("…“, sagte Pentagon-Sprecherin Sabrina Singh."): the name stands after the
        // title, up to the clause's end, and is the same speaker when "so Singh" speaks on.
        if (mention.start >= v.end) {
          const clauseEnd = /[,.;:!?]/u.exec(text.slice(mention.end, s.end));
          rememberNames(
            st,
            mention.end,
            clauseEnd ? mention.end + clauseEnd.index : s.end,
            speaker,
          );
        }
      }
    }
    for (const l of leadingHere) {
      if (!ok(l)) continue;
      a.attributed = true;
      // "Trainiert wurden sie demnach …": the source of the report before speaks on.
      if ((cues.attribution.anaphoric ?? []).includes(l.text.toLowerCase())) {
        refersBack(l, 'its source refers back');
        continue;
      }
      // A postposition ("den Staatsmedien zufolge") follows its speaker; a preposition
      // ("according to KCNA") precedes it; "nach eigenen Angaben" refers to the subject before.
      const postposed = (cues.attribution.postposed ?? []).includes(l.text.toLowerCase());
      const reflexive = (cues.attribution.reflexive ?? []).some((r) =>
        l.text.toLowerCase().includes(r),
      );
      // "nach UN-Angaben": the cue names its source itself.
      const inCue = speakers.filter((m) => m.start >= l.start && m.end <= l.end);
      // A pronoun inside it is the source ("seinen Angaben nach"), unless a name follows, whose
      // cue holds an impersonal one ("wie es aus Kiew hieß").
      const pronoun = inCue.find((m) => m.source === 'pronoun');
      const named =
        inCue.find((m) => m.source !== 'pronoun') ??
        (pronoun && !firstAfter(l.end) ? pronoun : undefined);
      const mention =
        named ??
        (cues.speakerOrder === 'first' || postposed
          ? nearestBefore(l.start)
          : (firstAfter(l.end) ??
            documentAuthor(l.end) ??
            (reflexive ? nearestBefore(l.start) : undefined)));
      if (!mention) {
        // "군에 따르면": a one-word official noun glued to the cue is its source.
        const glued = /(\S+)$/u.exec(text.slice(Math.max(s.start, l.start - 12), l.start))?.[1];
        if (glued && (cues.bareOfficials ?? []).includes(glued)) {
          found.push({
            pos: l.start - glued.length,
            type: 'named',
            speaker: { name: glued, kind: 'official-estimate' },
            verb: l,
            cue: `attribution: ${quoted(l)}; official: ${glued}`,
          });
          continue;
        }
        // "according to the white paper": a definite description of a source named before.
        if (definiteAfter(st, s, l.end)) refersBack(l, 'its source refers back');
        continue;
      }
      // "according to the report": the pronoun stands for the speaker of the claims before.
      let speaker = mention.speaker;
      if (mention.source === 'pronoun') {
        const r = resolvePronoun(st, i);
        if (!r || r.excluded) continue;
        speaker = r.speaker;
      }
      found.push({
        pos: l.start,
        type: 'named',
        speaker,
        mention,
        verb: l,
        cue: `attribution: ${quoted(l)}`,
      });
    }
    for (const u of unnamedHere) {
      if (!ok(u)) continue;
      a.attributed = true;
      found.push({ pos: u.start, type: 'unnamed', cue: `unnamed source: ${quoted(u)}` });
      // "intelligence sources", "a government source in Seoul": the party only qualifies the source.
      for (let k = found.length - 1; k >= 0; k--) {
        const c = found[k];
        if (!c?.mention) continue;
        const gap = c.mention.end <= u.start ? text.slice(c.mention.end, u.start) : null;
        const after = c.mention.start >= u.end ? text.slice(u.end, c.mention.start) : null;
        // "sources militaires", "a government source in Seoul": a qualifier right after.
        const inside =
          (after !== null && after.length <= 8 && !/[,.;:]/.test(after) && wordCount(after) <= 1) ||
          // "Militärkreise": a party noun inside the unnamed source's own word.
          (c.mention.start >= u.start && c.mention.end <= u.end);
        if (
          (gap !== null && gap.length <= 16 && !/[,.;:]/.test(gap) && wordCount(gap) <= 2) ||
          inside
        )
          found.splice(k, 1);
      }
    }
    for (const c of accusationsHere) {
      if (!ok(c)) continue;
      a.attributed = true;
      const mention = nearestBefore(c.start);
      const speaker = mention && mention.source !== 'pronoun' ? mention.speaker : undefined;
      found.push({
        pos: mention && speaker ? mention.start : c.start,
        type: 'accusation',
        ...(speaker ? { speaker } : {}),
        cue: `accusation: ${quoted(c)}`,
      });
    }
    return found;
  };

  let pronounExcluded = false;
  // Most sentences hold no attribution cue at all: neither pass can find a candidate.
  const anyCue =
    verbsHere.length > 0 ||
    leadingHere.length > 0 ||
    unnamedHere.length > 0 ||
    accusationsHere.length > 0;
  let candidates = anyCue ? collect(false) : [];
  // A quotation opened in an earlier sentence and closed in this one ("… 우리는 … 보냈다"고
  // 설명했다): its speaker is who opened it, whatever it names inside.
  if (anyCue && candidates.length === 0) {
    const opener = quotationOpener(st, s);
    const verb = verbsHere.find((v) => outside(st, v));
    if (opener && verb && opener.speaker.kind !== 'expert')
      candidates = [
        {
          pos: verb.start,
          type: 'named',
          speaker: opener.speaker,
          mention: opener,
          verb,
          cue: `attribution: ${quoted(verb)}; ${QUOTE_OPENED}`,
        },
      ];
  }
  // Nothing outside quotations but a relaying outlet ("..." Reuters reported): the quotation's
  // own attribution is the claim's ("state media reported on 800,000 ...").
  if (
    anyCue &&
    candidates.every(
      (c) =>
        c.type === 'named' && c.speaker?.kind === 'unnamed-source' && c.mention?.source === 'media',
    )
  ) {
    const inner = collect(true).filter((c) => !(c.mention?.source === 'media'));
    if (inner.length) candidates = inner;
  }
  if (candidates.length === 0) {
    const headline = headlineAttribution(text, s, mentions, st.cues.headlineVerbs ?? []);
    if (headline) {
      candidates = [headline];
      a.attributed = true;
    }
  }
  candidates.sort((x, y) => x.pos - y.pos);
  // "Yonhap reported, citing the JCS, that …": an outlet citing a named party relays that
  // party's claim, which is the claim's kind.
  const first = candidates[0];
  if (first?.mention?.source === 'media') {
    const cited = candidates.find(
      (c) =>
        c.type === 'named' &&
        c.mention?.source !== 'media' &&
        c.speaker?.kind !== 'expert' &&
        c.verb !== undefined &&
        (cues.citations ?? []).includes(text.slice(c.verb.start, c.verb.end).toLowerCase()),
    );
    if (cited) candidates = [cited, ...candidates.filter((c) => c !== cited)];
  }
  const verbs = verbsHere.filter((v) => outside(st, v));
  const main = particleSpeaker(st, i, s, candidates[0], mentions, verbs);
  // "TV조선은 … 북한이 철거했다고 보도했다": a topic we do not know opens the sentence, so the
  // party named after it is the reported clause's subject, not the speaker.
  // A topic we do not know is mostly an outlet ("키이우인디펜던트는"): a media report, which the
  // labelling guide counts as an unnamed source.
  const topic = unknownTopic(st, s, allMentions);
  // "미사일은 … 떨어졌다고 일본 방위성은 밝혔다": a speaker after the reported clause's verb is no
  // party inside it.
  const afterClause =
    main?.mention !== undefined &&
    verbs.length > 1 &&
    main.mention.start >= (verbs[0]?.end ?? s.end);
  if (
    main?.type === 'named' &&
    main.mention &&
    topic !== undefined &&
    main.mention.start > topic &&
    !afterClause
  )
    return {
      main: {
        pos: s.start,
        type: 'unnamed',
        cue: 'an unknown speaker as the topic: a media report',
      },
      pronounExcluded,
    };
  // "… 희망하고 있다고 NK뉴스가 보도했다": a subject we do not know, right after the quotative
  // and before the closing verb, is the speaker; mostly an outlet, so a media report.
  if (main?.type === 'named' && unknownSubjectBeforeVerb(st, s, verbs, allMentions))
    return {
      main: {
        pos: s.start,
        type: 'unnamed',
        cue: 'an unknown speaker before the verb: a media report',
      },
      pronounExcluded,
    };
  return { main, pronounExcluded };
}
