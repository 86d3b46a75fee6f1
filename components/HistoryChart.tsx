import type { ClaimContext, HistoryEntry } from '@/lib/pack/schema';
import type { Claim, Status } from '@/lib/types';
import type { Translate } from './ui-strings';
import { formatCompact, formatDate, formatFigure, statusLabel, yearOf } from './format';

/** One dot on the chart (and one row of its table). */
export interface ChartPoint {
  id: string;
  /** ISO date, possibly partial. */
  date: string;
  value: number;
  /** Upper bound, drawn as a bar from `value` to `max`. */
  max?: number;
  claimant: string;
  /** The figure as text, with hedge and unit ("about 1,400,000 youths"). */
  figureText: string;
  status?: Status;
  /** The claim the reader is looking at: drawn with its own shape and label. */
  current?: boolean;
}

/**
 * Chart points for a claim: the family's earlier claims that carry a figure, then the claim
 * itself (the matching history entry, or the article's own figure at the article's date).
 */
export function historyPoints(
  context: ClaimContext,
  claim: Claim | undefined,
  t: Translate,
  locale?: string,
): ChartPoint[] {
  const fromEntry = (entry: HistoryEntry, current: boolean): ChartPoint | undefined =>
    entry.figure && {
      id: entry.id,
      date: entry.date,
      value: entry.figure.value,
      max: entry.figure.max,
      claimant: entry.claimant,
      figureText: formatFigure(entry.figure, t, locale),
      status: entry.status,
      current,
    };
  const points = context.earlier
    .filter((e) => e.id !== context.current?.id)
    .map((e) => fromEntry(e, false))
    .filter((p): p is ChartPoint => p !== undefined);
  const currentPoint = context.current
    ? fromEntry(context.current, true)
    : claimPoint(claim, context.articleDate, t, locale);
  if (currentPoint) points.push(currentPoint);
  return points;
}

function claimPoint(
  claim: Claim | undefined,
  date: string | undefined,
  t: Translate,
  locale?: string,
): ChartPoint | undefined {
  const figure = claim?.figures[0];
  if (!claim || !figure || !date) return undefined;
  return {
    id: claim.id,
    date,
    value: figure.value,
    max: figure.max,
    claimant: claim.claimant?.name ?? '',
    figureText: formatFigure(figure, t, locale),
    status: 'unverifiable',
    current: true,
  };
}

export interface HistoryChartProps {
  points: ChartPoint[];
  t: Translate;
  locale?: string;
}

// Drawing box in SVG units; the SVG scales to its container's width.
const W = 360;
const H = 164;
// Right padding leaves room for the current claim's square at the last year; top padding for a
// label above the highest point.
const PAD = { left: 40, right: 18, top: 26, bottom: 24 };
/** Point labels' font size in SVG units: about 10.5 px when the card is 344 px wide. */
const LABEL_SIZE = 12;
/** Average advance of a label character at LABEL_SIZE (bold digits and Latin letters). */
const LABEL_CHAR = 6.8;

/**
 * Hidden from sight, not from screen readers. Inline, so the popup needs no extra CSS. It goes
 * on a wrapping div, not on the table: a table never shrinks below its content's width, and its
 * unclipped width would give the card a horizontal scrollbar.
 */
const SR_ONLY = {
  position: 'absolute',
  top: '0',
  left: '0',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * A dot chart of a claim family's figures over time, the current claim drawn as a hollow square
 * with a label. The SVG is one image with a summary label; a visually hidden table gives screen
 * readers every row.
 */
export function HistoryChart({ points, t, locale }: HistoryChartProps) {
  const dated = points
    .map((p) => ({ p, x: yearOf(p.date) }))
    .filter((d): d is { p: ChartPoint; x: number } => d.x !== undefined)
    .sort((a, b) => a.x - b.x);
  if (dated.length === 0) return null;

  const years = dated.map((d) => d.x);
  let x0 = Math.floor(Math.min(...years));
  let x1 = Math.ceil(Math.max(...years));
  if (x1 - x0 < 1) {
    x0 -= 1;
    x1 += 1;
  }
  const top = Math.max(...dated.map((d) => d.p.max ?? d.p.value));
  const { max: yMax, step } = niceScale(top);
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (v: number) => H - PAD.bottom - (v / yMax) * (H - PAD.top - PAD.bottom);

  const yTicks: number[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) yTicks.push(v);
  const xTicks = yearTicks(x0, x1);

  const earlier = dated.filter((d) => !d.p.current);
  const current = dated.find((d) => d.p.current);
  const values = earlier.map((d) => d.p.value);
  let label =
    earlier.length > 0
      ? t('chartLabel', [
          String(earlier.length),
          formatDate(earlier[0]!.p.date, locale),
          formatDate(earlier[earlier.length - 1]!.p.date, locale),
          formatCompact(Math.min(...values), locale),
          formatCompact(Math.max(...values), locale),
        ])
      : '';
  if (current) label = `${label} ${t('chartLabelCurrent', [current.p.figureText])}`.trim();
  const labels = placeLabels(
    labelledPoints(dated).map(({ p, x }) => ({
      id: p.id,
      cx: sx(x),
      cy: sy(p.value),
      current: p.current === true,
      text: t(p.current ? 'chartPointCurrent' : 'chartPoint', [
        formatCompact(p.value, locale),
        p.date.slice(0, 4),
      ]),
    })),
  );

  return (
    <div class="caveat-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={label}
        data-testid="history-chart"
      >
        <g class="caveat-chart-axis" fill="currentColor" font-size="11">
          {yTicks.map((v) => (
            <g key={`y${v}`}>
              <line
                x1={PAD.left}
                x2={W - PAD.right}
                y1={sy(v)}
                y2={sy(v)}
                stroke="currentColor"
                stroke-opacity="0.15"
              />
              <text x={PAD.left - 6} y={sy(v) + 3} text-anchor="end">
                {formatCompact(v, locale)}
              </text>
            </g>
          ))}
          {xTicks.map((year) => (
            <text key={`x${year}`} x={sx(year)} y={H - 6} text-anchor="middle">
              {String(year)}
            </text>
          ))}
        </g>
        {dated.map(({ p, x }) => {
          const cx = sx(x);
          const cy = sy(p.value);
          const range =
            p.max !== undefined && p.max !== p.value ? (
              <line x1={cx} x2={cx} y1={cy} y2={sy(p.max)} stroke="currentColor" stroke-width="2" />
            ) : null;
          return p.current ? (
            <g key={p.id} class="caveat-chart-current" data-current="true">
              {range}
              <rect
                x={cx - 6}
                y={cy - 6}
                width="12"
                height="12"
                fill="none"
                stroke="currentColor"
                stroke-width="2.5"
              />
            </g>
          ) : (
            <g key={p.id} class="caveat-chart-point" data-status={p.status}>
              {range}
              <circle cx={cx} cy={cy} r="4" fill="currentColor" />
            </g>
          );
        })}
        {labels.map((label) => (
          <text
            key={`label-${label.id}`}
            class={
              label.current ? 'caveat-chart-label caveat-chart-label-current' : 'caveat-chart-label'
            }
            x={label.x}
            y={label.y}
            text-anchor={label.anchor}
            font-size={LABEL_SIZE}
            data-testid="chart-label"
          >
            {label.text}
          </text>
        ))}
      </svg>
      <div style={SR_ONLY}>
        <table>
          <caption>{t('chartCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chartDate')}</th>
              <th scope="col">{t('chartClaimant')}</th>
              <th scope="col">{t('chartFigure')}</th>
              <th scope="col">{t('chartStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {dated.map(({ p }) => (
              <tr key={p.id}>
                <td>{formatDate(p.date, locale)}</td>
                <td>{p.claimant}</td>
                <td>{p.current ? `${p.figureText} (${t('chartThisClaim')})` : p.figureText}</td>
                <td>{p.status ? statusLabel(p.status, t) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface LabelRequest {
  id: string;
  cx: number;
  cy: number;
  current: boolean;
  text: string;
}

interface PlacedLabel extends LabelRequest {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The points that get a visible label: this claim, then the highest and the lowest earlier
 * figure (the extremes a reader compares against), each once.
 */
export function labelledPoints<T extends { p: ChartPoint; x: number }>(dated: T[]): T[] {
  const earlier = dated.filter((d) => !d.p.current);
  const byValue = [...earlier].sort((a, b) => a.p.value - b.p.value || a.x - b.x);
  const picks = [dated.find((d) => d.p.current), byValue.at(-1), byValue[0]];
  return picks.filter((d, i): d is T => d !== undefined && picks.indexOf(d) === i);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places each label next to its point without leaving the drawing or covering an earlier label:
 * above, below, then to the side, anchored so the text runs inward from the edges. The first
 * free spot wins; a label with none goes above its point.
 */
export function placeLabels(requests: LabelRequest[]): PlacedLabel[] {
  const placed: (PlacedLabel & { box: Box })[] = [];
  for (const request of requests) {
    const width = request.text.length * LABEL_CHAR;
    const inward: PlacedLabel['anchor'] =
      request.cx + width / 2 > W - 2
        ? 'end'
        : request.cx - width / 2 < PAD.left
          ? 'start'
          : 'middle';
    const candidates: Pick<PlacedLabel, 'x' | 'y' | 'anchor'>[] = [
      { x: request.cx, y: request.cy - 10, anchor: inward },
      { x: request.cx, y: request.cy + 10 + LABEL_SIZE, anchor: inward },
      { x: request.cx - 10, y: request.cy + LABEL_SIZE / 3, anchor: 'end' },
      { x: request.cx + 10, y: request.cy + LABEL_SIZE / 3, anchor: 'start' },
    ];
    const boxOf = (c: Pick<PlacedLabel, 'x' | 'y' | 'anchor'>): Box => {
      const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - width : c.x - width / 2;
      return { left, right: left + width, top: c.y - LABEL_SIZE, bottom: c.y + 3 };
    };
    const fits = (box: Box) =>
      box.left >= PAD.left - 6 &&
      box.right <= W &&
      box.top >= 0 &&
      box.bottom <= H - PAD.bottom + 4 &&
      placed.every((other) => !overlaps(box, other.box));
    const chosen = candidates.find((c) => fits(boxOf(c))) ?? candidates[0]!;
    placed.push({ ...request, ...chosen, box: boxOf(chosen) });
  }
  return placed.map(({ id, cx, cy, current, text, x, y, anchor }) => ({
    id,
    cx,
    cy,
    current,
    text,
    x,
    y,
    anchor,
  }));
}

/** A round axis maximum and tick step (1, 2 or 5 times a power of ten) for 3-5 ticks. */
export function niceScale(top: number): { max: number; step: number } {
  if (!(top > 0)) return { max: 1, step: 1 };
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  return { max: Math.ceil(top / step) * step, step };
}

/** Whole years between x0 and x1, thinned to at most five labels. */
function yearTicks(x0: number, x1: number): number[] {
  const span = x1 - x0;
  const every = Math.max(1, Math.ceil(span / 4));
  const ticks: number[] = [];
  for (let y = x0; y <= x1; y += every) ticks.push(y);
  return ticks;
}
