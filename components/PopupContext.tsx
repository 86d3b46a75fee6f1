import type { ClaimContext } from '@/lib/pack/schema';
import { CardEssentials } from './CardEssentials';
import { CaveatsSection, EstimatesSection, HistorySection, LaterSection } from './ContextSections';
import { formatDate } from './format';
import { historyPoints } from './HistoryChart';
import type { T } from './i18n';

export interface PopupContextProps {
  /** Context of the page's main claim family (`PageReport.mainContext`). */
  context: ClaimContext;
  t: T;
  locale?: string;
}

/**
 * The context of the page's main claim family, built from the card's own pieces so the popup
 * and the card never disagree: the card's first screen (nearest earlier claims, independent
 * figure, strongest caveat), earlier claims as a chart and later developments open, then
 * independent estimates and caveats (the long lists) as closed disclosures with their counts, so
 * the popup stays about a screen tall while everything stays one keypress away.
 */
export function PopupContext({ context, t, locale }: PopupContextProps) {
  const points = historyPoints(context, undefined, t, locale);
  return (
    <section class="popup-context" data-testid="main-context" aria-labelledby="ctx-h">
      <h3 id="ctx-h">
        {context.family ? t('contextHeading', [context.family.title]) : t('contextHeadingPlain')}
      </h3>
      <CardEssentials context={context} t={t} locale={locale} />
      {context.family && <HistorySection points={points} t={t} locale={locale} />}
      <LaterSection context={context} t={t} locale={locale} />
      <EstimatesSection context={context} t={t} locale={locale} collapsible />
      <CaveatsSection context={context} t={t} locale={locale} collapsible />
      <p class="caveat-muted popup-pack">
        {t('cardPack', [
          context.pack.title,
          context.pack.version,
          formatDate(context.pack.updated, locale),
        ])}
      </p>
    </section>
  );
}
