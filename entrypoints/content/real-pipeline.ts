/**
 * The real reading pipeline: the `lib/` modules bound to the `Pipeline` shape the session uses.
 * No logic of its own beyond caching the gate's term list per pack list. Without `read`: the
 * detector's code is not part of the page's files (see `detect-in-page.ts`).
 */
import { findArticle } from '@/lib/article/find-article';
import { isNonArticle } from '@/lib/article/skip';
import { quickGate, subjectTermsOf } from '@/lib/gate';
import { highlightClaims } from '@/lib/highlight/highlighter';
import { buildContext, mainFamily } from '@/lib/pack/context';
import type { Pack } from '@/lib/pack/schema';
import { buildTextMap } from '@/lib/text/text-map';
import type { Pipeline } from './pipeline';

let termsFor: { packs: Pack[]; terms: string[] } | undefined;

/** The subject terms of `packs`, recomputed only when the pack list changes. */
function subjectTerms(packs: Pack[]): string[] {
  if (termsFor?.packs !== packs) termsFor = { packs, terms: subjectTermsOf(packs) };
  return termsFor.terms;
}

export const realPipeline: Omit<Pipeline, 'read'> = {
  gate: (doc, packs) => quickGate(doc, subjectTerms(packs)),
  findArticle: (doc) => findArticle(doc),
  // The same reader text findArticle builds for its root.
  articleAt: (root, pageMeta) => ({
    root,
    map: buildTextMap(root, { skip: isNonArticle }),
    meta: { ...pageMeta, headline: undefined },
    headlineInText: true,
  }),
  highlight: (map, claims) => highlightClaims(map, claims),
  context: (claim, pack, date, caveats) => buildContext(claim, pack, date, caveats),
  mainFamily: (claims) => mainFamily(claims),
};
