/**
 * "Copy with sources": the card's facts as plain text for a reporter's notes. The claim, who
 * made it and its figure, then the same sections the card shows (earlier claims, independent
 * estimates, later developments, caveats), each fact followed by numbered source marks, and the
 * numbered sources with their addresses at the end, each address once.
 */
import type { ClaimContext, Source } from '@/lib/pack/schema';
import type { Claim } from '@/lib/types';
import type { Translate } from './ui-strings';
import { formatDate, formatFigure, safeHttpsUrl, statusLabel } from './format';
import { sourceLabel, sameOutlet } from './source-label';

export interface CopyTextInput {
  claim: Claim;
  context: ClaimContext;
  /** The claimant line as the card shows it ("KCNA, North Korean state media: ..."). */
  claimantLine: string;
  t: Translate;
  locale?: string;
}

/** Numbers sources in first-cited order, each address once. */
class SourceNotes {
  private readonly order: Source[] = [];
  private readonly byUrl = new Map<string, number>();

  /** " [1, 2]" for these sources, or "" when there are none. */
  mark(sources: readonly Source[]): string {
    const numbers = sources.map((source) => {
      const known = this.byUrl.get(source.url);
      if (known !== undefined) return known;
      this.order.push(source);
      this.byUrl.set(source.url, this.order.length);
      return this.order.length;
    });
    return numbers.length > 0 ? ` [${[...new Set(numbers)].join(', ')}]` : '';
  }

  /** "[1] Reuters, via The Japan Times, 16 Oct 2024: https://..." lines. */
  lines(t: Translate, locale?: string): string[] {
    return this.order.map((source, i) => {
      const date = source.date ? `, ${formatDate(source.date, locale)}` : '';
      // Like the card, only https addresses are given; any other is left out, not rewritten.
      const url = safeHttpsUrl(source.url);
      return `[${i + 1}] ${sourceLabel(source, t)}${date}${url ? `: ${url}` : ''}`;
    });
  }
}

/** The plain-text notes for one claim's card. */
export function cardPlainText({ claim, context, claimantLine, t, locale }: CopyTextInput): string {
  const notes = new SourceNotes();
  const out: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push('', title, ...items.map((item) => `- ${item}`));
  };

  out.push(`${t('copyClaim')}: “${claim.text.trim()}”`, claimantLine);
  const figure = claim.figures[0];
  if (figure) out.push(`${t('cardClaimedFigure')}: ${formatFigure(figure, t, locale)}`);
  if (context.articleDate) {
    out.push(`${t('copyArticleDate')}: ${formatDate(context.articleDate, locale)}`);
  }

  section(
    t('cardHistory'),
    [...context.earlier, ...(context.current ? [context.current] : [])].map((e) => {
      const amount = e.figure ? `${formatFigure(e.figure, t, locale)}. ` : '';
      const current = e === context.current ? ` (${t('chartThisClaim')})` : '';
      return `${formatDate(e.date, locale)}, ${e.claimant}${current}: ${amount}${e.summary}${notes.mark(e.sources)}`;
    }),
  );
  section(t('cardEstimates'), [
    ...context.references.map(
      (r) =>
        `${r.publisher}: ${formatFigure(r.figure, t, locale)} (${r.label}), ${t('cardAsOf', [formatDate(r.asOf, locale)])}${notes.mark(r.sources)}`,
    ),
    ...context.comparisons.map((c) => c.text),
  ]);
  section(t('cardLater'), [
    ...context.laterClaims.map(
      (e) =>
        `${formatDate(e.date, locale)}, ${e.claimant}: ${e.summary} (${statusLabel(e.status, t)})${notes.mark(e.sources)}`,
    ),
    ...context.developments.map(
      (d) =>
        `${formatDate(d.date, locale)}: ${d.summary} (${statusLabel(d.status, t)})${notes.mark(d.sources)}`,
    ),
  ]);
  section(t('cardCaveats'), [
    ...context.articleCaveats.map((text) => `${t('cardCaveatInArticle')}: ${text}`),
    ...context.agencyCaveats.map((c) => {
      const speaker = c.quote ? (c.speaker ?? c.publisher) : c.publisher;
      const outlet = sameOutlet(speaker, c.publisher) ? '' : ` (${c.publisher})`;
      const date = c.date ? `, ${formatDate(c.date, locale)}` : '';
      const body = c.quote ? `${speaker}${outlet}: “${c.text}”` : `${c.text} (${speaker}${outlet})`;
      return `${body}${date}${notes.mark(c.sources)}`;
    }),
  ]);

  const sources = notes.lines(t, locale);
  if (sources.length > 0) out.push('', t('cardSources'), ...sources);
  out.push(
    '',
    t('copyFrom', [
      context.pack.title,
      context.pack.version,
      formatDate(context.pack.updated, locale),
    ]),
  );
  return out.join('\n');
}
