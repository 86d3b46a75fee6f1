/**
 * English defaults for every string the card, the history chart and the claim highlights show.
 * Keys follow `messages.json` naming so the locale files (en/de/ko, merged by the popup side) can
 * carry them; `createTranslate` falls back to these when the browser has no translation.
 * `$1`, `$2` ... are substitutions, in the order passed to `t`.
 */
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

/**
 * Builds a `Translate` from an optional platform lookup (such as `browser.i18n.getMessage`, which
 * returns "" for unknown keys); anything the lookup cannot answer comes from `CARD_MESSAGES`.
 */
export function createTranslate(lookup?: (key: string, subs?: string[]) => string): Translate {
  return (key, subs) => {
    let found = '';
    try {
      found = lookup?.(key, subs) ?? '';
    } catch {
      // An invalidated extension context throws here: the English default still works.
    }
    return found || substitute(CARD_MESSAGES[key], subs);
  };
}

/** English-only translator, for tests and for contexts without `browser.i18n`. */
export const englishT: Translate = createTranslate();
