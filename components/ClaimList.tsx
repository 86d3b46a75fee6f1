import type { ClaimSummary } from '@/lib/protocol';
import type { T } from './i18n';
import { KindBadge } from './KindBadge';

export interface ClaimListProps {
  /** Claims to list, in page order (only those highlighted: the rest cannot be shown). */
  claims: ClaimSummary[];
  /** Scrolls the page to the claim, focuses it and opens its card. */
  onSelect: (id: string) => void;
  t: T;
}

/**
 * The page's highlighted claims, one button each: kind, claimant and the claim's opening words.
 * A list of buttons rather than links because selecting one acts on the page, not a URL.
 */
export function ClaimList({ claims, onSelect, t }: ClaimListProps) {
  if (claims.length === 0) return null;
  return (
    <ul class="claim-list" aria-label={t('claimListLabel')} data-testid="claim-list">
      {claims.map((claim) => (
        <li key={claim.id}>
          <button
            type="button"
            class="claim-item"
            data-claim-id={claim.id}
            onClick={() => onSelect(claim.id)}
          >
            <span class="claim-item-head">
              <KindBadge kind={claim.kind} t={t} />
              {claim.claimant && <span class="claim-claimant">{claim.claimant}</span>}
            </span>
            <span class="claim-excerpt">{claim.excerpt}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
