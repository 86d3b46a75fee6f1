/**
 * The parts of a claim's context, one small component each, so the card and the popup show the
 * same facts the same way. All props-only; every text reaches the DOM as text.
 */
import type { ClaimContext, Source } from '@/lib/pack/types';
import type { Status } from '@/lib/types';
import type { Translate } from './card-messages';
import { formatDate, formatFigure, statusLabel } from './format';
import { SourceList } from './SourceLink';

export interface SectionProps {
  context: ClaimContext;
  t: Translate;
  locale?: string;
}

/** Independent estimates with their "as of" dates, then the computed comparisons. */
export function EstimatesSection({ context, t, locale }: SectionProps) {
  if (context.references.length === 0 && context.comparisons.length === 0) return null;
  return (
    <section class="caveat-section" data-testid="estimates">
      <h3>{t('cardEstimates')}</h3>
      <ul>
        {context.references.map((ref) => (
          <li key={ref.id}>
            {`${ref.publisher}: ${formatFigure(ref.figure, t, locale)} (${ref.label}), ${t('cardAsOf', [formatDate(ref.asOf, locale)])}. `}
            <SourceList sources={ref.sources} />
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
    </section>
  );
}

interface LaterItem {
  id: string;
  date: string;
  text: string;
  status: Status;
  sources: Source[];
}

/** Claims and developments after the article's date, merged and in date order. */
export function LaterSection({ context, t, locale }: SectionProps) {
  const items: LaterItem[] = [
    ...context.laterClaims.map((e) => ({
      id: e.id,
      date: e.date,
      text: `${e.claimant}: ${e.summary}`,
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
    <section class="caveat-section" data-testid="later">
      <h3>{t('cardLater')}</h3>
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
              <SourceList sources={item.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Caveats found in the article first, then those of agencies, each with publisher and links. */
export function CaveatsSection({ context, t, locale }: SectionProps) {
  if (context.articleCaveats.length === 0 && context.agencyCaveats.length === 0) return null;
  return (
    <section class="caveat-section" data-testid="caveats">
      <h3>{t('cardCaveats')}</h3>
      <ul>
        {context.articleCaveats.map((text, i) => (
          <li key={`a${i}`} class="caveat-in-article">
            <span class="caveat-muted">{t('cardCaveatInArticle')}: </span>
            {text}
          </li>
        ))}
        {context.agencyCaveats.map((c) => (
          <li key={c.id}>
            {c.quote ? `“${c.text}” (${c.speaker ?? c.publisher}, ${c.publisher})` : c.text}
            {c.date ? ` ${formatDate(c.date, locale)}. ` : ' '}
            {!c.quote && <span class="caveat-muted">{`${c.publisher}. `}</span>}
            <SourceList sources={c.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
