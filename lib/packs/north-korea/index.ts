/**
 * The bundled North Korea pack, assembled from its parts so that detection data and each
 * family's facts can be reviewed (and owned) separately. The result is validated in tests and
 * by `npm run pack:check`.
 */
import type { Detection, Pack } from '../../pack/types';
import detection from './detection.json';

export const northKoreaPack: Pack = {
  id: 'north-korea-military',
  title: 'North Korean military claims',
  version: '0.1.0',
  updated: '2026-11-27',
  languages: ['en', 'de', 'fr', 'ko'],
  detection: detection as Detection,
  families: [],
};
