// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CardEssentials } from '@/components/CardEssentials';
import { CaveatLine } from '@/components/CaveatLine';
import { englishT } from '@/components/ui-strings';
import { buildContext } from '@/lib/pack/context';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { makeClaim, makeContext } from '../fixtures/claim-context';

/** "(X, X)": a name repeated inside one pair of brackets. */
const REPEATED = /\(([^,()]+), \1\)/;

function demoContext() {
  const claim = makeClaim({
    familyId: 'enlistment-drives',
    figures: [
      { start: 0, end: 1, value: 1_400_000, unit: 'youths', hedge: 'about', text: '1.4 million' },
    ],
  });
  return buildContext(claim, northKoreaPack, '2024-10-16', []);
}

describe('CardEssentials', () => {
  it('answers the four questions for the October 2024 drive', () => {
    render(<CardEssentials context={demoContext()} t={englishT} locale="en" />);
    expect(screen.getByTestId('essential-earlier').textContent).toBe(
      'Claimed beforeMar 20, 2023 about 1.4 million youths · Mar 18, 2023 about 800,000 youths · Sep 28, 2017 more than 4.7 million people',
    );
    expect(screen.getByTestId('essential-reference').textContent).toBe(
      'Independent figure1.09× IISS: 1.28 million, active armed forces (2024)',
    );
    const caveat = screen.getByTestId('essential-caveat');
    expect(caveat.textContent).toBe(
      "CaveatReuters: “it is extremely difficult to verify North Korea's claims” — Oct 16, 2024, via The Japan Times",
    );
    const link = caveat.querySelector('a')!;
    expect(link.textContent).toBe('via The Japan Times');
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.japantimes\.co\.jp\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says when there is no independent figure, and falls back to the article caveat', () => {
    render(
      <CardEssentials
        context={makeContext({ references: [], comparisons: [], agencyCaveats: [] })}
        t={englishT}
        locale="en"
      />,
    );
    expect(screen.getByTestId('essential-reference').textContent).toContain(
      'No independent figure on record',
    );
    expect(screen.getByTestId('essential-caveat').textContent).toContain(
      'In this article: The claim could not be checked by reporters.',
    );
  });

  it('shows a reference without a ratio when the claim has no figure to compare', () => {
    render(<CardEssentials context={makeContext({ comparisons: [] })} t={englishT} />);
    expect(screen.getByTestId('essential-reference').textContent).toBe(
      'Independent figureIISS: 1.28 million, active armed forces (2024)',
    );
  });

  it('is absent without a family', () => {
    const { container } = render(
      <CardEssentials context={makeContext({ family: undefined })} t={englishT} />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('CaveatLine', () => {
  it('never repeats a name in brackets, for every caveat of the bundled pack', () => {
    for (const family of northKoreaPack.families) {
      for (const caveat of family.caveats) {
        const { container, unmount } = render(
          <CaveatLine caveat={caveat} t={englishT} locale="en" />,
        );
        expect(container.textContent, caveat.id).not.toMatch(REPEATED);
        unmount();
      }
    }
  });

  it('links the speaker itself when it cites its own page, keeping the language note', () => {
    const { container } = render(
      <CaveatLine
        caveat={{
          id: 'x',
          publisher: 'Daily NK',
          text: 'Youths were pressed to sign.',
          date: '2023-03-23',
          sources: [{ publisher: 'Daily NK (in Korean)', url: 'https://www.dailynk.com/x' }],
        }}
        t={englishT}
        locale="en"
      />,
    );
    expect(container.textContent).toBe(
      'Youths were pressed to sign. — Daily NK (in Korean), Mar 23, 2023',
    );
    expect(container.querySelector('a')?.textContent).toBe('Daily NK');
  });

  it('names a speaker and the outlet that published them once each', () => {
    const { container } = render(
      <CaveatLine
        caveat={{
          id: 'y',
          publisher: 'Metro',
          text: 'exaggerated',
          quote: true,
          speaker: "South Korea's defence ministry",
          sources: [{ publisher: 'Metro', url: 'https://metro.co.uk/x' }],
        }}
        t={englishT}
      />,
    );
    expect(container.textContent).toBe("South Korea's defence ministry (Metro): “exaggerated”");
    expect(container.querySelector('a')?.textContent).toBe('Metro');
  });
});
