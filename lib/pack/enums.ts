/**
 * Runtime lists of the schema's string enums, for validation. Each list is checked against its
 * type below, so adding a value to a type without adding it here fails to compile.
 */
import type { Hedge, Status } from '../types';

/** Every verification status, in the order the card explains them. */
export const STATUSES = ['unverifiable', 'estimate', 'corroborated', 'contradicted'] as const;

/** Every figure hedge. */
export const HEDGES = [
  'exact',
  'about',
  'nearly',
  'more-than',
  'at-least',
  'up-to',
  'range',
] as const;

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
// Compile-time completeness checks: each line errors if the list misses a member of its type.
const statusesComplete: Missing<Status, (typeof STATUSES)[number]> = true;
const hedgesComplete: Missing<Hedge, (typeof HEDGES)[number]> = true;
void statusesComplete;
void hedgesComplete;
