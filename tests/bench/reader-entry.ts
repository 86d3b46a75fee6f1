/**
 * The reader alone, for `scripts/bench-instructions.mjs`: bundled into one IIFE and run in Node,
 * where it exposes `globalThis.caveatReadBench` (reads one article, returns its claim count).
 */
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';

declare global {
  var caveatReadBench: (text: string, headline?: string, lang?: string) => number;
}

globalThis.caveatReadBench = (text, headline, lang) =>
  readArticle(text, { headline, lang }, [northKoreaPack]).claims.length;
