import { useState } from 'preact/hooks';
import type { ClaimContext, HistoryEntry, Source } from '@/lib/pack/schema';
import type { Claim } from '@/lib/types';
import type { Translate } from './ui-strings';
import { CardEssentials } from './CardEssentials';
import { CaveatsSection, EstimatesSection, HistorySection, LaterSection } from './ContextSections';
import { cardPlainText } from './copy-text';
import { formatDate, formatFigure } from './format';
import { historyPoints } from './HistoryChart';
import { KindBadge } from './KindBadge';
import { SourceList } from './SourceLink';

export interface CardProps {
  /** The highlighted claim. */
  claim: Claim;
  /** Its context, from `buildContext`. */
  context: ClaimContext;
  /** How the pack describes the claimant ("North Korean state media"), when known. */
  claimantDescription?: string;
  t: Translate;
  /** BCP 47 locale for numbers and dates; the browser's when absent. */
  locale?: string;
  /** Id for the title, referenced by `aria-labelledby`. */
  titleId?: string;
  /** Esc or the close button. */
  onClose: () => void;
  /** "Turn off cards": one click, the caller persists it. */
  onDisableCards: () => void;
  /** "Settings": the caller opens the options page. */
  onOpenSettings: () => void;
  /**
   * "Copy with sources": the caller puts the plain text on the clipboard and says whether it
   * could. Without it the button is not shown.
   */
  onCopy?: (text: string) => Promise<boolean>;
}

/**
 * The context card for one claim: a non-modal dialog (it holds links, so it takes focus on
 * keyboard opening but never traps it). Props only; the controller owns opening and placement.
 */
export function Card({
  claim,
  context,
  claimantDescription,
  t,
  locale,
  titleId = 'caveat-card-title',
  onClose,
  onDisableCards,
  onOpenSettings,
  onCopy,
}: CardProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const figure = claim.figures[0];
  const points = historyPoints(context, claim, t, locale);
  const historySources = uniqueSources([
    ...context.earlier,
    ...(context.current ? [context.current] : []),
  ]);
  const name = claim.claimant?.name;
  // "North Korea, North Korea's government ..." says the name twice: the description alone will do.
  const describedAlready =
    claimantDescription !== undefined &&
    name !== undefined &&
    claimantDescription.toLowerCase().includes(name.toLowerCase());
  const claimantLine = name
    ? claimantDescription
      ? describedAlready
        ? t('cardClaimantNamed', [claimantDescription])
        : t('cardClaimantDescribed', [name, claimantDescription])
      : t('cardClaimantNamed', [name])
    : t('cardClaimantUnknown');
  const copy = async () => {
    if (!onCopy) return;
    const text = cardPlainText({ claim, context, claimantLine, t, locale });
    let ok = false;
    try {
      ok = await onCopy(text);
    } catch {
      // A copier that throws (an invalidated extension context) is reported like a refusal.
      ok = false;
    }
    setCopyState(ok ? 'copied' : 'failed');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    // Esc on a dialog is the APG dismissal key; the dialog itself is not a control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      class="caveat-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-kind={claim.kind}
      data-testid="caveat-card"
      onKeyDown={onKeyDown}
    >
      {/* Divs, not header/footer: inside a dialog in the page's composed tree, those would be a
          second banner and contentinfo landmark next to the page's own (axe-core flags both). */}
      <div class="caveat-card-head">
        <h2 id={titleId} tabIndex={-1} data-autofocus="">
          {t('cardTitle')}
        </h2>
        <KindBadge kind={claim.kind} t={t} />
        <button type="button" class="caveat-close" aria-label={t('cardClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="caveat-claimant">{claimantLine}</p>

      {figure && (
        <p class="caveat-figure">
          <span class="caveat-muted">{t('cardClaimedFigure')}: </span>
          <strong>{formatFigure(figure, t, locale)}</strong>
        </p>
      )}

      <CardEssentials context={context} t={t} locale={locale} />

      {context.family && (
        <HistorySection points={points} t={t} locale={locale}>
          {historySources.length > 0 && (
            // Closed: a family can cite a dozen outlets, a wall of links between chart and text.
            <details class="caveat-details caveat-history-sources">
              <summary>
                {t('cardSources')}
                <span class="caveat-details-count">{` (${historySources.length})`}</span>
              </summary>
              <p>
                <SourceList sources={historySources} t={t} />
              </p>
            </details>
          )}
        </HistorySection>
      )}

      <EstimatesSection context={context} t={t} locale={locale} />
      <LaterSection context={context} t={t} locale={locale} />
      <CaveatsSection context={context} t={t} locale={locale} />

      {claim.cues.length > 0 && (
        <section class="caveat-section" data-testid="why">
          <h3>{t('cardWhy')}</h3>
          <ul class="caveat-cues">
            {claim.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </section>
      )}

      <p class="caveat-verdict">{t('cardNotVerdict')}</p>
      <div class="caveat-card-foot">
        {!context.articleDate && <p class="caveat-muted">{t('cardNoDate')}</p>}
        <p class="caveat-muted">
          {t('cardPack', [
            context.pack.title,
            context.pack.version,
            formatDate(context.pack.updated, locale),
          ])}
        </p>
        <div class="caveat-actions">
          {onCopy && (
            <button type="button" onClick={() => void copy()} data-testid="copy-sources">
              {t('cardCopy')}
            </button>
          )}
          <button type="button" onClick={onDisableCards}>
            {t('cardTurnOff')}
          </button>
          <button type="button" onClick={onOpenSettings}>
            {t('cardSettings')}
          </button>
        </div>
        {onCopy && (
          <p class="caveat-muted caveat-copy-status" role="status" data-testid="copy-status">
            {copyState === 'copied'
              ? t('cardCopied')
              : copyState === 'failed'
                ? t('cardCopyFailed')
                : ''}
          </p>
        )}
      </div>
    </div>
  );
}

/** The sources of history entries, each URL once, in entry order. */
function uniqueSources(entries: HistoryEntry[]): Source[] {
  const seen = new Set<string>();
  return entries
    .flatMap((e) => e.sources)
    .filter((s) => !seen.has(s.url) && seen.add(s.url) !== undefined);
}
