/**
 * What a page session tells others about the page: the popup's report (status, the claims of
 * every root read, the main claim family's context) and the in-article summary box's data.
 * Pure functions of what the session read; the session's states live in `page-session.ts`.
 */
import type { SummaryData } from '@/components/ArticleSummary';
import type { ClaimContext } from '@/lib/pack/schema';
import type { ClaimSummary, PageReport, PageStatus } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import type { Claim } from '@/lib/types';
import type { FoundArticle, PackReading } from './pipeline';

/** Longest excerpt in a report, in characters. */
const EXCERPT_CHARS = 90;

/** What the in-article summary needs: its text, where it goes, and the claim it leads to. */
export interface PageSummary {
  data: SummaryData;
  /** The article root: the summary goes right before it, never inside. */
  articleRoot: Element;
  /** The highlighted claim that comes first in the text. */
  firstClaimId: string;
}

/** What the session read, as the report and the summary see it. */
export interface SessionView {
  status: PageStatus;
  roots: ReadonlyArray<{ article: FoundArticle; reading?: PackReading; shown: readonly Claim[] }>;
  /** The family most of these claims belong to. */
  mainFamily(claims: readonly Claim[]): string | undefined;
  contextOf(claim: Claim): ClaimContext | undefined;
  marksOf(id: string): readonly HTMLElement[];
}

/** What the popup shows about this page: the claims of every root read. */
export function pageReport(view: SessionView, host: string, settings: Settings): PageReport {
  const all = view.roots.flatMap((r) => r.reading?.claims ?? []);
  const claims: ClaimSummary[] = all.map((c) => ({
    id: c.id,
    kind: c.kind,
    claimant: c.claimant?.name,
    excerpt: excerpt(c.text),
    shown: settings.kinds[c.kind],
  }));
  const report: PageReport = { status: view.status, host, claims };
  const pack = view.roots.find((r) => r.reading?.pack)?.reading?.pack;
  if (pack) {
    report.topic = pack.title;
    const family = view.mainFamily(all);
    const first = family ? all.find((c) => c.familyId === family) : undefined;
    if (first) report.mainContext = view.contextOf(first);
  }
  return report;
}

/**
 * The in-article summary of the highlighted claims on the page; it goes before the first root
 * with a mark. Undefined when nothing is highlighted.
 */
export function pageSummary(view: SessionView): PageSummary | undefined {
  if (view.status !== 'on-topic') return undefined;
  const shown = view.roots.flatMap((r) => r.shown);
  for (const root of view.roots) {
    const pack = root.reading?.pack;
    const marked = root.shown.filter((c) => view.marksOf(c.id).length > 0);
    const first = marked.reduce<Claim | undefined>(
      (best, c) => (!best || c.start < best.start ? c : best),
      undefined,
    );
    if (!pack || !first) continue;
    const kinds: SummaryData['kinds'] = {};
    for (const c of shown) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    const family = view.mainFamily(shown);
    const familyTitle = pack.families.find((f) => f.id === family)?.title;
    return {
      data: { total: shown.length, kinds, packTitle: pack.title, familyTitle },
      articleRoot: root.article.root,
      firstClaimId: first.id,
    };
  }
  return undefined;
}

/** The opening words of a claim, cut at a word boundary. */
function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= EXCERPT_CHARS) return clean;
  const cut = clean.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}
