/**
 * The first look every page gets, and all that a page off the topic ever runs: one search of the
 * bundled packs' stems in the texts the gate reads and one observer of added content. It binds
 * no extension API. Whenever the page could be Caveat's business it hands over to the rest of the
 * bootstrap (`gate-and-load.ts`, a file of its own, loaded then): it names a bundled pack's
 * subject, packs are imported, the popup asks, or enough text arrives later that names one.
 *
 * What it knows without asking storage: whether packs are imported (the background then registers
 * a second content script, `imported-packs.ts`, that leaves a flag on this world's global before
 * or after the look, `PACKS_FLAG_GLOBAL`); and the popup's question, or packs imported while the
 * page is open (the popup and the background run a one-line script in this world that calls the
 * handle the look leaves on its global, `LOOK_GLOBAL`). Binding the `storage` API with its read
 * and listener cost every page about 0.4 ms of main thread (`npm run bench:ab`, 16 corpus pages,
 * 2.1 against 1.7 ms; issue 24).
 *
 * Why a file of its own and so little code: in a fresh page each script is compiled before it
 * runs, and each function again at its first call. Traced over the corpus pages (`npm run
 * bench:ab`, off the topic, thread time per page, medians of one run): the whole bootstrap 3.25
 * ms; this look with the rest bundled beside it, never called, 2.89 ms; this look alone 2.33 ms;
 * an empty content script 0.21 ms. What it still costs is mostly the platform's: the DOM's and
 * the storage API's bindings in the script's fresh world.
 *
 * It tests the bundled packs' terms as the gate does (`lib/gate.ts`): a few upper-case stems first,
 * and the pattern only in a text where one of them occurs ("NORTH" and "NORD" are common words),
 * over the same texts: the title, the main heading, the lede or else the readable text, and for
 * later content the readable text. So it hands over exactly where the gate would pass on the
 * bundled terms; the tests hold the two to that.
 */
import {
  GATE_LEDE_CHARS,
  LATER_RUNS,
  LATER_TEXT_MIN,
  MAX_FALLBACK_CHARS,
  MIN_LEDE_CHARS,
} from '@/lib/gate-limits';

/**
 * The gate's pattern (`GatePattern`) with the class that joins a term's words written as one
 * space, in few bytes (scripts/compact-gate-pattern.ts).
 */
export interface CompactPattern {
  stems: readonly string[];
  source: string;
  joiner: string;
}

/** Why the look handed over. */
export type HandOverReason =
  /** The title, main heading or lede names a bundled pack's subject. */
  | 'named'
  /** Imported packs exist, or were imported or removed. */
  | 'packs'
  /** The popup asked what happened here (`REPORT_ASK_KEY`). */
  | 'asked'
  /** Content added later names a bundled pack's subject. */
  | 'later';

export interface FirstLookDeps {
  doc: Document;
  /** The bundled packs' terms' pattern, built at build time (`gatePattern`), compacted. */
  pattern: CompactPattern;
  /**
   * The content script's (isolated) global: the look reads the imported packs' flag there and
   * leaves its handle (the names in `names`).
   */
  world: Record<string, unknown>;
  /** The global names of the imported packs' flag and of the look's handle. */
  names: { packs: string; look: string };
  /** Called once, with the first reason; the look has stopped by then. */
  handOver(reason: HandOverReason): void;
  /** Defaults to `requestIdleCallback` with a timeout, else `setTimeout`. */
  idle?: (work: () => void) => void;
}

/** Quiet time after added content before it is looked at. */
const LATER_DEBOUNCE_MS = 500;

/**
 * Starts the look; returns its stop function (tests). One flat function on purpose: each function
 * a fresh page calls is compiled at that first call.
 */
export function firstLook(deps: FirstLookDeps): () => void {
  const { doc, pattern, world } = deps;
  let done = false;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    done = true;
    if (world[deps.names.look] === handOver) delete world[deps.names.look];
    observer?.disconnect();
    clearTimeout(timer);
  };
  const handOver = (reason: HandOverReason) => {
    if (done) return;
    stop();
    deps.handOver(reason);
  };
  let re: RegExp | undefined;
  /** Whether `text` names a subject: a stem in upper case, then the pattern (as the gate). */
  const names = (text: string) => {
    const upper = text.toUpperCase();
    for (const stem of pattern.stems) {
      if (!upper.includes(stem)) continue;
      re ??= new RegExp(pattern.source.split(' ').join(pattern.joiner), 'i');
      return re.test(text);
    }
    return false;
  };
  /** The text without script, style and noscript contents, as the gate's `readableText`. */
  const readable = (root: Node, max: number) => {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    // Counted without the line breaks between nodes, as the gate counts.
    let length = 0;
    for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
      const parent = (node.parentNode as Element | null)?.localName;
      if (parent !== 'script' && parent !== 'style' && parent !== 'noscript') {
        text += `${(node as Text).data}\n`;
        length += (node as Text).data.length;
      }
    }
    return text;
  };

  // Packs are imported: their terms are not known here (the page gate reads them).
  if (world[deps.names.packs] === true) {
    handOver('packs');
    return stop;
  }
  // The popup's question and packs imported later come through this handle.
  world[deps.names.look] = handOver;

  const root = doc.body ?? doc.documentElement;
  let named = names(doc.title);
  if (!named && root) {
    const h1 = root.querySelector('h1');
    named = h1 !== null && names(h1.textContent ?? '');
    if (!named) {
      const paragraphs = root.getElementsByTagName('p');
      let lede = '';
      for (let i = 0; i < paragraphs.length && lede.length < GATE_LEDE_CHARS; i++) {
        lede += `${paragraphs[i]!.textContent ?? ''}\n`;
      }
      named = names(lede.length >= MIN_LEDE_CHARS ? lede : readable(root, MAX_FALLBACK_CHARS));
    }
  }
  if (named) {
    handOver('named');
    return stop;
  }

  // Lazy and single-page sites add their article after load: look again when enough text came,
  // at most LATER_RUNS times per address (a single-page site's next page is new content at a
  // new address).
  let added = 0;
  let address = doc.URL;
  let runs = 0;
  const idle =
    deps.idle ??
    ((work: () => void) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
      else setTimeout(work, 0);
    });
  const lookLater = () => {
    if (done) return;
    if (doc.URL !== address) {
      address = doc.URL;
      runs = 0;
    }
    const enough = added >= LATER_TEXT_MIN;
    added = 0;
    if (!enough || runs >= LATER_RUNS) return;
    runs += 1;
    const body = doc.body ?? doc.documentElement;
    if (names(doc.title) || (body !== null && names(readable(body, Infinity)))) {
      handOver('later');
    }
  };
  if (doc.body) {
    observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.addedNodes;
        for (let i = 0; i < nodes.length; i++) added += (nodes[i]!.textContent ?? '').length;
      }
      clearTimeout(timer);
      timer = setTimeout(() => idle(lookLater), LATER_DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  }

  return stop;
}
