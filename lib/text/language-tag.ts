/** Language tags as pages and browsers write them ("en-GB", "pt_BR", "de"). */

/** "en-GB", "en_US", "de" -> "en", "en", "de"; undefined when not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary =
    (tag ?? '')
      .trim()
      .split(/[-_,;\s]/)[0]
      ?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
