/**
 * The shape of one language's cue data. Everything the string pipeline knows about a language
 * (attribution grammar, hedges, number words, sentence quirks) is data of this shape, so adding a
 * language means adding one file, not code.
 *
 * Phrase syntax, used by every `string[]` list below (see `lib/claims/phrases.ts`):
 * - matching is case-insensitive and, when `wordBoundaries` is true, word-bounded on both sides;
 * - `*` stands for one to four words (never across punctuation): `"accused * of"`;
 * - a `~` ending a word makes it a stem: `"retaliat~"`, `"fight~ for Russia"` ("fighting for Russia").
 */
import type { Hedge } from '../../types';

/** Where a verb's speaker stands relative to it. */
export interface AttributionCues {
  /** Speaker before the verb ("KCNA said"); also after it when inverted (`," said KCNA`). */
  verbs: string[];
  /** Speaker follows the cue ("according to KCNA", "citing the NIS", "quoted Shoigu"). */
  leading: string[];
  /** Leading cues that stand after their speaker instead ("den Staatsmedien zufolge"). */
  postposed?: string[];
  /** Words making a leading cue point back to the sentence's subject ("nach eigenen Angaben",
   * "by its own account"). */
  reflexive?: string[];
  /** Leading cues that stand for the source of the report before ("demnach", "demzufolge":
   * "according to it"). Also listed in `leading`. */
  anaphoric?: string[];
}

export interface NumberCues {
  /** How scales are written: as words after the number ("1.4 million", the default), or as
   * characters attached to the digits and summed ("7만 4천 170"). */
  scaleStyle?: 'words' | 'suffixed';
  /** Decimal separator: "." in English, "," in German and French. */
  decimal: string;
  /** Thousands separators accepted between digit groups. */
  group: string[];
  /** Scale words after a number: `million: 1e6`. Keys are lower case. */
  scales: Record<string, number>;
  /** Number words that can stand before a scale ("one million", "a million", "half a million"). */
  words: Record<string, number>;
  /** Vague quantities, mapped to the lower bound of their order ("tens of thousands": 10000). */
  vague: Record<string, number>;
  /** Hedge phrases written before a number. */
  hedgesBefore: Partial<Record<Hedge, string[]>>;
  /** Hedge words written right after a number or its unit (Korean "여", "이상"). */
  hedgesAfter: Partial<Record<Hedge, string[]>>;
  /** Words joining the two ends of a range ("to", "and" after "between"). */
  rangeJoiners: string[];
  /** Words opening a "between X and Y" range. */
  rangeOpeners: string[];
  /** Counters or suffixes that make a number a date, time or age, not a figure (Korean "년"). */
  dateSuffixes: string[];
  /** Currency marks before or after a number: such numbers are money, not headcounts. */
  currency: string[];
}

/** A separable verb (German "teilte … mit"): its head forms and the particle closing its clause,
 * and the cue list its matches join. */
export interface BracketVerb {
  heads: string[];
  particle: string;
  list: 'verbs' | 'denial' | 'accusation' | 'reportedMood';
  /** The perfect participle, one word ("mitgeteilt"). */
  participle?: string;
  /** False when the particle is a noun that never joins the head ("in Abrede stellen"). */
  joins?: boolean;
  /** Whether a past participle must stand right before the particle ("getötet haben"). */
  afterParticiple?: boolean;
  /** Whether any past participle closes the clause instead of `particle` ("würden … ausgebildet"). */
  participleCloses?: boolean;
}

export interface LanguageCues {
  /** BCP 47 primary language. */
  lang: string;
  /** False for languages whose particles attach to words (Korean): phrases match inside words. */
  wordBoundaries: boolean;
  /** Common words used to guess the language of an unlabelled page. */
  stopwords: string[];
  /** Tokens ending in "." that never end a sentence ("Oct.", "U.S.", "z.B."). Lower case. */
  abbreviations: string[];
  /** Tokens ending in "." that may end a sentence ("km.", "a.m.", "etc."): a cut after one
   * stands unless a date or a time zone follows ("at 7 a.m. Sunday"). Lower case. */
  closingAbbreviations?: string[];
  /** Words that open a German ordinal's phrase ("der 1. Gefangene", "am 9. Januar"): after
   * them, "1." is an ordinal, no sentence's end. Lower case. */
  ordinalHeads?: string[];
  /** Month names and abbreviations (without dots), for date exclusion. Lower case. */
  months: string[];
  numbers: NumberCues;
  /** Nouns counting people, mapped to a canonical English unit ("Soldaten": "soldiers"). */
  peopleUnits: Record<string, string>;
  /** Measurement units kept on figures ("km", "%"), mapped to a canonical symbol. */
  measureUnits: Record<string, string>;
  /** Words allowed between a number and its unit ("young", "North Korean"). Lower case. */
  unitModifiers: string[];

  attribution: AttributionCues;
  /** Speaker nouns of governments, militaries and agencies (official-estimate by default). */
  officials: string[];
  /** Official nouns that, standing alone, name nobody ("officials", "des responsables"): their
   * word is an unnamed source's. Lower case, as matched by `officials`. */
  anonymousOfficials?: string[];
  /** Media nouns: a claim relayed by media without a named party is unnamed-source. */
  media: string[];
  /** Analysts and experts: their statements are opinions, never claims. */
  experts: string[];
  /** Words right before an official noun that make it the subject's own ("North Korean"). */
  subjectAdjectives: string[];
  /** Capitalised words that are never a person's name to remember from an apposition
   * (articles, pronouns, weekdays, titles, the subject's own names). Lower case. */
  nameStopwords?: string[];
  /** Pronouns that point back to the previous speaker ("he", "it"). */
  pronouns: string[];
  /** Words before a verb form that make it a noun ("the claim", "its reports"). Lower case. */
  determiners: string[];
  /** Whether the language capitalises every noun (German): capitals then do not mark names. */
  capitalisesNouns: boolean;
  /** Nouns compound into one word with their head last ("Kurzstreckenraketen"): an anchor noun
   * closing a longer word anchors it (`../compound-anchors.ts`). */
  compoundHeads?: boolean;
  /** Leading cues by which an outlet cites its source ("citing", "unter Berufung auf"). Lower case. */
  citations?: string[];
  /** Plural suffixes between a noun and its particle (Korean "들": "언론들은"). */
  pluralSuffixes?: string[];
  /** Nouns of unnamed sources that close compounds ("quellen": "Geheimdienstquellen"). Lower case. */
  unnamedHeads?: string[];
  /** Sentence openings that refer back to the previous sentence's subject ("The other", "Diese"). */
  anaphors: string[];
  /** Labels opening a credit line ("source:", "quelle:"): the line names a source and states
   * nothing. Lower case. */
  sourceLabels?: string[];
  /** Whole-sentence attribution with no fact of its own ("This was reported by KCNA"). */
  attributionOnly: string[];
  /** Phrases that refer back to a claim already made ("the reports", "the claim"): a claim
   * holding one continues the subject of the claim before it (family linking). */
  backReferences: string[];
  /** Auxiliaries of the passive ("was observed"): a verb right after one has no speaker before
   * it. Lower case. */
  passiveAuxiliaries?: string[];
  /** The word that introduces a passive's agent ("by"): the agent is the speaker. Lower case. */
  agentMarkers?: string[];
  /** Words right before an attribution verb that negate it ("has not confirmed", "never said"):
   * a negated verb attributes nothing. Lower case. */
  negators: string[];
  /** Clause openings that contrast with what came before (", but", ", though"): a caveat after
   * one qualifies the claim before it instead of making the sentence a caveat. */
  contrasts: string[];
  /** Whether a speaker follows its verb only after a quotation or a comma ("…," said Lee) or at
   * the start of a sentence (English): a verb with words right before it has its subject there,
   * and a name after it belongs to the reported content ("The paper said the DPRK …"). */
  inversionNeedsBreak?: boolean;
  /** Definite articles and demonstratives ("the", "this"): "the paper said" refers back to a
   * source already named. Lower case. */
  definiteArticles?: string[];
  /** Prepositions that attach a complement to a noun ("head of the Centre …"): a name in one
   * does not stand for the subject of the verb after it. Lower case. */
  nounComplements?: string[];
  /** Separable verbs whose particle closes the clause, however long the middle field. */
  bracketVerbs?: BracketVerb[];
  /** Prepositions of place ("in", "at"): a party named after one, behind a noun, is where
   * the noun is ("residents in South Korea"), not a speaker. Lower case. */
  locatives?: string[];
  /** Verbs that take their subject matter as a noun ("sprach von", "spoke of"): they attribute
   * a figure ("spoke of 10,000 troops") and nothing else ("spoke of a success"). Lower case. */
  figureVerbs?: string[];
  /** Words that open a reported clause ("that", "que", "dass"): a name after one is the
   * content's subject, never a speaker standing after its verb. Lower case. */
  complementizers?: string[];
  /** Words that join a further clause to a statement (", and", " et "): a threat there leaves
   * the claim in the clause before it a claim. */
  coordinators?: string[];
  /** Words of a launch's flight ("flew", "altitude", "parcouru", "비행거리"): with a distance they
   * are the flight's measurements, which only the party that tracked it can give. */
  flightWords?: string[];
  /** Words that put a sentence at an earlier time ("at the time", "당시", "damals"): a flight
   * then is background, not the launch reported. */
  thenWords?: string[];
  /** Words that link a source document to its author ("according to the latest update from the
   * NIS", "selon le dernier rapport du renseignement"): the author after them is the source.
   * Lower case. */
  sourceLinkers?: string[];
  /** Pronouns that open a restrictive relative clause after a subject ("that", "who", "qui"):
   * the subject before them is still the verb's after it. Lower case. */
  relativePronouns?: string[];
  /** Warning verbs ("warned", "a averti", "warnte", "경고했"): a report when what is warned of
   * has happened ("warned that Russia was sending troops"), a threat when it is still to come
   * (an intention or a condition after the verb). Lower case. */
  warnings?: string[];
  /** Reporting verbs in frames that make them no report: the reflexive "sich melden" (to
   * volunteer), "zu X erklären" (to declare something X). A frame's mark stands in the verb's
   * clause; `closesSentence` frames only where no comma continues the clause. Lower case. */
  nonReportingFrames?: Array<{ words: string[]; marks: string[]; closesSentence?: boolean }>;
  /** Reported-speech mood words of the future and the will ("werde", "wolle"): with an
   * infinitive closing the clause, what they report is still to come. Lower case. */
  futureMood?: string[];
  /** Reporting verbs that also take an object or an infinitive ("maintains close ties",
   * "continues to expand"): they report only before a clause ("maintained that", "…,” he
   * continued."). Lower case. */
  clauseOnlyVerbs?: string[];
  /** Announcement verbs ("announced", "kündigte an", "a annoncé"): an intention when what they
   * announce is still to come, a report when it has happened. Lower case. */
  announcements?: string[];
  /** Endings of the future and the conditional ("entraînerait", "riposteront"): what a warning
   * says is still to come. Lower case. */
  futureEndings?: string[];
  /** Words that open a correlative negation ("neither … nor", "weder … noch", "ni … ni"): the
   * clause's verb is negated. Lower case. */
  correlativeNegators?: string[];
  /** Words by which an outlet relays another's statement ("carried by", "relayé par",
   * "을 통해"): state media relaying it makes a party-less official the North's. Lower case. */
  relays?: string[];
  /** First-person and impersonal subjects ("we", "wir", "man", "nous", "on"): a reported clause
   * they open speaks of the speaker's own side. Lower case. */
  selfSubjects?: string[];
  /** Volitional endings ("대응하겠다고"): the speaker's own will, never a forecast about another
   * party. Lower case. */
  volitionalEndings?: string[];
  /** Modals of obligation ("must", "should", "müsse", "doit", "해야"): a reported clause headed
   * by one says what ought to be, not what is. Lower case. German "soll(en)" is hearsay and
   * stays out. */
  deontics?: string[];
  /** Words after such a modal that make it a likelihood, not an obligation ("should be
   * deployed", "must have suffered", "devraient être déployés"). Lower case. */
  epistemicAfter?: string[];
  /** Copulas that make a predicate of what follows ("is", "est", "sei", "il s'agit d'"): with
   * an evaluative noun after them, the reported clause characterises and states no fact. Lower
   * case; empty where the copula is an ending of the noun (Korean "도발이라고"). */
  copulas?: string[];
  /** Evaluative nouns a statement calls something ("provocation", "crime", "proof", "prelude";
   * Korean with their copula ending, "도발이라고"): the speaker's judgement of an act, which no
   * one could check. Lower case. */
  characterisations?: string[];
  /** Readings of why an act was done or what it was part of ("an apparent attempt to", "part
   * of an effort", "in retaliation for"), predicated of the act by a copula: an outlet's or an
   * unnamed analysis, no fact. A party's own stated purpose stays its claim. Lower case. */
  interpretations?: string[];
  /** Copulas of a hedged or reported predicate that the finite copulas miss ("believed to
   * be"). Lower case. */
  bareCopulas?: string[];
  /** Attribution verbs whose next noun is the listener, never an inverted speaker ("told"). */
  addressed: string[];
  /** Words that introduce a verb's listener or place right after it ("a déclaré à la presse le
   * député X", "sagte gegenüber der Zeitung der Minister"): the name they introduce is not the
   * inverted speaker, who may follow it. Lower case. */
  listenerMarkers?: string[];
  /** Attribution verbs in the participle ("saying", "ajoutant"): they report for the sentence's
   * subject, never for a name next to them. Lower case. */
  participles?: string[];
  /** A verb form and the word that makes it a noun ("reports of", "claims about"): a report
   * named, not made. Lower case. */
  nounReadings?: string[];

  /** Strong unnamed-source attributions ("sources said", "were reported to", "speculation"). */
  unnamed: string[];
  /** Weak hedges: a claim marker only when nobody is named ("reportedly", "purported"). */
  hedges: string[];
  /** Active accusation framing ("accused * of", "alleged that"). */
  accusation: string[];
  /** Denial verbs and words ("denied", "barefaced lies", "groundless"). */
  denial: string[];

  /** Caveats: the sentence qualifies claims and is collected for the card, never flagged. */
  caveats: string[];
  /** Rhetoric and threats with no checkable fact. */
  threats: string[];
  /** Refusals and non-denials ("declined to say", "did not deny"): not claims. */
  refusals: string[];
  /** Descriptions of what state TV or photos showed, as opposed to what was said. */
  depictions: string[];
  /** Legal or moral characterisations ("in line with international law"): opinions. */
  opinions: string[];
  /** A speaker's own posture or work under way ("closely monitoring", "is analysing the
   * details", "full readiness"): what the speaker is doing, no fact about the other side. */
  posture: string[];
  /** A party's own drills and shows of force ("conducted a live-fire drill", "resumed loudspeaker
   * broadcasts"): with the speaker's own side as their subject, its own act, no claim. Lower case. */
  ownExercises?: string[];
  /** Words that make the speaker's own side a clause's subject ("its jets", "we"). Lower case. */
  ownSideWords?: string[];
  /** A party publishing a document ("released a statement", "a publié une vidéo", "담화를
   * 발표했다"): that it published is an established event, no claim, unless reported content
   * follows (a clause, a quotation, a hedge). */
  publications?: string[];
  /** Plans ("…할 방침이다", "…할 예정이라고"): a party's own plan is an announced intention, no
   * claim; a plan another party ascribes to North Korea is a forecast, and a claim. */
  plans?: string[];
  /** Words closing a conditional clause ("…할 경우"): a name before one is the condition's
   * subject, not the main clause's. */
  conditionClauses?: string[];
  /** Future and intention markers ("will", "würde", "prendra", "하겠다"): a party announcing
   * what it will do states no fact. */
  intentions: string[];
  /** Independent reference sources presented as background ("IISS"): never claims. */
  references: string[];
  /** A standing figure given as an estimate ("has an estimated 1.2 million troops", "verfügt
   * über schätzungsweise", "estimés à"): background when nobody is named. An estimate of an
   * event ("had sent an estimated 10,000 soldiers") is a hedged claim, so the wording ties the
   * estimate to having, not to doing. */
  estimates: string[];
  /** Modal verbs that report hearsay only when the clause ends with one of `endings` (German
   * "soll … eingesetzt haben"); elsewhere they are no hedge. */
  modalHearsay?: { words: string[]; endings: string[] };
  /** Sentence openings of a hypothesis ("if", "sollte", "si"): such a sentence is no claim. */
  conditionals?: string[];
  /** Verb forms of reported speech ("habe", "seien", "aurait", "~다고 한다"): a sentence in this
   * mood states somebody's word, and continues the claim before it. */
  reportedMood?: string[];
  /** Particles marking a noun as the subject ("이", "가"): the subject right before the closing
   * reporting verb is its speaker. Empty or absent in languages without them. */
  subjectParticles?: string[];
  /** One-word official nouns ("군", "당국") that a particle marks as the speaker right before
   * the reporting verb ("…고 군은 설명했다"), matched as whole words. */
  bareOfficials?: string[];
  /** Parties abbreviated to one standing token in headlines ("북", "北"), by pack claimant id. */
  partyAbbreviations?: Record<string, string>;
  /** Reporting nouns that close a headline whose party opens it before a comma ("北, 위성 발사
   * 실패 발표", "합참, … 발사 확인"): the headline's own verb, its "했다" left out. */
  headlineVerbs?: string[];
  /** Whether adjectives follow their noun (French "l'armée nord-coréenne"). */
  adjectivesFollow?: boolean;
  /** Particles marking a noun as the sentence's topic ("은", "는"): the topic is the speaker when
   * no subject stands right before the verb. */
  topicParticles?: string[];
  /** Verb-final languages (Korean): endings that close a reported clause ("다고", "라며",
   * "”고"). The words right before one are that clause's predicate, which says whether the
   * clause states a fact (`../reported-clauses.ts`). */
  quotatives?: string[];
  /** Verb-final languages: endings that join a clause to the next ("…향상시키고,", "…했으며"):
   * the joined clause has a predicate of its own. */
  clauseJoints?: string[];
  /** Evaluative nouns that, as a reported clause's predicate ("…극히 도발적인 망동”이라며"), judge
   * an act instead of reporting one. */
  evaluativeNouns?: string[];
  /** Nouns of likelihood ("가능성"): with a prospective verb or an event noun before them, a
   * forecast of what may still happen. */
  likelihoods?: string[];
  /** Verbs of expectation after "…할 것으로" ("예상", "전망"): a forecast. */
  expectations?: string[];
  /** What may follow a verb's stem in its adnominal form ("는", "된", "하는"): such a verb before a
   * noun qualifies the noun (`../noun-modifiers.ts`). */
  adnominalTails?: string[];
  /** Bound nouns ("바", "데", "것"): an adnominal before one belongs to the predicate ("밝힌 바
   * 있다"), not to a noun modifier. */
  boundNouns?: string[];
  /** Phrases after a noun that make it the sentence's subject matter ("에 대해서는", "와
   * 관련해"): a sentence about another matter takes no topical anchor from the claims before. */
  subjectMatters?: string[];
  /** Words opening such a phrase that point back to the matter before ("이에 대해", "이와
   * 관련해"). */
  pointersBack?: string[];
  /** Adverbs that put a clause in the past ("지난주", "이미"): a reported clause with one
   * reports what happened, whatever future it goes on to. */
  pastAdverbs?: string[];
  /** Thinking verbs closing a predicate ("생각한다"): like a reporting verb, they pass on the
   * clause inside them. */
  cognitions?: string[];
  /** Claimant order within a sentence: SVO languages take the speaker nearest before the verb,
   * Korean (SOV, topic first) the first speaker of the sentence. */
  speakerOrder: 'nearest' | 'first';
}
