/**
 * What is not a claim, whatever its attribution (the labelling guide's "not claims"): caveats
 * (kept for the card), hypotheses, reference figures, refusals and non-denials, opinions and
 * legal or moral characterisations, a speaker's own posture (monitoring, readiness), depictions of what state TV showed, rhetoric and threats.
 * Each exclusion has a name, which is the reason the reader gives.
 */
import type { Sentence, Span } from '../types';
import { opensClause, wordCount, type DetectState } from './detect-state';
import type { LanguageCues } from './languages/registry';
import { findPhrases, type PhraseMatch } from './phrases';
import { everyClauseMarked, reportsNoFact } from './reported-clauses';
import { anyIn, inSpan } from './span-index';

/** Exclusions that follow the speaker into the next sentence ("he said"): who speaks, not what. */
export const SPEAKER_EXCLUSIONS = new Set(['analyst']);

/** Words of reported content before a joined clause for a threat there to leave the claim. */
const LATER_CLAUSE_WORDS = 4;

/** Words from the reporting verb (or the sentence's start) to the reported clause's own verb. */
const INTENTION_REACH = 7;

/**
 * "KCNA said the new weapon would perform its mission", "North Korea will fire at trespassers,
 * KCNA said": a party announcing what it will do states no fact (the labelling guide's
 * announced intentions). The future or intention marker must stand in the reported clause's
 * head: right after the reporting verb, or, when the report comes after it, near the start.
 */
function announcesIntention(st: DetectState, s: Sentence, verb: Span): boolean {
  const { text, all, cues } = st;
  // "강화하겠다고 밝혔다": a volitional ending is the speaker's own will wherever it stands.
  if (
    findPhrases(cues.volitionalEndings ?? [], text, cues.wordBoundaries, s.start, s.end, 1).length
  )
    return true;
  return inSpan(all.intentions, s).some((m) => {
    if (m.start >= verb.end) return wordCount(text.slice(verb.end, m.start)) <= INTENTION_REACH;
    return m.end <= verb.start && wordCount(text.slice(s.start, m.start)) <= INTENTION_REACH;
  });
}

/** The next word from a position (sticky), past spaces and a comma. */
const LEADING_WORD = /[\s,]*([\p{L}'’]+)/uy;
/** Words from the reported clause's subject to its intention marker ("Seoul would respond"). */
const SUBJECT_TO_MARKER = 3;
/** Words from the report verb to the reported clause's subject ("said that Seoul"). */
const VERB_TO_SUBJECT = 3;

/**
 * "The minister said Seoul would respond sternly to any provocation", "Seoul erklärte, man werde
 * die Lage beobachten", "국방부 장관은 … 대응하겠다고 말했다": another party announcing what its
 * own side will do states no fact, as North Korea announcing its intentions does not. The
 * reported clause's subject is the speaker's side (a party other than the North, or "we",
 * "man", "on") with an intention marker right after it; in Korean a volitional ending is the
 * speaker's own will. A forecast about the North ("said North Korea would send more troops")
 * stays a claim.
 */
function ownSideIntends(
  st: DetectState,
  s: Sentence,
  report: { verb: Span; speaker?: Span },
  northActors: readonly Span[],
): boolean {
  const { text, cues, all } = st;
  const { verb } = report;
  // "정부는 북한의 어떠한 도발에도 대응하겠다고 밝혔다": a volitional ending is the speaker's own
  // will, whoever else the sentence names.
  const volitional = cues.volitionalEndings ?? [];
  if (volitional.length)
    return findPhrases(volitional, text, cues.wordBoundaries, s.start, s.end, 1).length > 0;
  if (northActors.length) return false;
  if (!cues.wordBoundaries || verb.end >= s.end) return false;
  // The subject: "we", "man", "on" right after the verb (and "that"), or a party named within
  // a few words.
  let subjectEnd: number | undefined;
  const wordAt = (at: number): RegExpExecArray | null => {
    LEADING_WORD.lastIndex = at;
    return LEADING_WORD.exec(text);
  };
  let word = wordAt(verb.end);
  if (word && (cues.complementizers ?? []).includes((word[1] ?? '').toLowerCase()))
    word = wordAt(word.index + word[0].length);
  const self = word && word.index + word[0].length <= s.end ? (word[1] ?? '').toLowerCase() : '';
  if (word && (cues.selfSubjects ?? []).includes(self)) {
    subjectEnd = word.index + word[0].length;
  } else {
    const party = inSpan(all.mentions, { start: verb.end, end: s.end }).find(
      // Not the source itself ("laut dem NIS"), who is no subject of what it reports.
      // "the government would respond": an official noun with no party is the speaker's own.
      (m) =>
        (m.source === 'pack' || m.source === 'official') &&
        m.speaker.kind !== 'state-media' &&
        m.start !== report.speaker?.start,
    );
    if (party && wordCount(text.slice(verb.end, party.start)) <= VERB_TO_SUBJECT)
      subjectEnd = party.end;
  }
  if (subjectEnd === undefined) return false;
  const end = subjectEnd;
  return inSpan(all.intentions, s).some(
    (m) => m.start >= end && wordCount(text.slice(end, m.start)) <= SUBJECT_TO_MARKER,
  );
}

/**
 * "South Korea's military said its jets conducted a live-fire drill", "Seoul resumed loudspeaker
 * broadcasts on Sunday, its military said": another party reporting its own side's drill or show
 * of force reports its own act, with nothing about the North to check. The drill's subject is
 * the speaker's side (a party other than the North, or "its", "we"), with no North Korean actor
 * between the report (or the sentence's start) and the drill; "… fired warning shots after
 * North Korean soldiers crossed the line" is an incident's account and stays a claim.
 */
function ownSideExercises(
  st: DetectState,
  s: Sentence,
  report: { verb: Span; speaker?: Span },
): boolean {
  const { text, cues, all } = st;
  const own = cues.ownSideWords ?? [];
  return inSpan(all.ownExercises, s).some((m) => {
    const from = report.verb.end <= m.start ? report.verb.end : s.start;
    const clause = { start: from, end: m.start };
    const parties = inSpan(all.mentions, clause).filter((p) => p.start !== report.speaker?.start);
    if (parties.some((p) => p.speaker.kind === 'state-media')) return false;
    const words = text
      .slice(from, m.start)
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    return (
      parties.some((p) => p.source === 'pack' || p.source === 'official') ||
      words.some((w) => own.includes(w))
    );
  });
}

/**
 * "KCNA released photos of the drone", "북한이 성명을 발표했다": that a party published a
 * document is an established event (the labelling guide's descriptions of what was posted). It
 * stays so when nothing reported follows: no reporting verb after the publication ("…, saying
 * it had …"), no clause opened by a complementizer, no quotation, no hedge ("purportedly
 * showing"), no accusation or denial; and no reporting verb before it either, whose report it
 * would only be part of.
 */
function onlyPublishes(st: DetectState, s: Sentence): boolean {
  const { text, cues, all, quotes } = st;
  const p = inSpan(all.publications, s)[0];
  if (!p) return false;
  if (anyIn(all.hedges, s) || anyIn(all.accusation, s) || anyIn(all.denial, s)) return false;
  if (anyIn(all.unnamed, s)) return false;
  // The publication is the sentence's own statement: no other reporting verb before it
  // ("said the volunteers … after KCNA issued a statement") or after it ("…, saying").
  if (inSpan(all.verbs, s).some((v) => v.end <= p.start || v.start >= p.end)) return false;
  if (quotes.some((q) => q.end > p.start && q.start < s.end)) return false;
  return !opensClause(text.slice(p.end, s.end), cues);
}

/**
 * "부다노프 국장은 북한군이 … 지원할 계획이라고 말했다": a plan whose subject is a North Korean
 * actor, named by another party, is a forecast about the North (a claim, like any third party's
 * estimate); "국정원은 북한군이 귀순을 요청할 경우 … 협의할 방침이라고" is the speaker's own plan, the
 * North Korean actor being the subject of a condition only.
 */
function forecastOf(st: DetectState, plan: Span, northActors: readonly Span[]): boolean {
  const closers = st.cues.conditionClauses ?? [];
  return northActors.some(
    (m) =>
      m.end <= plan.start && !closers.some((c) => st.text.slice(m.end, plan.start).includes(c)),
  );
}

/** Words from an announcement to the future it announces ("kündigte an, dass … erhalten werde"). */
const ANNOUNCED_REACH = 12;

/**
 * Whether a verb from `list` in `s` is followed by what is still to come: an intention marker,
 * a verb in the future or the conditional, or (with no `reach`) a condition. A verb-final
 * language names it before the verb ("… 응징할 것이라고 경고했다"). With a `reach`, the mark must
 * be within that many words of the verb, with no North Korean actor before it: "announced that
 * North Korea would send more troops" is a forecast about the North.
 */
function foretells(
  st: DetectState,
  s: Sentence,
  list: readonly string[] | undefined,
  reach?: number,
): boolean {
  const { text, cues, all } = st;
  const verb = findPhrases(list ?? [], text, cues.wordBoundaries, s.start, s.end, 1)[0];
  if (!verb) return false;
  const after = text.slice(verb.end, s.end);
  if (reach === undefined) {
    const padded = ` ${after.toLowerCase()} `;
    if ((cues.conditionals ?? []).some((c) => padded.includes(` ${c} `))) return true;
  }
  const marks = inSpan(all.intentions, s)
    .filter((m) => (cues.speakerOrder === 'first' ? m.end <= verb.start : m.start >= verb.end))
    .map((m) => m.start);
  const endings = cues.futureEndings ?? [];
  for (const w of after.matchAll(/\p{L}+/gu)) {
    const word = w[0].toLowerCase();
    if (word.length > 5 && endings.some((e) => word.endsWith(e))) marks.push(verb.end + w.index);
  }
  if (reach === undefined) return marks.length > 0;
  return marks.some(
    (at) =>
      at >= verb.end &&
      wordCount(text.slice(verb.end, at)) <= reach &&
      !inSpan(all.mentions, { start: verb.end, end: at }).some(
        (m) => m.speaker.kind === 'state-media',
      ),
  );
}

/**
 * "Kim warned that the North will strike", "Séoul a averti que toute attaque entraînerait…": a
 * warning of what is still to come, an intention or a condition after the warning verb, is a
 * threat; "Zelensky warned that Russia was sending the troops" reports what happened.
 */
function warnsOfWhatIsToCome(st: DetectState, s: Sentence): boolean {
  return foretells(st, s, st.cues.warnings);
}

/**
 * "Zelensky announced that journalists would be given access to the prisoners", "Selenskyj
 * kündigte an, dass auch die Presse Zugang erhalten werde", "a annoncé que la presse aurait
 * accès": an announcement of what is still to come is an intention, whoever announces it; one
 * whose future has the North as its subject ("announced North Korea would send more troops") is
 * a forecast about the North, and a claim.
 */
function announcesFuture(st: DetectState, s: Sentence): boolean {
  return foretells(st, s, st.cues.announcements, ANNOUNCED_REACH);
}

/** Words from the copula to its evaluative noun: an article and a few adjectives ("a clear act
 * of", "eine offensichtliche Provokation"). */
const PREDICATE_WORDS = 4;

/**
 * Whether a position stands in the head of the sentence's reported clause: within a few words
 * after its first reporting verb, or after its start when the report comes first ("“…,” KCNA
 * said"); a later verb's clause is another matter.
 */
function reportHead(st: DetectState, s: Sentence): (at: number) => boolean {
  const first = inSpan(st.all.verbs, s)[0];
  return (at) => {
    const from = first && first.end <= at ? first.end : s.start;
    return wordCount(st.text.slice(from, at)) <= INTENTION_REACH;
  };
}

/**
 * "“The drills are a prelude to invasion,” the spokesman said", "KCNA said the flight was a
 * grave crime": a statement calling an act something is the speaker's judgement of it, with no
 * fact to check (the labelling guide's rhetoric). The copula must stand in the reported
 * clause's head, as an intention's marker must; a characterisation deep in a later clause
 * ("… and concluded it was a provocation") leaves the facts before it a claim.
 */
function characterises(st: DetectState, s: Sentence): boolean {
  const { text, cues, all } = st;
  const nouns = inSpan(all.characterisations, s);
  if (!nouns.length) return false;
  const inHead = reportHead(st, s);
  const copulas = cues.copulas ?? [];
  // Korean writes the copula as the noun's ending ("도발이라고"), and each reported clause's
  // predicate stands before its quotative ending: a judgement there leaves a fact in another
  // clause a claim.
  if (!copulas.length)
    return everyClauseMarked(st, s, nouns, true) ?? nouns.some((n) => inHead(n.start));
  const found = findPhrases(copulas, text, cues.wordBoundaries, s.start, s.end);
  return found.some(
    (c) =>
      inHead(c.start) &&
      nouns.some(
        (n) => n.start >= c.end && wordCount(text.slice(c.end, n.start)) <= PREDICATE_WORDS,
      ),
  );
}

/**
 * "Yonhap reported the launch was an apparent attempt to …", "The move is believed to be part
 * of an effort to …": a reading of why an act was done, predicated of it by a copula, is an
 * analysis, whether an outlet reports it or a hedge carries it (`hearsay`); a party's own
 * stated purpose ("The test is aimed at …, KCNA said") is its claim and never gets here.
 */
function interpretsAct(st: DetectState, s: Sentence): boolean {
  const { text, cues, all } = st;
  const readings = inSpan(all.interpretations, s);
  if (!readings.length) return false;
  const copulas = [...(cues.copulas ?? []), ...(cues.bareCopulas ?? [])];
  const found = findPhrases(copulas, text, cues.wordBoundaries, s.start, s.end);
  return found.some((c) =>
    readings.some(
      (r) => r.start >= c.end && wordCount(text.slice(c.end, r.start)) <= PREDICATE_WORDS,
    ),
  );
}

/**
 * "“The world must learn the truth,” Zelensky wrote", "La République de Corée doit cesser ses
 * provocations", "Damit sollte sichergestellt werden …": a reported clause headed by a modal of
 * obligation says what ought to be, an appeal or a demand, with no fact to check. As for an
 * intention, the modal must stand in the clause's head (after the first reporting verb, or near
 * the start when the report comes after it).
 */
function demands(st: DetectState, s: Sentence): boolean {
  const { text, all, cues } = st;
  const modals = inSpan(all.deontics, s);
  if (!modals.length) return false;
  const inHead = reportHead(st, s);
  const epistemic = cues.epistemicAfter ?? [];
  return modals.some((m) => {
    // "should be deployed", "devraient s'installer": a likelihood, not an obligation. An entry
    // ending in an apostrophe ("s'") is glued to the word after it.
    const next = text
      .slice(m.end, m.end + 12)
      .trimStart()
      .toLowerCase();
    const likely = epistemic.some((w) =>
      /['’]$/u.test(w) ? next.startsWith(w) : next.startsWith(`${w} `),
    );
    return !likely && inHead(m.start);
  });
}

/** How much of a sentence's start a conditional opening is looked for in. */
const OPENING_CHARS = 24;

/** "If ...", "Sollte ...", "Si ...", "만약 ...": a hypothesis, with nothing that happened. */
function opensWithConditional(cues: LanguageCues, sentence: string): boolean {
  const opening = sentence
    .slice(0, OPENING_CHARS)
    .replace(/^[\s"“„«»‘'(]+/u, '')
    .toLowerCase();
  return (cues.conditionals ?? []).some(
    (c) => opening.startsWith(c) && !/[\p{L}\p{N}]/u.test(opening.charAt(c.length)),
  );
}

/** Why a sentence is not a claim, whatever its attribution. */
export function excludedBecause(
  st: DetectState,
  s: Sentence,
  hasPeopleFigure: boolean,
  named: boolean,
  denial: boolean,
  claimAt: number | undefined,
  /** The reporting verb when a party speaks of itself (state media): its intentions are no claim. */
  ownReport?: Span,
  /** A North Korean actor named in the sentence, other than its speaker, when the speaker is
   * another party: a plan it ascribes to them is a forecast, and a claim. */
  northActors: readonly Span[] = [],
  /** The reporting verb (and where its speaker is named) when another party speaks: its own
   * side's intentions are no claim. */
  otherReport?: { verb: Span; speaker?: Span },
  /** Whether the sentence is hearsay: an outlet's report, unnamed sources or a bare hedge. */
  hearsay = false,
): string | undefined {
  const { text, cues, all } = st;
  const caveatsHere = inSpan(all.caveats, s);
  // "X said ..., but Moscow has not confirmed it": a caveat in a later clause with its own
  // subject qualifies the claim and leaves it one. Without a subject of its own ("KCNA
  // reported ... but omitted mention of ...") the clause is the claimant's, and the sentence
  // is a verification note.
  const laterClause = (c: PhraseMatch): boolean => {
    if (claimAt === undefined) return false;
    // "It is unclear how many crossed, but the JCS said …", "경위는 알려지지 않았으나 합참은 …":
    // a caveat in a clause of its own before the contrast leaves the claim after it.
    if (c.end <= claimAt)
      return findPhrases(cues.contrasts, text, cues.wordBoundaries, c.end, claimAt, 1).length > 0;
    if (c.start <= claimAt) return false;
    const contrast = findPhrases(cues.contrasts, text, cues.wordBoundaries, claimAt, c.start).pop();
    if (!contrast) return false;
    // ", which, if true, …": a relative pronoun is the clause's own subject.
    const relative = (cues.relativePronouns ?? []).some((r) =>
      contrast.text.toLowerCase().endsWith(` ${r}`),
    );
    return relative || wordCount(text.slice(contrast.end, c.start)) >= 1;
  };
  // "The NIS said 1,500 troops had been sent, but gave no further details": a headcount
  // reported before the note stays a claim, which the note only qualifies.
  const afterHeadcount = (c: PhraseMatch): boolean =>
    hasPeopleFigure && claimAt !== undefined && c.start > claimAt;
  if (caveatsHere.length && !caveatsHere.every((c) => laterClause(c) || afterHeadcount(c)))
    return 'caveat';
  // "KCNA said drones were detected over Pyongyang on 3 October, and threatened to respond":
  // a threat or the speaker's own posture in a clause joined after the reported fact leaves
  // the fact a claim.
  const joinedLater = (m: PhraseMatch): boolean => {
    if (claimAt === undefined || m.start <= claimAt) return false;
    const joint = findPhrases(cues.coordinators ?? [], text, cues.wordBoundaries, claimAt, m.start);
    const first = joint[0];
    return first !== undefined && wordCount(text.slice(claimAt, first.start)) >= LATER_CLAUSE_WORDS;
  };
  if (opensWithConditional(cues, s.text)) return 'hypothetical';
  // "Kim oversaw the launch and said the missile would …": a fact joined before the report
  // verb is the sentence's claim; the intention is only the later clause's.
  const factBefore = (verb: Span): boolean => {
    const joint = findPhrases(
      cues.coordinators ?? [],
      text,
      cues.wordBoundaries,
      s.start,
      verb.start,
    ).pop();
    return (
      joint !== undefined &&
      wordCount(text.slice(s.start, joint.start)) >= LATER_CLAUSE_WORDS &&
      wordCount(text.slice(joint.end, verb.start)) <= 1
    );
  };
  if (ownReport && announcesIntention(st, s, ownReport) && !factBefore(ownReport))
    return 'intention';
  if (otherReport && ownSideIntends(st, s, otherReport, northActors)) return 'intention';
  if (otherReport && !hasPeopleFigure && ownSideExercises(st, s, otherReport)) return 'own act';
  if (!hasPeopleFigure && announcesFuture(st, s)) return 'intention';
  const plan = inSpan(all.plans, s)[0];
  if (plan && !forecastOf(st, plan, northActors)) return 'intention';
  if (anyIn(all.references, s)) return 'reference figure';
  if (!named && anyIn(all.estimates, s)) return 'reference figure';
  if (anyIn(all.refusals, s)) return 'refusal';
  if (!denial && anyIn(all.opinions, s)) return 'opinion';
  if (
    !denial &&
    !hasPeopleFigure &&
    demands(st, s) &&
    everyClauseMarked(st, s, inSpan(all.deontics, s), false) !== false
  )
    return 'appeal';
  const posture = inSpan(all.posture, s);
  if (
    !hasPeopleFigure &&
    posture.length &&
    !posture.every(joinedLater) &&
    everyClauseMarked(st, s, posture, false) !== false
  )
    return 'own posture';
  if (!named && anyIn(all.depictions, s)) return 'depiction';
  if (!hasPeopleFigure && onlyPublishes(st, s)) return 'publication';
  const threats = inSpan(all.threats, s);
  // Korean: a fact reported in another clause of the report ("“…쓸어버리자”며 “…늘어나고 있다”고")
  // leaves the sentence a claim.
  if (
    !hasPeopleFigure &&
    threats.length &&
    (everyClauseMarked(st, s, threats, false) ?? !threats.every(joinedLater))
  )
    return 'rhetoric';
  if (!hasPeopleFigure && warnsOfWhatIsToCome(st, s)) return 'rhetoric';
  // Korean: every reported clause closes on a judgement, an appeal or a likelihood of what is
  // to come, each read at its predicate before the quotative ending.
  if (!hasPeopleFigure && !denial && claimAt !== undefined) {
    const reading = reportsNoFact(st, s);
    if (reading) return reading;
  }
  if (!hasPeopleFigure && claimAt !== undefined && characterises(st, s)) return 'characterisation';
  if (hearsay && !hasPeopleFigure && interpretsAct(st, s)) return 'interpretation';
  return undefined;
}
