import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { PROVINCE_CODE, type RegionLevel } from './region-codes';

export type ReferenceRegion = { code: string; level: RegionLevel; name: string; parentCode: string | null };

const KEEP_UPPER_CASE = new Set(['DKI']);
const ADMINISTRATIVE_PREFIX = /^(KOTA|KABUPATEN) ADMINISTRASI\s+/i;

/** "KOTA ADMINISTRASI JAKARTA PUSAT" → "Jakarta Pusat"; names already in mixed case are kept as written. */
export function displayRegionName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ').replace(ADMINISTRATIVE_PREFIX, '');
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((word) => (KEEP_UPPER_CASE.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}

/** DKI Jakarta and every kota, kecamatan and kelurahan in it, from the npm package idn-area-data. */
export async function readJakartaRegions(): Promise<ReferenceRegion[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const province = provinces.find((row) => row.code === PROVINCE_CODE);
  if (!province) throw new Error(`idn-area-data has no province ${PROVINCE_CODE}`);
  const under = (parent: string) => (row: { code: string }) => row.code.startsWith(`${parent}.`);
  const inJakarta = under(PROVINCE_CODE);
  return [
    {
      code: province.code,
      level: 'province' as const,
      name: displayRegionName(province.name),
      parentCode: null,
    },
    ...regencies.filter(inJakarta).map((row) => ({
      code: row.code,
      level: 'city' as const,
      name: displayRegionName(row.name),
      parentCode: row.province_code,
    })),
    ...districts.filter(inJakarta).map((row) => ({
      code: row.code,
      level: 'district' as const,
      name: displayRegionName(row.name),
      parentCode: row.regency_code,
    })),
    ...villages.filter(inJakarta).map((row) => ({
      code: row.code,
      level: 'village' as const,
      name: displayRegionName(row.name),
      parentCode: row.district_code,
    })),
  ];
}
