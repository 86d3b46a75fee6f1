/**
 * English defaults for every string the card, the history chart and the claim highlights show.
 * Keys follow `messages.json` naming so the locale files (en/de/fr/ko, merged by the popup side) can
 * carry them; `createTranslate` falls back to these when the browser has no translation.
 * `$1`, `$2` ... are substitutions, in the order passed to `t`.
 */
import { primaryLanguage } from '@/lib/text/language-tag';

export const CARD_MESSAGES = {
  cardTitle: 'Unverified claim',
  cardClose: 'Close',
  kindStateMedia: 'State media',
  kindOfficialEstimate: 'Official estimate',
  kindUnnamedSource: 'Unnamed source',
  kindAccusation: 'Accusation',
  kindDenial: 'Denial',
  cardClaimantDescribed: '$1, $2: not independently verified',
  cardClaimantNamed: '$1: not independently verified',
  cardClaimantUnknown: 'Not independently verified',
  cardClaimedFigure: 'Claimed figure',
  cardEstimates: 'Independent estimates',
  cardAsOf: 'as of $1',
  cardHistory: 'Earlier claims',
  cardHistoryNone: 'No earlier claims of this kind on record.',
  cardLater: 'What happened later',
  cardLaterNone: 'Nothing on record after this article.',
  cardCaveats: 'Caveats',
  cardCaveatInArticle: 'In this article',
  cardWhy: 'Why highlighted',
  cardNotVerdict:
    'A highlight is not a verdict: it marks a claim no one has independently checked.',
  cardPack: '$1 $2, facts as of $3',
  cardNoDate: 'Publication date not found: showing everything, by date',
  cardTurnOff: 'Turn off cards',
  cardSettings: 'Settings',
  cardSources: 'Sources',
  sourceVia: 'via $1',
  sourceCopy: '$1, via $2',
  essentialsLabel: 'At a glance',
  essentialsEarlier: 'Claimed before',
  essentialsNoEarlier: 'No earlier claim of this kind on record.',
  essentialsReference: 'Independent figure',
  essentialsRatio: '$1× $2: $3, $4 ($5)',
  essentialsReferencePlain: '$1: $2, $3 ($4)',
  essentialsNoReference: 'No independent figure on record for this kind of claim.',
  essentialsCaveat: 'Caveat',
  essentialsNoFigure: '$1, no figure',
  cardCopy: 'Copy with sources',
  cardCopied: 'Copied: the claim, its context and sources.',
  cardCopyFailed: 'Could not copy here: the browser refused the clipboard.',
  copyClaim: 'Claim',
  copyArticleDate: 'Article date',
  copyFrom: 'From Caveat, $1 $2, facts as of $3',
  statusUnverifiable: 'unverifiable',
  statusEstimate: 'estimate',
  statusCorroborated: 'corroborated',
  statusContradicted: 'contradicted',
  hedgeAbout: 'about $1',
  hedgeNearly: 'nearly $1',
  hedgeMoreThan: 'more than $1',
  hedgeAtLeast: 'at least $1',
  hedgeUpTo: 'up to $1',
  hedgeRange: '$1 to $2',
  chartLabel: '$1 earlier claims, $2 to $3, from $4 to $5.',
  chartLabelCurrent: 'This claim: $1.',
  chartThisClaim: 'this claim',
  chartPoint: '$1, $2',
  chartPointCurrent: 'this claim: $1, $2',
  chartCaption: 'Earlier claims of this family',
  chartDate: 'Date',
  chartClaimant: 'Claimant',
  chartFigure: 'Figure',
  chartStatus: 'Status',
  markDescription: 'Unverified claim ($1). Press Enter for context.',
  markDescriptionNoCard: 'Unverified claim ($1).',
  summaryLabel: 'Caveat summary',
  summaryCountOne: 'Caveat highlighted 1 unverified claim in this article',
  summaryCountMany: 'Caveat highlighted $1 unverified claims in this article',
  summaryFamily: 'Most claims concern: $1',
  summaryScope: 'Caveat looks only for $1; nothing else in this article is checked.',
  summaryGoFirst: 'Go to first claim',
  summaryClose: 'Hide the summary on this page',
} as const;

export type CardMessageKey = keyof typeof CARD_MESSAGES;

/** Looks up a UI string; `subs` fill `$1`, `$2` ... in order. */
export type Translate = (key: CardMessageKey, subs?: string[]) => string;

/** Fills `$1`..`$9` in `template` from `subs`; unknown placeholders stay as they are. */
export function substitute(template: string, subs: string[] = []): string {
  return template.replace(/\$([1-9])/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}

/** Translations a `Translate` remembers before it starts over. */
const REMEMBERED = 500;

/**
 * Builds a `Translate` from an optional platform lookup (such as `browser.i18n.getMessage`, which
 * returns "" for unknown keys); anything the lookup cannot answer comes from `CARD_MESSAGES`.
 * Answers are remembered: the browser's lookup is a call into the extension bindings, and the
 * highlights ask the same few strings for every claim (about 0.2 ms for a page of 36 claims).
 */
export function createTranslate(lookup?: (key: string, subs?: string[]) => string): Translate {
  const known = new Map<string, string>();
  return (key, subs) => {
    const id = subs && subs.length > 0 ? `${key}\u0000${subs.join('\u0000')}` : key;
    const remembered = known.get(id);
    if (remembered !== undefined) return remembered;
    const english = () => substitute(CARD_MESSAGES[key], subs);
    let found = '';
    try {
      found = lookup?.(key, subs) ?? '';
    } catch {
      // An invalidated extension context throws here: the English default still works (and is
      // not remembered, so the browser's answer is used again if the context comes back).
      return english();
    }
    const text = found || english();
    if (known.size >= REMEMBERED) known.clear();
    known.set(id, text);
    return text;
  };
}

/**
 * The locales Caveat is translated into besides English (the `_locales` folders; a test keeps
 * the two in step). The browsers fall back to the default locale, English, for every other UI
 * language.
 */
export const TRANSLATED_LOCALES: readonly string[] = ['de', 'fr', 'ko'];

/**
 * Whether the browser would answer in English for `uiLanguage` ("en-GB", "fr", "pt_BR"): the
 * English file is then exactly `CARD_MESSAGES`, and asking the browser is only a cost (its first
 * lookup in a page loads the extension's messages, about a millisecond of the page's main
 * thread in Chromium).
 */
export function answersInEnglish(uiLanguage: string | undefined): boolean {
  const base = primaryLanguage(uiLanguage);
  return base !== undefined && !TRANSLATED_LOCALES.includes(base);
}

/** English-only translator, for tests and for contexts without `browser.i18n`. */
export const englishT: Translate = createTranslate();
