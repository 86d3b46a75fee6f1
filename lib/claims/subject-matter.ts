/**
 * A sentence that names its own subject matter ("미국의 대러 제재에 대해서는 …", "중국 정세와
 * 관련해서는 …") is about that matter: with no topical anchor of its own, it does not take one from
 * the claims before it, though its speaker goes on ("그는 아울러 …"). "이에 대해", "이와 관련해"
 * point back to the matter before, and keep it.
 */
import type { Sentence } from '../types';
import type { DetectState } from './detect-state';
import { findPhrases } from './phrases';

/** Whether `s` opens a subject matter of its own, named by a phrase that does not point back. */
export function namesOwnMatter(st: DetectState, s: Sentence): boolean {
  const { cues, text } = st;
  const markers = cues.subjectMatters ?? [];
  if (!markers.length) return false;
  return findPhrases(markers, text, cues.wordBoundaries, s.start, s.end).some((m) => {
    const before = /(\S+)\s*$/u.exec(text.slice(s.start, m.start))?.[1] ?? '';
    const word = before + text.slice(m.start, m.end).split(/\s/u)[0];
    return before !== '' && !(cues.pointersBack ?? []).some((p) => word.startsWith(p));
  });
}
