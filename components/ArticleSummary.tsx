import { CLAIM_KINDS, type ClaimKind } from '@/lib/types';
import type { Translate } from './ui-strings';
import { formatNumber, kindLabel } from './format';

/** What the in-article summary says about one page. */
export interface SummaryData {
  /** Highlighted claims on the page (what the badge counts). */
  total: number;
  /** Highlighted claims per kind; kinds with none may be absent. */
  kinds: Partial<Record<ClaimKind, number>>;
  /** The pack that read the article: the only topic Caveat checked. */
  packTitle: string;
  /** Title of the family most of the claims belong to, when one matches. */
  familyTitle?: string;
}

export interface ArticleSummaryProps {
  data: SummaryData;
  t: Translate;
  /** BCP 47 locale for numbers; the browser's when absent. */
  locale?: string;
  /** 'dark' or 'light' from the page's own background; the CSS follows the system when absent. */
  theme?: 'dark' | 'light';
  /** "Go to first claim": the caller scrolls to and focuses it. */
  onGoToFirst: () => void;
  /** The close button: the caller hides the summary for this page. */
  onClose: () => void;
}

/**
 * The compact box above an article: how many claims were highlighted, of which kinds (each
 * label drawn with its mark's line style, so colour is never the only cue), the main family,
 * the not-a-verdict reminder and what was not checked. Props only; the host places it.
 */
export function ArticleSummary({
  data,
  t,
  locale,
  theme,
  onGoToFirst,
  onClose,
}: ArticleSummaryProps) {
  const count = formatNumber(data.total, locale);
  const heading = data.total === 1 ? t('summaryCountOne') : t('summaryCountMany', [count]);
  const kinds = CLAIM_KINDS.filter((kind) => (data.kinds[kind] ?? 0) > 0);

  return (
    <div class="caveat-summary" role="region" aria-label={t('summaryLabel')} data-theme={theme}>
      <div class="caveat-summary-head">
        <p class="caveat-summary-title">{heading}</p>
        <button
          type="button"
          class="caveat-close"
          aria-label={t('summaryClose')}
          title={t('summaryClose')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ul class="caveat-summary-kinds">
        {kinds.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span class="caveat-summary-sample" data-kind={kind}>
              {kindLabel(kind, t)}
            </span>
            {`: ${formatNumber(data.kinds[kind] ?? 0, locale)}`}
          </li>
        ))}
      </ul>
      {data.familyTitle && <p>{t('summaryFamily', [data.familyTitle])}</p>}
      <p class="caveat-verdict">{t('cardNotVerdict')}</p>
      <p class="caveat-muted">{t('summaryScope', [data.packTitle])}</p>
      <div class="caveat-actions">
        <button type="button" onClick={onGoToFirst}>
          {t('summaryGoFirst')}
        </button>
      </div>
    </div>
  );
}
