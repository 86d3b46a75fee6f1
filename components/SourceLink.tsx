import type { Source } from '@/lib/pack/schema';
import type { Translate } from './ui-strings';
import { safeHttpsUrl } from './format';
import { sourceLabel } from './source-label';

export interface SourceLinkProps {
  source: Source;
  t: Translate;
  /** Names the surrounding text already shows; the label leaves them out (see `sourceLabel`). */
  named?: readonly string[];
  /** Link text instead of the computed label (an attribution that is itself the link). */
  label?: string;
}

/**
 * A source's publisher as a link that opens in a new tab without giving the page a handle on
 * the opener. Non-https URLs are shown as plain text: the scheme is checked here, at render, even
 * though packs are validated, because user packs may come from anywhere.
 */
export function SourceLink({ source, t, named, label }: SourceLinkProps) {
  const href = safeHttpsUrl(source.url);
  const text = label ?? sourceLabel(source, t, named);
  if (!href) return <span class="caveat-source">{text}</span>;
  return (
    <a class="caveat-source" href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}

export interface SourceListProps {
  sources: Source[];
  t: Translate;
  /** Names the surrounding text already shows. */
  named?: readonly string[];
}

/** Sources separated by commas; nothing when there are none. */
export function SourceList({ sources, t, named }: SourceListProps) {
  if (sources.length === 0) return null;
  return (
    <span class="caveat-sources">
      {sources.map((source, i) => (
        <span key={`${source.url}-${i}`}>
          {i > 0 ? ', ' : ''}
          <SourceLink source={source} t={t} named={named} />
        </span>
      ))}
    </span>
  );
}
