/**
 * Values derived from long-lived data (a pack, a cue list, a phrase list) and kept while that
 * data lives. The phrase matcher compiles lists by identity, so derived lists must be built once
 * and handed back as the same arrays.
 */

/** `derive`, remembered per object. */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    // One look-up on a hit (the common case), a second only for a value that is undefined.
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as V;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/** `derive`, remembered per object and name (a language, a mode). */
export function perObjectAndName<K extends object, V>(
  derive: (key: K, name: string) => V,
): (key: K, name: string) => V {
  const byObject = perObject((): Map<string, V> => new Map());
  return (key, name) => {
    const byName = byObject(key);
    const known = byName.get(name);
    if (known !== undefined || byName.has(name)) return known as V;
    const value = derive(key, name);
    byName.set(name, value);
    return value;
  };
}
