/**
 * The parts of a claim's context, one small component each, so the card and the popup show the
 * same facts the same way. All props-only; every text reaches the DOM as text.
 */
import type { ComponentChildren } from 'preact';
import type { ClaimContext, Source } from '@/lib/pack/schema';
import type { Status } from '@/lib/types';
import type { Translate } from './ui-strings';
import { formatDate, formatFigure, statusLabel } from './format';
import { CaveatLine } from './CaveatLine';
import { HistoryChart, type ChartPoint } from './HistoryChart';
import { SourceList } from './SourceLink';

export interface SectionProps {
  context: ClaimContext;
  t: Translate;
  locale?: string;
  /**
   * Render as a closed `<details>` whose summary names the section and counts its items (the
   * popup, where every section open at once made it thousands of pixels tall). The card shows
   * sections open.
   */
  collapsible?: boolean;
}

interface SectionFrameProps {
  testId: string;
  title: string;
  /** Items inside, shown in the summary of a collapsible section. */
  count: number;
  collapsible?: boolean;
  children: ComponentChildren;
}

/** A titled section: an `<h3>` over its body, or a closed disclosure whose summary is the title. */
function SectionFrame({ testId, title, count, collapsible, children }: SectionFrameProps) {
  if (!collapsible) {
    return (
      <section class="caveat-section" data-testid={testId}>
        <h3>{title}</h3>
        {children}
      </section>
    );
  }
  return (
    <details class="caveat-section caveat-details" data-testid={testId}>
      <summary>
        <span class="caveat-details-title">{title}</span>
        {count > 0 && <span class="caveat-details-count">{` (${count})`}</span>}
      </summary>
      {children}
    </details>
  );
}

/**
 * Earlier claims of the family: the chart, or a line saying there are none; the card adds its
 * sources below (`children`).
 */
export function HistorySection({
  points,
  t,
  locale,
  children,
}: {
  points: ChartPoint[];
  t: Translate;
  locale?: string;
  children?: ComponentChildren;
}) {
  return (
    <section class="caveat-section" data-testid="history">
      <h3>{t('cardHistory')}</h3>
      {points.length > 0 ? (
        <HistoryChart points={points} t={t} locale={locale} />
      ) : (
        <p class="caveat-muted">{t('cardHistoryNone')}</p>
      )}
      {children}
    </section>
  );
}

/** Independent estimates with their "as of" dates, then the computed comparisons. */
export function EstimatesSection({ context, t, locale, collapsible }: SectionProps) {
  if (context.references.length === 0 && context.comparisons.length === 0) return null;
  return (
    <SectionFrame
      testId="estimates"
      title={t('cardEstimates')}
      count={context.references.length}
      collapsible={collapsible}
    >
      <ul>
        {context.references.map((ref) => (
          <li key={ref.id}>
            {`${ref.publisher}: ${formatFigure(ref.figure, t, locale)} (${ref.label}), ${t('cardAsOf', [formatDate(ref.asOf, locale)])}. `}
            <SourceList sources={ref.sources} t={t} named={[ref.publisher]} />
          </li>
        ))}
      </ul>
      {context.comparisons.length > 0 && (
        <ul class="caveat-comparisons">
          {context.comparisons.map((c) => (
            <li key={c.against}>{c.text}</li>
          ))}
        </ul>
      )}
    </SectionFrame>
  );
}

interface LaterItem {
  id: string;
  date: string;
  text: string;
  /** Who made the claim, when it is one: its sources leave the name out. */
  claimant?: string;
  status: Status;
  sources: Source[];
}

/** Claims and developments after the article's date, merged and in date order. */
export function LaterSection({ context, t, locale, collapsible }: SectionProps) {
  const items: LaterItem[] = [
    ...context.laterClaims.map((e) => ({
      id: e.id,
      date: e.date,
      text: `${e.claimant}: ${e.summary}`,
      claimant: e.claimant,
      status: e.status,
      sources: e.sources,
    })),
    ...context.developments.map((d) => ({
      id: d.id,
      date: d.date,
      text: d.summary,
      status: d.status,
      sources: d.sources,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <SectionFrame
      testId="later"
      title={t('cardLater')}
      count={items.length}
      collapsible={collapsible}
    >
      {items.length === 0 ? (
        <p class="caveat-muted">{t('cardLaterNone')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <span class="caveat-date">{formatDate(item.date, locale)}</span> {item.text}{' '}
              <span class="caveat-status" data-status={item.status}>
                ({statusLabel(item.status, t)})
              </span>{' '}
              <SourceList
                sources={item.sources}
                t={t}
                named={item.claimant ? [item.claimant] : []}
              />
            </li>
          ))}
        </ul>
      )}
    </SectionFrame>
  );
}

/** Caveats found in the article first, then those of agencies, each attributed once (`CaveatLine`). */
export function CaveatsSection({ context, t, locale, collapsible }: SectionProps) {
  if (context.articleCaveats.length === 0 && context.agencyCaveats.length === 0) return null;
  return (
    <SectionFrame
      testId="caveats"
      title={t('cardCaveats')}
      count={context.articleCaveats.length + context.agencyCaveats.length}
      collapsible={collapsible}
    >
      <ul>
        {context.articleCaveats.map((text, i) => (
          <li key={`a${i}`} class="caveat-in-article">
            <span class="caveat-muted">{t('cardCaveatInArticle')}: </span>
            {text}
          </li>
        ))}
        {context.agencyCaveats.map((c) => (
          <li key={c.id}>
            <CaveatLine caveat={c} t={t} locale={locale} />
          </li>
        ))}
      </ul>
    </SectionFrame>
  );
}
