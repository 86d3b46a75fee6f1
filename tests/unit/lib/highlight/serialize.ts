/**
 * Test helper: a node's exact markup, for "the DOM is back to what it was" assertions
 * (source code may not read outerHTML; XMLSerializer gives the same guarantee).
 */
export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}
