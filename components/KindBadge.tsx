import type { ClaimKind } from '@/lib/types';
import type { Translate } from './ui-strings';
import { kindLabel } from './format';

/**
 * Shapes that repeat the underline style of each kind in the badge, so the kind is told by text
 * and shape, never by colour alone.
 */
const KIND_GLYPHS: Record<ClaimKind, string> = {
  'state-media': '■',
  'official-estimate': '▲',
  'unnamed-source': '●',
  accusation: '◆',
  denial: '✕',
};

export interface KindBadgeProps {
  /** The claim kind to name. */
  kind: ClaimKind;
  t: Translate;
}

/** A small text label for a claim kind ("State media"), coloured per kind by the host CSS. */
export function KindBadge({ kind, t }: KindBadgeProps) {
  return (
    <span class="caveat-kind" data-kind={kind}>
      <span aria-hidden="true">{KIND_GLYPHS[kind]} </span>
      {kindLabel(kind, t)}
    </span>
  );
}
