/**
 * The server the benchmark scripts trace against: issue 5's 2,000-word article at
 * `/long-article.html` and, with `pages`, the shared corpus under `/pages/`, every response with
 * page scripts blocked (so every script that runs is the extension's or the harness's).
 */
import { startServer } from '../e2e/helpers/server.mjs';
import { BLOCK_SCRIPTS_CSP, PAGES_DIR } from '../corpus/corpus-pages.mjs';
import { longArticlePage } from './long-article-page.mjs';

/** Issue 5's page, served at `/long-article.html`. */
export const LONG_ARTICLE = longArticlePage(2000);

/** @param {{ pages?: boolean }} [options] */
export function startBenchServer({ pages = true } = {}) {
  const csp = { 'Content-Security-Policy': BLOCK_SCRIPTS_CSP };
  return startServer({
    dirs: pages ? { '/pages/': PAGES_DIR } : {},
    routes: { '/long-article.html': { body: LONG_ARTICLE.html, headers: csp } },
    staticHeaders: { ...csp, 'Content-Type': 'text/html' },
  });
}
