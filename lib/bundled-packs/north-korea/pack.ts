/**
 * The bundled North Korea pack, assembled from its parts so that detection data and each
 * family's facts can be reviewed (and owned) separately. The result is validated in tests and
 * by `npm run pack:check`.
 *
 * Family order matters only as a tie-break: narrower families (casualties, desertion,
 * prisoners) come before the broad deployment family whose cue "Kursk" they often share.
 */
import type { Detection, Family, Pack } from '../../pack/schema';
import detection from './detection.json';
import { NORTH_KOREA_PACK_ID } from './subject';
import armedForcesSize from './families/armed-forces-size.json';
import casualties from './families/casualties.json';
import desertion from './families/desertion.json';
import droneLeafletAccusation from './families/drone-leaflet-accusation.json';
import enlistmentDrives from './families/enlistment-drives.json';
import interKoreanRoads from './families/inter-korean-roads.json';
import missileTestClaims from './families/missile-test-claims.json';
import prisonersOfWar from './families/prisoners-of-war.json';
import russiaDprkTreaty from './families/russia-dprk-treaty.json';
import troopsInRussia from './families/troops-in-russia.json';

// JSON imports are typed structurally (strings, not our enums); the validator checks the data.
const families = [
  enlistmentDrives,
  armedForcesSize,
  casualties,
  desertion,
  prisonersOfWar,
  troopsInRussia,
  russiaDprkTreaty,
  droneLeafletAccusation,
  interKoreanRoads,
  missileTestClaims,
] as unknown as Family[];

export const northKoreaPack: Pack = {
  id: NORTH_KOREA_PACK_ID,
  title: 'North Korean military claims',
  version: '0.1.0',
  updated: '2026-11-27',
  languages: ['en', 'de', 'fr', 'ko'],
  detection: detection as Detection,
  families,
};
