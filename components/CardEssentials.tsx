import { pickEssentials } from '@/lib/pack/essentials';
import type { ClaimContext } from '@/lib/pack/schema';
import type { Translate } from './ui-strings';
import { CaveatLine } from './CaveatLine';
import {
  formatAmount,
  formatDate,
  formatFigureShort,
  formatRatio,
  labelInSentence,
} from './format';

export interface CardEssentialsProps {
  context: ClaimContext;
  t: Translate;
  locale?: string;
}

/** The year a reference figure describes ("2024"), or its date as written. */
function yearOf(iso: string): string {
  return /^\d{4}/.exec(iso)?.[0] ?? iso;
}

/**
 * The card's first screen, below the claimant and the figure: how the claim compares with the
 * nearest earlier ones (date and figure, or who made a claim without one), the best independent reference with its ratio, and the
 * strongest agency or fact-checker caveat, quoted and attributed. Three short rows, so all of it
 * fits in about 360 px at a phone's width; the full sections follow below.
 */
export function CardEssentials({ context, t, locale }: CardEssentialsProps) {
  if (!context.family) return null;
  const { earlier, reference, caveat } = pickEssentials(context);
  const fallbackCaveat = caveat ? undefined : context.articleCaveats[0];
  return (
    <section class="caveat-essentials" aria-label={t('essentialsLabel')} data-testid="essentials">
      <p class="caveat-essential" data-testid="essential-earlier">
        <span class="caveat-essential-label">{t('essentialsEarlier')}</span>
        {earlier.length === 0 ? (
          <span class="caveat-muted">{t('essentialsNoEarlier')}</span>
        ) : (
          <span class="caveat-essential-items">
            {earlier.map((entry, i) => (
              <span key={entry.id} class="caveat-essential-item">
                {i > 0 ? ' · ' : ''}
                <span class="caveat-date">{formatDate(entry.date, locale)}</span>{' '}
                {entry.figure
                  ? formatFigureShort(entry.figure, t, locale)
                  : t('essentialsNoFigure', [entry.claimant])}
              </span>
            ))}
          </span>
        )}
      </p>
      <p class="caveat-essential" data-testid="essential-reference">
        <span class="caveat-essential-label">{t('essentialsReference')}</span>
        {reference ? (
          <span>
            {reference.ratio !== undefined
              ? t('essentialsRatio', [
                  formatRatio(reference.ratio, locale),
                  reference.reference.publisher,
                  formatAmount(reference.reference.figure.value, locale),
                  labelInSentence(reference.reference.label),
                  yearOf(reference.reference.asOf),
                ])
              : t('essentialsReferencePlain', [
                  reference.reference.publisher,
                  formatAmount(reference.reference.figure.value, locale),
                  labelInSentence(reference.reference.label),
                  yearOf(reference.reference.asOf),
                ])}
          </span>
        ) : (
          <span class="caveat-muted">{t('essentialsNoReference')}</span>
        )}
      </p>
      {(caveat || fallbackCaveat) && (
        <p class="caveat-essential" data-testid="essential-caveat">
          <span class="caveat-essential-label">{t('essentialsCaveat')}</span>
          {caveat ? (
            <CaveatLine caveat={caveat} t={t} locale={locale} />
          ) : (
            <span>
              <span class="caveat-muted">{t('cardCaveatInArticle')}: </span>
              {fallbackCaveat}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
