/**
 * The accessible role of a highlighted claim: its first mark is a keyboard stop announced once
 * as a claim (a button that opens the card's dialog, named by its own text so nothing is hidden
 * from screen readers, described as an unverified claim of its kind). Later fragments stay plain
 * text. The description's words are the UI's; the session only says which claims to describe.
 */
import { kindLabel } from '@/components/format';
import { englishT, type Translate } from '@/components/ui-strings';
import type { Claim } from '@/lib/types';

/** The words a screen reader hears for a claim's mark. */
export type DescribeMark = (claim: Claim, cardsOn: boolean) => string;

/** Mark descriptions in the UI's language: "Unverified claim (State media: KCNA)." */
export function markDescriber(t: Translate): DescribeMark {
  return (claim, cardsOn) => {
    const who = [kindLabel(claim.kind, t), claim.claimant?.name].filter(Boolean).join(': ');
    return t(cardsOn ? 'markDescription' : 'markDescriptionNoCard', [who]);
  };
}

/** English descriptions, until the UI's language is known. */
export const describeInEnglish: DescribeMark = markDescriber(englishT);

/** Gives each claim's first mark its role and description; `cardsOn` says whether it opens a card. */
export function giveMarksTheirRole(
  claims: readonly Claim[],
  marksOf: (id: string) => readonly HTMLElement[],
  cardsOn: boolean,
  describe: DescribeMark,
): void {
  for (const claim of claims) {
    const first = marksOf(claim.id)[0];
    if (!first) continue;
    first.setAttribute('tabindex', '0');
    first.setAttribute('role', 'button');
    first.setAttribute('aria-description', describe(claim, cardsOn));
    if (cardsOn) {
      first.setAttribute('aria-haspopup', 'dialog');
      first.setAttribute('aria-expanded', 'false');
    } else {
      first.removeAttribute('aria-haspopup');
      first.removeAttribute('aria-expanded');
    }
  }
}
