import type { Source } from '@/lib/pack/types';
import { safeHttpsUrl } from './format';

export interface SourceLinkProps {
  source: Source;
}

/**
 * A source's publisher as a link that opens in a new tab without giving the page a handle on
 * the opener. Non-https URLs are shown as plain text: the scheme is checked here, at render, even
 * though packs are validated, because user packs may come from anywhere.
 */
export function SourceLink({ source }: SourceLinkProps) {
  const href = safeHttpsUrl(source.url);
  const label = source.via ? `${source.publisher} (${source.via})` : source.publisher;
  if (!href) return <span class="caveat-source">{label}</span>;
  return (
    <a class="caveat-source" href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

export interface SourceListProps {
  sources: Source[];
}

/** Sources separated by commas; nothing when there are none. */
export function SourceList({ sources }: SourceListProps) {
  if (sources.length === 0) return null;
  return (
    <span class="caveat-sources">
      {sources.map((source, i) => (
        <span key={`${source.url}-${i}`}>
          {i > 0 ? ', ' : ''}
          <SourceLink source={source} />
        </span>
      ))}
    </span>
  );
}
