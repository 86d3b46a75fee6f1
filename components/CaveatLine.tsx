import type { AgencyCaveat, Source } from '@/lib/pack/schema';
import type { Translate } from './ui-strings';
import { formatDate, safeHttpsUrl } from './format';
import { sameOutlet } from './source-label';
import { SourceLink, SourceList } from './SourceLink';

export interface CaveatLineProps {
  caveat: AgencyCaveat;
  t: Translate;
  locale?: string;
}

/** A source that is the named party's own page, to link the name itself. */
function ownPage(sources: readonly Source[], name: string): Source | undefined {
  return sources.find((s) => !s.via && sameOutlet(s.publisher, name) && safeHttpsUrl(s.url));
}

/** "(in Korean)" of "Daily NK (in Korean)", when the name shown does not say it. */
function noteOf(source: Source | undefined, name: string): string {
  const note = source?.publisher.match(/\([^)]*\)/)?.[0];
  return note && !name.includes(note) ? ` ${note}` : '';
}

interface NameProps {
  name: string;
  source?: Source;
  t: Translate;
}

/** A name, as the link to its own page when the caveat cites one. */
function Name({ name, source, t }: NameProps) {
  const note = noteOf(source, name);
  return (
    <span class="caveat-attribution">
      {source ? <SourceLink source={source} t={t} label={name} /> : name}
      {note}
    </span>
  );
}

/**
 * One agency or fact-checker caveat with its attribution said once: the speaker (and the outlet,
 * when someone else published it), each linked to its own page when cited, then the date and the
 * other copies ("via The Japan Times"). A quotation reads `Reuters: “…”`; a paraphrase ends with
 * who published it.
 */
export function CaveatLine({ caveat, t, locale }: CaveatLineProps) {
  const speaker = caveat.quote ? (caveat.speaker ?? caveat.publisher) : caveat.publisher;
  const outlet = sameOutlet(speaker, caveat.publisher) ? undefined : caveat.publisher;
  const speakerPage = ownPage(caveat.sources, speaker);
  const outletPage = outlet ? ownPage(caveat.sources, outlet) : undefined;
  const rest = caveat.sources.filter((s) => s !== speakerPage && s !== outletPage);
  const named = [speaker, caveat.publisher];
  const attribution = (
    <>
      <Name name={speaker} source={speakerPage} t={t} />
      {outlet && (
        <>
          {' ('}
          <Name name={outlet} source={outletPage} t={t} />)
        </>
      )}
    </>
  );
  // Date and further copies follow the attribution: "16 Oct 2024, via The Japan Times".
  const date = caveat.date ? formatDate(caveat.date, locale) : undefined;
  const more = rest.length > 0 ? <SourceList sources={rest} t={t} named={named} /> : undefined;
  const after = (
    <>
      {date}
      {date && more && ', '}
      {more}
    </>
  );
  const hasAfter = date !== undefined || more !== undefined;
  if (caveat.quote) {
    return (
      <span class="caveat-line" data-quote="">
        {attribution}
        {`: “${caveat.text}”`}
        {hasAfter && <span class="caveat-muted"> — {after}</span>}
      </span>
    );
  }
  return (
    <span class="caveat-line">
      {`${caveat.text} — `}
      {attribution}
      {hasAfter && <>, {after}</>}
    </span>
  );
}
