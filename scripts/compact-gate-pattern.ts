/**
 * The bundled packs' gate pattern as the content script's first look carries it
 * (entrypoints/content/first-look.ts, built in by wxt.config.ts): every page parses that script,
 * and the pattern's source repeats the class that joins a term's words (`[\s\-\u2010\u2011]+`)
 * some forty times, about a quarter of the script. Here each is one space, which the source
 * otherwise never holds; the first look puts the class back when a stem occurs.
 */
import { gatePattern, type GatePattern } from '../lib/gate';
import type { CompactPattern } from '../entrypoints/content/first-look';

export function compactGatePattern(pattern: GatePattern): CompactPattern {
  // What joins the words of a two-word term, whatever the gate makes of it.
  const joiner = gatePattern(['a b'])?.source.slice(1, -1) ?? '';
  if (joiner === '' || joiner.includes(' ') || pattern.source.includes(' ')) {
    throw new Error('the gate pattern cannot be compacted: it holds spaces');
  }
  return { stems: pattern.stems, source: pattern.source.split(joiner).join(' '), joiner };
}
