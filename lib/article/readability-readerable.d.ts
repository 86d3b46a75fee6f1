/**
 * Types for Readability's stand-alone readerability check. Importing it directly (instead of the
 * package index) keeps the full Readability parser out of the content script bundle.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  /** Whether the page looks like an article; reads only, never mutates. */
  export default function isProbablyReaderable(
    document: Document,
    options?: {
      minContentLength?: number;
      minScore?: number;
      visibilityChecker?: (node: Node) => boolean;
    },
  ): boolean;
}
