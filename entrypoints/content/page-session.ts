/**
 * One page's reading: gate, article, claims, highlights, and the data the card and popup ask
 * for. Synchronous and DOM-only, so tests drive it with a hand-made pipeline; extension APIs stay
 * in `index.ts`. `clear()` undoes every page change this session made.
 */
import type { SummaryData } from '@/components/ArticleSummary';
import { englishT, type Translate } from '@/components/card-messages';
import { kindLabel } from '@/components/format';
import type { ClaimSummary, PageReport, PageStatus } from '@/lib/messages';
import type { ClaimContext, Pack } from '@/lib/pack/types';
import type { Settings } from '@/lib/settings';
import type { Claim, Reading } from '@/lib/types';
import { installPageStyle, type PageStyle } from './page-style';
import type { FoundArticle, HighlightHandle, Pipeline } from './pipeline';

/** What the card shows for one claim. */
export interface CardData {
  claim: Claim;
  context: ClaimContext;
  claimantDescription?: string;
}

export interface SessionOptions {
  doc: Document;
  pipeline: Pipeline;
  t?: Translate;
  /** Runs our own DOM writes with the mutation observer paused, so they never re-trigger us. */
  quietly?: (write: () => void) => void;
}

/** What the in-article summary needs: its text, where it goes, and the claim it leads to. */
export interface PageSummary {
  data: SummaryData;
  /** The article root: the summary goes right before it, never inside. */
  articleRoot: Element;
  /** The highlighted claim that comes first in the text. */
  firstClaimId: string;
}

/** Longest excerpt in a report, in characters. */
const EXCERPT_CHARS = 90;

export class PageSession {
  status: PageStatus = 'off-topic';
  /** True when the cheap gate said no: the page may still load on-topic content later. */
  gateFailed = false;
  private readonly doc: Document;
  private readonly pipeline: Pipeline;
  private readonly t: Translate;
  private readonly quietly: (write: () => void) => void;
  private article?: FoundArticle;
  private reading?: Reading & { pack?: Pack };
  private handle?: HighlightHandle;
  private style?: PageStyle;
  private shown: Claim[] = [];
  private contexts = new Map<string, ClaimContext>();

  constructor(options: SessionOptions) {
    this.doc = options.doc;
    this.pipeline = options.pipeline;
    this.t = options.t ?? englishT;
    this.quietly = options.quietly ?? ((write) => write());
  }

  /** Reads the page and highlights the claims whose kind is on; returns the page status. */
  run(settings: Settings, packs: Pack[]): PageStatus {
    this.clear();
    this.gateFailed = false;
    if (packs.length === 0 || !this.pipeline.gate(this.doc, packs)) {
      this.gateFailed = true;
      return (this.status = 'off-topic');
    }
    const article = this.pipeline.findArticle(this.doc);
    if (!article) return (this.status = 'no-article');
    const { map, meta } = article;
    // The headline helps the topic decision only when the article root does not already
    // contain it; offsets always refer to map.text.
    const headline = meta.headline?.trim();
    const inText = article.headlineInText ?? (!!headline && map.text.includes(headline));
    const topicMeta = inText ? { ...meta, headline: undefined } : meta;
    const reading = this.pipeline.read(map.text, topicMeta, packs);
    if (!reading.topic.onTopic || !reading.pack) return (this.status = 'off-topic');
    this.article = article;
    this.reading = reading;
    this.status = 'on-topic';
    this.shown = reading.claims.filter((c) => settings.kinds[c.kind]);
    this.quietly(() => {
      this.style = installPageStyle(this.doc, settings.highlightStyle);
      if (this.shown.length > 0) {
        this.handle = this.pipeline.highlight(map, this.shown);
        this.decorate(settings.cardMode !== 'off');
      }
    });
    return this.status;
  }

  /** Removes every mark, the page style and the state; the DOM is as before `run`. */
  clear(): void {
    const { handle, style } = this;
    this.handle = undefined;
    this.style = undefined;
    this.article = undefined;
    this.reading = undefined;
    this.shown = [];
    this.contexts.clear();
    this.status = 'off-topic';
    if (!handle && !style) return;
    this.quietly(() => {
      try {
        handle?.remove();
      } catch {
        // The page already replaced the marked nodes; nothing of ours is left to undo there.
      }
      style?.remove();
    });
  }

  /** Switches underline / tint / outline without re-reading. */
  setHighlightStyle(style: Settings['highlightStyle']): void {
    this.quietly(() => this.style?.setStyle(style));
  }

  /** Number of highlighted claims (what the toolbar badge shows). */
  get count(): number {
    return this.shown.length;
  }

  /** Whether the page removed or replaced any of our marks (a re-render). */
  marksLost(): boolean {
    if (!this.handle) return false;
    for (const els of this.handle.marks.values()) {
      if (els.some((el) => !el.isConnected)) return true;
    }
    return false;
  }

  /** Marks of a claim in document order; the first is the focusable one. */
  marksOf(id: string): HTMLElement[] {
    return this.handle?.marks.get(id) ?? [];
  }

  /** The claim, its context and claimant description, for the card. */
  cardData(id: string): CardData | undefined {
    const claim = this.reading?.claims.find((c) => c.id === id);
    const context = claim && this.contextOf(claim);
    if (!claim || !context) return undefined;
    const pack = this.reading?.pack;
    const claimantDescription = pack?.detection.claimants.find(
      (c) => c.id !== undefined && c.id === claim.claimant?.id,
    )?.description;
    return { claim, context, claimantDescription };
  }

  /** The in-article summary of the highlighted claims; undefined when nothing is highlighted. */
  summary(): PageSummary | undefined {
    const { article, reading } = this;
    const pack = reading?.pack;
    if (!article || !pack || this.status !== 'on-topic' || !this.handle) return undefined;
    const marked = this.shown.filter((c) => this.marksOf(c.id).length > 0);
    const first = marked.reduce<Claim | undefined>(
      (best, c) => (!best || c.start < best.start ? c : best),
      undefined,
    );
    if (!first) return undefined;
    const kinds: SummaryData['kinds'] = {};
    for (const c of this.shown) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    const family = this.pipeline.mainFamily(this.shown);
    const familyTitle = pack.families.find((f) => f.id === family)?.title;
    return {
      data: { total: this.shown.length, kinds, packTitle: pack.title, familyTitle },
      articleRoot: article.root,
      firstClaimId: first.id,
    };
  }

  /** What the popup shows about this page. */
  report(host: string, settings: Settings): PageReport {
    const claims: ClaimSummary[] = (this.reading?.claims ?? []).map((c) => ({
      id: c.id,
      kind: c.kind,
      claimant: c.claimant?.name,
      excerpt: excerpt(c.text),
      shown: settings.kinds[c.kind],
    }));
    const report: PageReport = { status: this.status, host, claims };
    const reading = this.reading;
    if (reading?.pack) {
      report.topic = reading.pack.title;
      const family = this.pipeline.mainFamily(reading.claims);
      const first = family ? reading.claims.find((c) => c.familyId === family) : undefined;
      if (first) report.mainContext = this.contextOf(first);
    }
    return report;
  }

  /**
   * Makes each claim's first fragment a keyboard stop announced once as a claim: a button that
   * opens a dialog, named by its own text (so nothing is hidden from screen readers) and
   * described as an unverified claim. Later fragments stay plain text.
   */
  decorate(cardsOn: boolean): void {
    if (!this.handle) return;
    const handle = this.handle;
    this.quietly(() => {
      for (const claim of this.shown) {
        const first = handle.marks.get(claim.id)?.[0];
        if (!first) continue;
        const who = [kindLabel(claim.kind, this.t), claim.claimant?.name]
          .filter(Boolean)
          .join(': ');
        first.setAttribute('tabindex', '0');
        first.setAttribute('role', 'button');
        first.setAttribute(
          'aria-description',
          this.t(cardsOn ? 'markDescription' : 'markDescriptionNoCard', [who]),
        );
        if (cardsOn) {
          first.setAttribute('aria-haspopup', 'dialog');
          first.setAttribute('aria-expanded', 'false');
        } else {
          first.removeAttribute('aria-haspopup');
          first.removeAttribute('aria-expanded');
        }
      }
    });
  }

  private contextOf(claim: Claim): ClaimContext | undefined {
    const cached = this.contexts.get(claim.id);
    if (cached) return cached;
    const pack = this.reading?.pack;
    if (!pack || !this.reading || !this.article) return undefined;
    const context = this.pipeline.context(
      claim,
      pack,
      this.article.meta.published,
      this.reading.caveats.map((c) => c.text),
    );
    this.contexts.set(claim.id, context);
    return context;
  }
}

/** The opening words of a claim, cut at a word boundary. */
function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= EXCERPT_CHARS) return clean;
  const cut = clean.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}
