/**
 * One page's reading: gate, article, claims, highlights, and the data the card and popup ask
 * for. DOM-only, so tests drive it with a hand-made pipeline; extension APIs stay in `index.ts`.
 * `clear()` undoes every page change this session made.
 *
 * The work never blocks the page: the text is read off the main thread when the pipeline can
 * (`readElsewhere`: the background), and otherwise here in steps; the session gives the main
 * thread back (`pause`) between the gate, finding the article, each step of reading and batches
 * of highlights, and reads at most `MAX_TEXT_CHARS` of an article. Later content can add article
 * roots (infinite scroll): each new root is read on its own, earlier ones are never read again.
 * Runs are queued one after the other; a new full run or `clear()` makes a run in progress stop
 * at its next pause.
 */
import { MAX_ARTICLE_CHARS, MIN_PARAGRAPH_CHARS } from '@/lib/article/find-article';
import type { PageReport, PageStatus } from '@/lib/protocol';
import type { ClaimContext, Pack } from '@/lib/pack/schema';
import type { Settings } from '@/lib/settings';
import { textRangesFromOffsets, type TextMap } from '@/lib/text/text-map';
import type { ArticleMeta, Claim } from '@/lib/types';
import { laterRoots } from './later-roots';
import { describeInEnglish, giveMarksTheirRole, type DescribeMark } from './mark-roles';
import { pageReport, pageSummary, type PageSummary, type SessionView } from './page-report';
import { installPageStyle, type PageStyle } from './page-style';
import type { FoundArticle, HighlightHandle, PackReading, Pipeline } from './pipeline';
import { pauseFor, TimeSlicer, type Pause } from './yield-to-page';
/** What the card shows for one claim. */
export interface CardData {
  claim: Claim;
  context: ClaimContext;
  claimantDescription?: string;
}

export interface SessionOptions {
  doc: Document;
  pipeline: Pipeline;
  /** The words screen readers hear for a claim's mark (`markDescriber(t)`); English by default. */
  describeMark?: DescribeMark;
  /** Runs our own DOM writes with the mutation observer paused, so they never re-trigger us. */
  quietly?: (write: () => void) => void;
  /** Gives the page its main thread back; defaults to `pauseFor()` (see `yield-to-page.ts`). */
  pause?: Pause;
}

/**
 * Most article text read per root: about 6,500 words, three times a long news story, and what
 * `findArticle` maps at most. Claims beyond it are not read; huge pages (a 5 MB "article") cost
 * a bounded amount of work.
 */
export const MAX_TEXT_CHARS = MAX_ARTICLE_CHARS;

/** Most article roots read on one page (the first and those added later). */
export const MAX_ROOTS = 10;

/** Text added inside a read root that makes it worth reading the page again. */
const GROWTH_MIN = 200;

/** Main-thread time (ms) one task of highlighting may use before it gives the page a turn. */
const TASK_BUDGET_MS = 8;

/** `text` cut to `MAX_TEXT_CHARS`, at the last paragraph break before the cap when there is one. */
export function capText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

/**
 * Claims in batches that share no text node with another batch, since highlighting splits text
 * nodes and a later batch must still find its nodes as the map recorded them.
 */
export function highlightBatches(map: TextMap, claims: readonly Claim[], size = 8): Claim[][] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const batches: Claim[][] = [];
  let current: Claim[] = [];
  let lastNode: Node | undefined;
  for (const claim of sorted) {
    const pieces = textRangesFromOffsets(map, claim.start, claim.end);
    const firstNode = pieces[0]?.node;
    const sharesNode = firstNode !== undefined && firstNode === lastNode;
    // A claim starting at or before the end of the previous one overlaps it: same batch too.
    const prev = current[current.length - 1];
    const overlapping = prev !== undefined && claim.start < prev.end;
    if (current.length >= size && !sharesNode && !overlapping) {
      batches.push(current);
      current = [];
    }
    current.push(claim);
    lastNode = pieces[pieces.length - 1]?.node ?? lastNode;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** One article root: what was found, what was read, and what we did to it. */
interface RootReading {
  article: FoundArticle;
  reading?: PackReading;
  shown: Claim[];
  handles: HighlightHandle[];
}

export class PageSession {
  status: PageStatus = 'off-topic';
  /** True when the cheap gate said no: the page may still load on-topic content later. */
  gateFailed = false;
  private readonly doc: Document;
  private readonly pipeline: Pipeline;
  private readonly describeMark: DescribeMark;
  private readonly quietly: (write: () => void) => void;
  private readonly pauseNow: Pause;
  /** Roots read or being read, in page-reading order. */
  private roots: RootReading[] = [];
  /** Roots planned by `planLater` and not read yet. */
  private planned: Element[] = [];
  private pageMeta?: ArticleMeta;
  private style?: PageStyle;
  private marks = new Map<string, HTMLElement[]>();
  private rootOf = new Map<string, RootReading>();
  private contexts = new Map<string, ClaimContext>();
  /** Bumped by every full run and `clear()`: work of an older generation stops. */
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: SessionOptions) {
    this.doc = options.doc;
    this.pipeline = options.pipeline;
    this.describeMark = options.describeMark ?? describeInEnglish;
    this.quietly = options.quietly ?? ((write) => write());
    this.pauseNow = options.pause ?? pauseFor();
  }

  /**
   * Reads the page from scratch (after undoing everything) and highlights the claims whose kind
   * is on; resolves with the page status. A later `run` or `clear()` stops this one.
   */
  run(settings: Settings, packs: Pack[]): Promise<PageStatus> {
    const generation = ++this.generation;
    return this.enqueue(() => this.readPage(generation, settings, packs));
  }

  /**
   * What later-added nodes mean: `'rerun'` when the page must be read again (nothing read yet,
   * or a read root grew), else the new article roots to read with `readLater` (maybe none).
   */
  planLater(added: readonly Node[]): Element[] | 'rerun' {
    if (this.roots.length === 0) return 'rerun';
    const known = this.roots.map((r) => r.article.root);
    const found = laterRoots(added, known, {
      minParagraphChars: MIN_PARAGRAPH_CHARS,
      pending: this.planned,
    });
    if (found.grownText >= GROWTH_MIN) return 'rerun';
    const room = Math.max(0, MAX_ROOTS - known.length - this.planned.length);
    const roots = found.roots.slice(0, room);
    this.planned.push(...roots);
    return roots;
  }

  /** Reads and highlights roots from `planLater`, one after the other, never the old ones. */
  readLater(roots: readonly Element[], settings: Settings, packs: Pack[]): Promise<void> {
    const generation = this.generation;
    return this.enqueue(async () => {
      for (const root of roots) {
        if (!this.current(generation)) return;
        await this.pauseNow();
        if (!this.current(generation)) return;
        this.planned = this.planned.filter((el) => el !== root);
        if (!root.isConnected || !this.pageMeta) continue;
        const article = this.pipeline.articleAt(root, this.pageMeta);
        await this.readRoot(generation, article, settings, packs);
      }
    });
  }

  /** Removes every mark, the page style and the state; the DOM is as before `run`. */
  clear(): void {
    this.generation += 1;
    this.reset();
  }

  /** Switches underline / tint / outline without re-reading. */
  setHighlightStyle(style: Settings['highlightStyle']): void {
    this.quietly(() => this.style?.setStyle(style));
  }

  /** Ids of the packs this page was read with (one per article root that is on a topic). */
  get packIds(): string[] {
    return [...new Set(this.roots.flatMap((r) => (r.reading?.pack ? [r.reading.pack.id] : [])))];
  }

  /** Number of highlighted claims (what the toolbar badge shows). */
  get count(): number {
    let n = 0;
    for (const root of this.roots) n += root.shown.length;
    return n;
  }

  /** Whether the page removed or replaced any of our marks (a re-render). */
  marksLost(): boolean {
    for (const els of this.marks.values()) {
      if (els.some((el) => !el.isConnected)) return true;
    }
    return false;
  }

  /** Marks of a claim in document order; the first is the focusable one. */
  marksOf(id: string): HTMLElement[] {
    return this.marks.get(id) ?? [];
  }

  /** The claim, its context and claimant description, for the card. */
  cardData(id: string): CardData | undefined {
    const root = this.rootOf.get(id);
    const claim = root?.reading?.claims.find((c) => c.id === id);
    const context = claim && this.contextOf(claim);
    if (!claim || !context) return undefined;
    const pack = root?.reading?.pack;
    const claimantDescription = pack?.detection.claimants.find(
      (c) => c.id !== undefined && c.id === claim.claimant?.id,
    )?.description;
    return { claim, context, claimantDescription };
  }

  /** The in-article summary's data (`page-report.ts`); undefined when nothing is highlighted. */
  summary(): PageSummary | undefined {
    return pageSummary(this.view());
  }

  /** What the popup shows about this page (`page-report.ts`). */
  report(host: string, settings: Settings): PageReport {
    return pageReport(this.view(), host, settings);
  }

  /** What this session read, as its report and summary see it. */
  private view(): SessionView {
    return {
      status: this.status,
      roots: this.roots,
      mainFamily: (claims) => this.pipeline.mainFamily([...claims]),
      contextOf: (claim) => this.contextOf(claim),
      marksOf: (id) => this.marksOf(id),
    };
  }

  /** Gives each highlighted claim's first mark its accessible role (`mark-roles.ts`). */
  decorate(cardsOn: boolean): void {
    this.decorateClaims(
      this.roots.flatMap((r) => r.shown),
      cardsOn,
    );
  }

  private decorateClaims(claims: readonly Claim[], cardsOn: boolean): void {
    if (claims.length === 0) return;
    this.quietly(() =>
      giveMarksTheirRole(claims, (id) => this.marksOf(id), cardsOn, this.describeMark),
    );
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const result = this.queue.then(op);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private current(generation: number): boolean {
    return generation === this.generation;
  }

  /** Undoes everything without stopping the current generation. */
  private reset(): void {
    const handles = this.roots.flatMap((r) => r.handles);
    const style = this.style;
    this.roots = [];
    this.planned = [];
    this.pageMeta = undefined;
    this.style = undefined;
    this.marks = new Map();
    this.rootOf.clear();
    this.contexts.clear();
    this.status = 'off-topic';
    if (handles.length === 0 && !style) return;
    this.quietly(() => {
      for (let i = handles.length - 1; i >= 0; i--) {
        try {
          handles[i]?.remove();
        } catch {
          // The page already replaced the marked nodes; nothing of ours is left to undo there.
        }
      }
      style?.remove();
    });
  }

  private async readPage(
    generation: number,
    settings: Settings,
    packs: Pack[],
  ): Promise<PageStatus> {
    if (!this.current(generation)) return this.status;
    this.reset();
    this.gateFailed = false;
    if (packs.length === 0 || !this.pipeline.gate(this.doc, packs)) {
      this.gateFailed = true;
      return (this.status = 'off-topic');
    }
    await this.pauseNow();
    if (!this.current(generation)) return this.status;
    const article = this.pipeline.findArticle(this.doc);
    if (!article) return (this.status = 'no-article');
    this.pageMeta = article.meta;
    await this.pauseNow();
    if (!this.current(generation)) return this.status;
    await this.readRoot(generation, article, settings, packs);
    return this.status;
  }

  /** Reads one root and highlights its claims; the page status becomes on-topic if it is. */
  private async readRoot(
    generation: number,
    article: FoundArticle,
    settings: Settings,
    packs: Pack[],
  ): Promise<void> {
    const root: RootReading = { article, shown: [], handles: [] };
    this.roots.push(root);
    const { map, meta } = article;
    // The headline helps the topic decision only when the article root does not already
    // contain it; offsets always refer to map.text.
    const headline = meta.headline?.trim();
    const inText = article.headlineInText ?? (!!headline && map.text.includes(headline));
    const topicMeta = inText ? { ...meta, headline: undefined } : meta;
    const text = capText(map.text);
    const elsewhere = await this.pipeline.readElsewhere?.(text, topicMeta, packs);
    if (!this.current(generation)) return;
    let read = elsewhere;
    if (!read) {
      const steps = await this.pipeline.read(text, topicMeta, packs);
      if (!this.current(generation)) return;
      let step = steps.next();
      while (!step.done) {
        await this.pauseNow();
        if (!this.current(generation)) return;
        step = steps.next();
      }
      read = step.value;
    }
    const reading = this.withUniqueIds(read);
    if (!reading.topic.onTopic || !reading.pack) return;
    root.reading = reading;
    this.status = 'on-topic';
    for (const claim of reading.claims) this.rootOf.set(claim.id, root);
    const shown = reading.claims.filter((c) => settings.kinds[c.kind]);
    root.shown = shown;
    if (!this.style)
      this.quietly(() => (this.style = installPageStyle(this.doc, settings.highlightStyle)));
    if (shown.length === 0) return;
    await this.pauseNow();
    const slicer = new TimeSlicer(this.pauseNow, TASK_BUDGET_MS);
    for (const batch of highlightBatches(map, shown)) {
      if (slicer.due()) await slicer.pause();
      if (!this.current(generation)) return;
      this.quietly(() => {
        const handle = this.pipeline.highlight(map, batch);
        root.handles.push(handle);
        for (const [id, els] of handle.marks) this.marks.set(id, els);
      });
      this.decorateClaims(batch, settings.cardMode !== 'off');
    }
  }

  /** Claim ids unique on the page: a later root repeating a sentence gets "-2", "-3". */
  private withUniqueIds(reading: PackReading): PackReading {
    if (this.rootOf.size === 0) return reading;
    const used = new Set(this.rootOf.keys());
    const claims = reading.claims.map((claim) => {
      if (!used.has(claim.id)) {
        used.add(claim.id);
        return claim;
      }
      let n = 2;
      while (used.has(`${claim.id}-${n}`)) n++;
      const id = `${claim.id}-${n}`;
      used.add(id);
      return { ...claim, id };
    });
    return { ...reading, claims };
  }

  private contextOf(claim: Claim): ClaimContext | undefined {
    const cached = this.contexts.get(claim.id);
    if (cached) return cached;
    const root = this.rootOf.get(claim.id);
    const pack = root?.reading?.pack;
    if (!root?.reading || !pack) return undefined;
    const context = this.pipeline.context(
      claim,
      pack,
      root.article.meta.published ?? this.pageMeta?.published,
      root.reading.caveats.map((c) => c.text),
    );
    this.contexts.set(claim.id, context);
    return context;
  }
}
