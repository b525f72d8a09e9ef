/**
 * Loads the official area list from `idn-area-data` once per process. Kept apart from
 * `areas.ts` so the lookup logic can be unit-tested on small tables.
 */
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { AreaIndex } from './areas.ts';

let cached: Promise<AreaIndex> | undefined;

/** The NTT area index (memoised: the CSV of 83,000 villages is parsed once). */
export function loadAreas(): Promise<AreaIndex> {
  cached ??= (async () => {
    const [provinces, regencies, districts, villages] = await Promise.all([
      getProvinces(),
      getRegencies(),
      getDistricts(),
      getVillages(),
    ]);
    return new AreaIndex({ provinces, regencies, districts, villages });
  })();
  return cached;
}
