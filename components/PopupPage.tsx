import type { PageReport } from '@/lib/protocol';
import { ClaimList } from './ClaimList';
import type { T } from './i18n';
import { PopupContext } from './PopupContext';

/** What the popup knows about the active tab. */
export type PageState =
  | { state: 'loading' }
  /**
   * `cannot-run`: not a web page; `not-loaded`: a web page whose content script did not answer;
   * `no-receiver`: no answer, and the browser hides the URL, so either of those.
   */
  | { state: 'unavailable'; reason: 'cannot-run' | 'not-loaded' | 'no-receiver' }
  | { state: 'report'; report: PageReport };

export interface PopupPageProps {
  page: PageState;
  onFocusClaim: (id: string) => void;
  t: T;
  locale?: string;
}

/**
 * The status line for a page. "Nothing checked" and "checked, nothing found" are worded apart
 * on purpose: an unmarked page must never read as a verified one.
 */
export function pageStatusText(page: PageState, t: T): string {
  if (page.state === 'loading') return t('pageLoading');
  if (page.state === 'unavailable') {
    if (page.reason === 'cannot-run') return t('pageCannotRun');
    return page.reason === 'not-loaded' ? t('pageNotLoaded') : t('pageNoReceiver');
  }
  const { report } = page;
  switch (report.status) {
    case 'disabled':
      return t('pageDisabled');
    case 'site-disabled':
      return t('pageSiteDisabled');
    case 'no-article':
    case 'off-topic':
      return t('pageNothingChecked');
    case 'on-topic': {
      const shown = report.claims.filter((c) => c.shown).length;
      const hidden = report.claims.length - shown;
      if (report.claims.length === 0) return t('pageNoClaims');
      const count = shown === 1 ? t('pageClaimsOne') : t('pageClaimsMany', [String(shown)]);
      return hidden > 0 ? `${count} (${t('pageClaimsHidden', [String(hidden)])})` : count;
    }
  }
}

/** The popup's "This page" section: status, the claims as buttons, the main family's context. */
export function PopupPage({ page, onFocusClaim, t, locale }: PopupPageProps) {
  const report = page.state === 'report' ? page.report : undefined;
  const onTopic = report?.status === 'on-topic';
  const shown = report?.claims.filter((c) => c.shown) ?? [];
  return (
    <section class="popup-page" aria-labelledby="page-h" data-testid="this-page">
      <h2 id="page-h">{t('popupThisPage')}</h2>
      <p role="status" class="page-status" data-testid="page-status" data-status={report?.status}>
        {pageStatusText(page, t)}
      </p>
      {onTopic && report.topic && <p class="muted">{t('pageTopic', [report.topic])}</p>}
      {onTopic && <ClaimList claims={shown} onSelect={onFocusClaim} t={t} />}
      {onTopic && <p class="muted small">{t('pageNotFalse')}</p>}
      {onTopic && report.mainContext && (
        <PopupContext context={report.mainContext} t={t} locale={locale} />
      )}
    </section>
  );
}
