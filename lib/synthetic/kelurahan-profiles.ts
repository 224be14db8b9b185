/**
 * The fixed geography of the synthetic Jakarta: how many people each kelurahan has, how crowded, how well
 * off, how close to the sea, how well its cadres cover it, and which indicators get worse there. Derived
 * from the region codes alone (never from --seed), so that every data set shares the same map.
 */
import { readJakartaRegions } from '../geo/reference-regions';
import { Random } from './random';

/** Persons per kota/kabupaten (Kemendagri 2025, see DESIGN.md "Scale"). */
export const KOTA_PERSONS: Readonly<Record<string, number>> = {
  '31.01': 30_334,
  '31.71': 1_057_270,
  '31.72': 1_832_032,
  '31.73': 2_556_752,
  '31.74': 2_331_411,
  '31.75': 3_230_417,
};

/**
 * Per kecamatan: approximate population in thousands (only its share within the kota is used), crowding
 * from 0 (spacious) to 1 (dense kampung), and a welfare adjustment on top of the kota's level.
 */
const KECAMATAN: Readonly<Record<string, readonly [thousands: number, density: number, welfare: number]>> = {
  '31.01.01': [17, 0.4, 0],
  '31.01.02': [13, 0.4, 0],
  '31.71.01': [78, 0.45, 0.2],
  '31.71.02': [100, 0.8, 0],
  '31.71.03': [217, 0.85, -0.1],
  '31.71.04': [94, 0.9, -0.15],
  '31.71.05': [84, 0.6, 0.1],
  '31.71.06': [67, 0.2, 0.6],
  '31.71.07': [144, 0.75, 0],
  '31.71.08': [117, 1, -0.4],
  '31.72.01': [306, 0.75, -0.15],
  '31.72.02': [396, 0.85, -0.2],
  '31.72.03': [324, 0.9, -0.25],
  '31.72.04': [411, 0.7, -0.35],
  '31.72.05': [165, 0.8, -0.1],
  '31.72.06': [137, 0.25, 0.8],
  '31.73.01': [573, 0.6, -0.1],
  '31.73.02': [232, 0.75, 0.05],
  '31.73.03': [107, 0.85, -0.1],
  '31.73.04': [236, 1, -0.35],
  '31.73.05': [356, 0.5, 0.2],
  '31.73.06': [443, 0.55, -0.15],
  '31.73.07': [200, 0.85, -0.05],
  '31.73.08': [317, 0.3, 0.2],
  '31.74.01': [210, 0.7, 0],
  '31.74.02': [116, 0.5, 0.3],
  '31.74.03': [145, 0.65, 0],
  '31.74.04': [299, 0.35, 0],
  '31.74.05': [307, 0.5, 0],
  '31.74.06': [200, 0.15, 0.4],
  '31.74.07': [137, 0.2, 0.6],
  '31.74.08': [156, 0.6, 0],
  '31.74.09': [386, 0.2, -0.1],
  '31.74.10': [227, 0.3, 0],
  '31.75.01': [151, 0.8, 0],
  '31.75.02': [260, 0.55, 0.1],
  '31.75.03': [265, 0.85, -0.1],
  '31.75.04': [292, 0.8, -0.05],
  '31.75.05': [210, 0.3, 0],
  '31.75.06': [536, 0.55, -0.1],
  '31.75.07': [393, 0.5, 0],
  '31.75.08': [192, 0.45, 0],
  '31.75.09': [285, 0.35, 0],
  '31.75.10': [275, 0.2, 0],
};

const KOTA_WELFARE: Readonly<Record<string, number>> = {
  '31.01': -0.7,
  '31.71': 0.1,
  '31.72': -0.25,
  '31.73': -0.05,
  '31.74': 0.45,
  '31.75': 0,
};

/** Jakarta Utara's coastal kecamatan: Penjaringan, Tanjung Priok, Koja, Cilincing, Pademangan. */
const COASTAL_KECAMATAN = new Set(['31.72.01', '31.72.02', '31.72.03', '31.72.04', '31.72.05']);
/** Kelurahan of those kecamatan on the shore itself, where water and sanitation are worst. */
const SHORE_KELURAHAN = new Set([
  'Kamal Muara',
  'Kapuk Muara',
  'Penjaringan',
  'Ancol',
  'Pademangan Barat',
  'Tanjung Priok',
  'Koja',
  'Tugu Utara',
  'Kalibaru',
  'Cilincing',
  'Marunda',
]);
const KEPULAUAN_SERIBU = '31.01';

/** Indicator groups that move over the periods; a few kelurahan see some of them get worse. */
export const TREND_KEYS = [
  'jkn',
  'kb',
  'water',
  'latrine',
  'sanitation',
  'house',
  'posyandu',
  'school',
  'paud',
  'savings',
  'prosperity',
  'p4k',
  'coverage',
] as const;
export type TrendKey = (typeof TREND_KEYS)[number];
export const Trend = Object.fromEntries(TREND_KEYS.map((key, index) => [key, index])) as {
  readonly [K in TrendKey]: number;
};

/** Share of kelurahan where some indicators worsen period by period. */
const WORSENING_SHARE = 0.13;
/** How fast a worsening indicator falls, relative to how fast the others improve. */
const WORSENING_FACTOR = -1.8;

export type KelurahanProfile = {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatanName: string;
  kotaCode: string;
  kotaName: string;
  /** 0-based position in its kecamatan, and how many kelurahan the kecamatan has (for unique NIK serials). */
  indexInKecamatan: number;
  kelurahanInKecamatan: number;
  /** 0-based position among all DKI kelurahan in code order. */
  globalIndex: number;
  /** Kabupaten/kota and kecamatan digits that begin the NIK and No KK of people registered there. */
  idPrefix: string;
  /** Persons recorded per periode at scale 1 (the kota totals of DESIGN.md, spread over the kelurahan). */
  recordedPersons: number;
  /** 0 spacious … 1 dense kampung. */
  density: number;
  /** Mean family welfare on a standard-normal scale (south higher, coastal and dense kampung lower). */
  welfare: number;
  /** 0 inland … 1 on the shore or an island: poorer water and sanitation. */
  coastal: number;
  island: boolean;
  coverageBase: number;
  coverageDrift: number;
  /** Per TREND_KEYS index: 1 where the indicator improves, negative where it worsens. */
  trend: readonly number[];
  rwCount: number;
  rtPerRw: number;
};

/** Share of the true families that the cadres record in a period, between 0.75 and 0.99. */
export function coverageIn(profile: KelurahanProfile, periodIndex: number): number {
  return clamp(profile.coverageBase + profile.coverageDrift * periodIndex, 0.75, 0.98);
}

let cached: Promise<KelurahanProfile[]> | undefined;

/** The 267 DKI kelurahan in code order with their profiles (read once per process). */
export function loadKelurahanProfiles(): Promise<KelurahanProfile[]> {
  cached ??= buildProfiles();
  return cached;
}

async function buildProfiles(): Promise<KelurahanProfile[]> {
  const regions = await readJakartaRegions();
  const names = new Map(regions.map((region) => [region.code, region.name]));
  const villages = regions
    .filter((region) => region.level === 'village')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const byKecamatan = new Map<string, string[]>();
  for (const village of villages) {
    const kecamatan = village.code.slice(0, 8);
    const list = byKecamatan.get(kecamatan) ?? [];
    list.push(village.code);
    byKecamatan.set(kecamatan, list);
  }
  const kecamatanThousandsInKota = new Map<string, number>();
  for (const kecamatan of byKecamatan.keys()) {
    const kota = kecamatan.slice(0, 5);
    kecamatanThousandsInKota.set(
      kota,
      (kecamatanThousandsInKota.get(kota) ?? 0) + kecamatanTraits(kecamatan)[0],
    );
  }

  const geography = new Map(villages.map((village) => [village.code, new Random('geography', village.code)]));
  const sizeWeight = new Map(
    villages.map((village) => [village.code, Math.exp(0.45 * (geography.get(village.code)?.normal() ?? 0))]),
  );

  return villages.map((village, globalIndex) => {
    const code = village.code;
    const kecamatanCode = code.slice(0, 8);
    const kotaCode = code.slice(0, 5);
    const siblings = byKecamatan.get(kecamatanCode) ?? [code];
    const [thousands, kecamatanDensity, kecamatanWelfare] = kecamatanTraits(kecamatanCode);
    const geo = geography.get(code) ?? new Random('geography', code);
    let siblingWeight = 0;
    for (const sibling of siblings) siblingWeight += sizeWeight.get(sibling) ?? 1;
    const recordedPersons =
      ((KOTA_PERSONS[kotaCode] ?? 0) * thousands * (sizeWeight.get(code) ?? 1)) /
      ((kecamatanThousandsInKota.get(kotaCode) ?? thousands) * siblingWeight);

    const island = kotaCode === KEPULAUAN_SERIBU;
    const coastal = island
      ? 1
      : COASTAL_KECAMATAN.has(kecamatanCode)
        ? SHORE_KELURAHAN.has(village.name)
          ? 1
          : 0.45
        : 0;
    const density = clamp(kecamatanDensity + 0.12 * geo.normal(), 0, 1);
    const welfare = (KOTA_WELFARE[kotaCode] ?? 0) + kecamatanWelfare - 0.35 * coastal + 0.25 * geo.normal();
    const coverageBase = clamp(0.87 + 0.02 * welfare + 0.045 * geo.normal(), 0.77, 0.97);
    const usualCoverageDrift = 0.004 + 0.005 * geo.normal();

    const trend = TREND_KEYS.map(() => 1);
    if (geo.chance(WORSENING_SHARE)) {
      const count = geo.between(2, 4);
      for (let picked = 0; picked < count; ) {
        const key = geo.int(TREND_KEYS.length);
        if (trend[key] === 1) {
          trend[key] = WORSENING_FACTOR;
          picked++;
        }
      }
    }

    const coverageDrift = trend[Trend.coverage] === 1 ? usualCoverageDrift : -0.015;

    return {
      code,
      name: village.name,
      kecamatanCode,
      kecamatanName: names.get(kecamatanCode) ?? kecamatanCode,
      kotaCode,
      kotaName: names.get(kotaCode) ?? kotaCode,
      indexInKecamatan: siblings.indexOf(code),
      kelurahanInKecamatan: siblings.length,
      globalIndex,
      idPrefix: kecamatanCode.replaceAll('.', ''),
      recordedPersons,
      density,
      welfare,
      coastal,
      island,
      coverageBase,
      coverageDrift,
      trend,
      rwCount: clamp(Math.round(recordedPersons / 6500), 2, 30),
      rtPerRw: geo.between(5, 14),
    };
  });
}

function kecamatanTraits(code: string): readonly [number, number, number] {
  const traits = KECAMATAN[code];
  if (!traits) throw new Error(`no synthetic profile for kecamatan ${code}`);
  return traits;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
