/**
 * Reading a string by code unit without making strings: how many code units a code point takes,
 * and single-character pattern tests remembered per BMP code unit (news text repeats its few
 * characters outside ASCII: curly quotes, dashes, accented letters).
 */

/** Code units of the code point starting at `at`: 2 for a surrogate pair, else 1. */
export function codeUnitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * `pattern.test` of the one-character string of a BMP code unit, remembered per code unit: the
 * pattern runs once for each code unit ever asked about.
 */
export function perCodeUnit(pattern: RegExp): (code: number) => boolean {
  /** Per BMP code unit: 0 unknown, 1 matches, 2 does not. Filled on first sight. */
  let table: Uint8Array | undefined;
  return (code) => {
    table ??= new Uint8Array(0x10000);
    let known = table[code] ?? 0;
    if (known === 0) {
      known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      table[code] = known;
    }
    return known === 1;
  };
}

/** JavaScript's `\s`. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
