/**
 * How a source is named on the card, so the speaker, the outlet and the copy each appear once:
 * "Reuters, via The Japan Times" for a wire story on a partner's site, only "via The Japan
 * Times" where the line already names Reuters, and the outlet alone for its own page.
 */
import { coreName } from '@/lib/pack/sources';
import type { Source } from '@/lib/pack/schema';
import type { Translate } from './ui-strings';

function normalise(name: string): string {
  return coreName(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
}

/** `outer` contains `inner` as whole words ("KBS, on NIS estimates" contains "KBS"). */
function containsName(outer: string, inner: string): boolean {
  if (inner === '') return false;
  const at = outer.indexOf(inner);
  if (at < 0) return false;
  const before = outer[at - 1];
  const after = outer[at + inner.length];
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  return edge(before) && edge(after);
}

/**
 * Whether two names are the same outlet: "Daily NK" and "Daily NK (in Korean)", "Behind the
 * News" and "Behind the News, a Ukrainian fact-checking site", "The Japan Times" and "Japan
 * Times".
 */
export function sameOutlet(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = normalise(a);
  const y = normalise(b);
  return containsName(x, y) || containsName(y, x);
}

/** Whether any of `names` already says `name`. */
export function isNamed(name: string | undefined, names: readonly (string | undefined)[]): boolean {
  return names.some((n) => sameOutlet(n, name));
}

/**
 * The link text of a source, given the names its line already shows: a copy reads "Reuters,
 * via The Japan Times", or "via The Japan Times" once Reuters is named; a publisher's own page
 * reads as the publisher.
 */
export function sourceLabel(source: Source, t: Translate, named: readonly string[] = []): string {
  const via = source.via?.trim();
  if (!via || sameOutlet(via, source.publisher)) return source.publisher;
  return isNamed(via, named)
    ? t('sourceVia', [source.publisher])
    : t('sourceCopy', [via, source.publisher]);
}
