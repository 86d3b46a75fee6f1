/**
 * Just the North Korea pack's id and subject terms: what the page gate needs on every page,
 * without the rest of the pack (which only on-topic pages load).
 */
import { subject } from './detection.json';

export const NORTH_KOREA_PACK_ID = 'north-korea-military';

export const northKoreaSubject = { id: NORTH_KOREA_PACK_ID, subject };
