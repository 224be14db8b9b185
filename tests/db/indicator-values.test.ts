/**
 * Every indicator of spec/indicators.md, checked against numerators and denominators worked out by hand
 * from the hand-made submissions in tests/fixtures/indicators (2025S1, and the next round 2025S2), at
 * kelurahan, kecamatan, kota and province, through GET /api/v1/values and /api/v1/series.
 *
 * Ages are full years between tanggal_lahir and the family's tanggal_pendataan. PUS: a married woman
 * aged 15-49. Stunting-risk target family: a balita, a pregnant member or a PUS woman; risks (a) no safe
 * water, (b) no proper latrine, (c) PUS woman under 20, (d) PUS woman over 35, (e) four or more anak,
 * (f) two anak born less than 24 months apart, the younger a balita.
 *
 * 2025S1, kelurahan Gambir 31.71.01.1001 (target 15). Recorded 2025-03-10 unless said otherwise.
 *  G01  dwelling G-H01 (21 m², sehat; 2 occupants: 10.5 m² each). Head L 19 (in school, but 19 is outside
 *       7-18). Wife P 15 exactly: PUS, kb tidak, pregnant; stiker P4K ya. Target; risk (c).
 *  G02  G-H02 (45 m², kurang sehat), shared with G03. Head L 26 (savings). Wife P 20 exactly: PUS, pil.
 *       Son 1, posyandu ya. Target; no risk (20 is not under 20).
 *  G03  G-H02. Head L 36 (savings). Wife P 35 exactly: PUS, tradisional (not modern), no JKN. Son 11 in
 *       school. Daughter 6 exactly: PAUD ya, no JKN. Target; no risk (35 is not over 35; the daughter is
 *       not a balita). G-H02 has the 3 + 4 = 7 persons of G02 and G03: 45 / 7 = 6.4 m², overcrowded
 *       (neither family alone would be), and is the one dwelling of Gambir named by two families.
 *  G04  recorded 2025-04-15; G-H04 (21 m², kurang sehat; 21 / 3 = 7.0: overcrowded). Head L 54. Wife P 49
 *       exactly: PUS, iud. Son 18 exactly, in school. Nobody has JKN. Water sumur_tidak_terlindung.
 *       Pra sejahtera, non_beras, stiker P4K tidak. Target; risks (a), (d).
 *  G05  recorded 2025-05-20; G-H05 (90 m², sehat). Head L 59, 60 the day after (not lansia; savings).
 *       Wife P 50 exactly, kawin, kb pil: not PUS. Daughter P 20 unmarried, in school (outside 7-18),
 *       savings. Water sungai, jamban umum, pra sejahtera; stiker P4K ya but nobody pregnant (counts
 *       nowhere). Not a target family.
 *  G06  G-H06 (36 m², kurang sehat; 6 occupants: overcrowded). Head L 39. Wife P 37: PUS, suntik. Four
 *       anak: L 16 in school, P 14 not in school, L 9 in school, P 3 (balita; PAUD tidak, posyandu
 *       tidak, no JKN). Target; risks (d), (e).
 *  G07  G-H07 (28.8 m², sehat; 28.8 / 4 = 7.2 exactly: not overcrowded). Head L 32 and wife P 29 (PUS,
 *       implan) both with savings. Twins L and P born 2021-06-15, aged 3: PAUD ya, posyandu ya.
 *       Up2k, yard, home industry. Target; risk (f).
 *  G08  G-H08 (30 m², sehat). Head P 35 cerai_hidup (not PUS). Son 4 (PAUD ya, posyandu ya); daughter 2,
 *       born exactly 24 months after him (PAUD ya, but 2 is outside 3-6; posyandu tidak). Water
 *       air_kemasan, jamban bersama. Target; no risk ((f) needs less than 24 months).
 *  G09  G-H09 (18 m², kurang sehat; 18 / 3 = 6: overcrowded). Head L 41, no JKN. Wife P 31: PUS, kb
 *       tidak, pregnant; stiker P4K tidak. His mother P 75: illiterate, disability fisik. Jamban
 *       tidak_ada, pra sejahtera. Target; risk (b).
 *  G10  G-H10 (60 m², sehat). Head L 60 exactly (lansia) and wife P 58, both with savings. Son 29,
 *       disability non_fisik. Not a target family.
 *  G11  G-H11 (40 m², kurang sehat; 40 / 6 = 6.7: overcrowded). Head P 69, illiterate. Four adult anak
 *       (L 45, L 42, P 38 cerai_hidup, L 34 illiterate). Granddaughter 5 exactly: not a balita (her
 *       posyandu ya counts nowhere), PAUD tidak. Nobody but the head has JKN. Water mata_air, pra
 *       sejahtera, non_beras. Not a target family, so its four anak are no risk.
 *  G12  G-H12 (50 m², sehat). Head L 64 (savings), wife P 62 illiterate. Daughter P 22 unmarried,
 *       pregnant; stiker P4K ya. Grandson 7 exactly, in school (PAUD ya, but 7 is outside 3-6).
 *       Granddaughter 15 exactly: illiterate, not in school. Jamban umum. Target; risk (b).
 *  G-H03 (20 m², sehat) is named by no family: it counts in no dwelling indicator.
 *  Everyone else in Gambir has JKN; nobody else has savings.
 *
 * 2025S1, kelurahan Cideng 31.71.01.1002 (target 4), recorded 2025-02-14.
 *  C01  C-H01 (30 m², sehat; 10 m² each). Head L 44 (savings). Wife P 40 exactly: PUS, kondom, pregnant;
 *       stiker P4K ya. Daughter 1, posyandu ya. Target; risk (d).
 *  C02  C-H02 (12 m², kurang sehat; 1 occupant). Head P 79: lansia, illiterate, disability fisik, no JKN.
 *       Water sumur_tidak_terlindung, jamban umum, pra sejahtera, non_beras. Not a target family.
 *  C03  C-H03 (25 m², sehat; 25 / 4 = 6.25: overcrowded). Head L 35; wife P 28: PUS, mow, savings. Sons 9
 *       (in school) and 7 (not in school, no JKN). Water air_kemasan, jamban bersama. Target; no risk.
 *  Nobody in Cideng is aged 3-6: the PAUD denominator is 0.
 *
 * 2025S1, kelurahan Pasar Baru 31.71.02.1001 (kecamatan Sawah Besar), no target row, recorded 2025-06-30.
 *  P01  P-H01 (40 m², sehat). Head L 50. Wife P 45: PUS, kb tidak, savings. Daughter 12 in school, no JKN.
 *       Target; risk (d).
 *  P02  P-H02 (12 m², kurang sehat; 2 occupants: overcrowded). Head L 25 unmarried and a relative L 26,
 *       illiterate. Water sungai, jamban tidak_ada, pra sejahtera. Not a target family.
 *
 * 2025S1, kelurahan Tebet Timur 31.74.01.1001 (Jakarta Selatan; target 5), recorded 2025-01-01.
 *  T01  T-H01 (30 m², sehat; 7.5 m² each). Head L 47 (savings). Wife P 41: PUS, mop. Son 4 (balita; PAUD
 *       tidak, posyandu tidak) and daughter 1 (posyandu ya), 26 months apart. Target; risk (d).
 *  T02  T-H02 (40 m², kurang sehat), shared with T03: 4 + 2 = 6 occupants, 6.7 m² each, overcrowded.
 *       Head P 75, illiterate. Her son L 40, kawin. His wife (menantu) P 35 exactly: PUS, kb tidak,
 *       pregnant; stiker P4K tidak. Granddaughter 8 in school, no JKN. Pra sejahtera, non_beras. Target; no risk.
 *  T03  T-H02. Head L 65 exactly, disability non_fisik; wife P 61, no JKN; both with savings. Not a target.
 *  Tebet Timur has exactly 10 persons: its person-based shares are shown (10 is not below 10).
 *
 * 2025S2, the next round (Gambir recorded 2025-09-10, Cideng 2025-08-14, Pasar Baru 2025-07-01, Tebet
 * Timur 2025-12-31), the same families with these changes:
 *  Gambir (target 14): G11 moved away. G01's wife (still 15) had a son (July 2025): balita. G04 now has
 *    pdam water (no risk (a); still (d) at 49). G05's head turned 60 (lansia). G09's wife had a
 *    daughter (June 2025). New G13 in G-H03: head L 28, wife P 26 (PUS, kondom), daughter 0; pdam,
 *    sendiri: target, no risk. New G14 in G-H11: head P 84 (lansia, disability fisik) and a relative
 *    L 57; air_kemasan: not a target family. 13 families, 46 persons (22 L, 24 P), safe water 12 (all
 *    but G05), lansia 6, disability 3; stunting: 10 target families (G01-G04, G06-G09, G12, G13), at
 *    risk G01, G04, G06, G07, G09, G12.
 *  Cideng (target 4): C01's wife had a son (May 2025), 21 months after his sister: risk (f) besides (d).
 *    New C04 in C-H02: head L 32, wife P 19 exactly (PUS, kb tidak: risk (c)); sumur_terlindung.
 *    4 families, 11 persons (6 L, 5 P), safe water 3, lansia 1, disability 1; stunting 2 of 3.
 *  Pasar Baru (still no target): P02 now has pdam water. 2 families, 5 persons, safe water 2.
 *  Tebet Timur (target 5): T02's head died; her son heads the family, the menantu (35, turned 36 only
 *    on 2026-01-01) is now his wife and had a daughter (October 2025); the granddaughter is now his
 *    anak. T03's wife moved away. 3 families, 9 persons (4 L, 5 P): its person-based shares are now
 *    suppressed. Lansia: T03's head only.
 */
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getSeries } from '@/app/api/v1/series/route';
import { GET as getValues } from '@/app/api/v1/values/route';
import { syncRegions } from '@/lib/geo/sync-regions';
import type { ProcessedReport } from '@/lib/register/import-submission';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { get, serveRoutesFrom } from '../support/route-database';
import { importProcessed } from '../support/submissions';

const MIN_DENOMINATOR = 10;
const BEFORE = '2025S1';
const AFTER = '2025S2';

const INDICATORS = [
  'families',
  'population',
  'family_size',
  'sex_ratio',
  'under5_share',
  'elderly_share',
  'pus_modern_kb',
  'p4k_sticker',
  'posyandu_under5',
  'jkn_coverage',
  'disability_share',
  'stunting_risk',
  'illiteracy_15plus',
  'school_7_18',
  'paud_3_6',
  'safe_water',
  'proper_latrine',
  'waste_disposal',
  'wastewater',
  'healthy_house',
  'overcrowded',
  'multi_family_dwelling',
  'pre_prosperous',
  'savings',
  'up2k',
  'home_industry',
  'yard_use',
  'community_work',
  'staple_non_rice',
  'coverage',
] as const;
type IndicatorId = (typeof INDICATORS)[number];

const COUNTS: readonly IndicatorId[] = ['families', 'population'];
const multiplier = (id: IndicatorId) => (COUNTS.includes(id) || id === 'family_size' ? 1 : 100);

/** [numerator, denominator]; a count has no denominator; null: no value (no target row for coverage). */
type Cell = readonly [number, number | null] | null;
/** Gambir, Cideng, Pasar Baru, Tebet Timur, kecamatan Gambir, kota Jakarta Pusat, DKI Jakarta. */
type Cells = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell];

const GAMBIR = '31.71.01.1001';
const CIDENG = '31.71.01.1002';
const PASAR_BARU = '31.71.02.1001';
const TEBET_TIMUR = '31.74.01.1001';
const KEC_GAMBIR = '31.71.01';
const KEC_SAWAH_BESAR = '31.71.02';
const KEC_TEBET = '31.74.01';
const JAKARTA_PUSAT = '31.71';
const JAKARTA_SELATAN = '31.74';
const DKI = '31';

type Level = 'village' | 'district' | 'city' | 'province';
/** The regions with data at each level; every other region of the level has none. */
const WITH_DATA: Record<Level, readonly string[]> = {
  village: [GAMBIR, CIDENG, PASAR_BARU, TEBET_TIMUR],
  district: [KEC_GAMBIR, KEC_SAWAH_BESAR, KEC_TEBET],
  city: [JAKARTA_PUSAT, JAKARTA_SELATAN],
  province: [DKI],
};
const REGION_COUNT: Record<Level, number> = { village: 267, district: 44, city: 6, province: 1 };

/** Sawah Besar and Tebet (kecamatan), and Jakarta Selatan, hold one kelurahan with data each. */
function cellOf(cells: Cells, code: string): Cell {
  const [gambir, cideng, pasarBaru, tebetTimur, kecGambir, jakartaPusat, dki] = cells;
  const byCode: Record<string, Cell> = {
    [GAMBIR]: gambir,
    [CIDENG]: cideng,
    [PASAR_BARU]: pasarBaru,
    [TEBET_TIMUR]: tebetTimur,
    [KEC_GAMBIR]: kecGambir,
    [KEC_SAWAH_BESAR]: pasarBaru,
    [KEC_TEBET]: tebetTimur,
    [JAKARTA_PUSAT]: jakartaPusat,
    [JAKARTA_SELATAN]: tebetTimur,
    [DKI]: dki,
  };
  if (!(code in byCode)) throw new Error(`no expectation for ${code}`);
  return byCode[code] as Cell;
}

// Worked out by hand from the family list above. Columns: Gambir, Cideng, Pasar Baru, Tebet Timur,
// kecamatan Gambir, kota Jakarta Pusat, DKI Jakarta.
// biome-ignore format: a table, one indicator a line
const S1: Record<IndicatorId, Cells> = {
  families: [[12, null], [3, null], [2, null], [3, null], [15, null], [17, null], [20, null]],
  population: [[45, null], [8, null], [5, null], [10, null], [53, null], [58, null], [68, null]],
  // persons / families
  family_size: [[45, 12], [8, 3], [5, 2], [10, 3], [53, 15], [58, 17], [68, 20]],
  // L / P. Gambir 22 L, 23 P; Cideng 4 / 4; Pasar Baru 3 / 2; Tebet Timur 4 / 6.
  sex_ratio: [[22, 23], [4, 4], [3, 2], [4, 6], [26, 27], [29, 29], [33, 35]],
  // Gambir: G02 son 1, G06 daughter 3, G07 twins 3, G08 children 4 and 2 (G11's granddaughter is 5).
  under5_share: [[6, 45], [1, 8], [0, 5], [2, 10], [7, 53], [7, 58], [9, 68]],
  // Gambir: G09 mother 75, G10 head 60 exactly, G11 head 69, G12 head 64 and wife 62 (G05 head is 59).
  // Cideng: C02 head. Tebet Timur: T02 head 75, T03 head 65 and wife 61.
  elderly_share: [[5, 45], [1, 8], [0, 5], [3, 10], [6, 53], [6, 58], [9, 68]],
  // Gambir PUS: wives of G01 (15, tidak), G02 (20, pil), G03 (35, tradisional), G04 (49, iud),
  // G06 (37, suntik), G07 (29, implan), G09 (31, tidak). Not: G05's wife (50, pil), the unmarried
  // daughters of G05 and G12, the divorced G08 head and G11 daughter, G10's wife (58).
  // Cideng: kondom, mow. Pasar Baru: tidak. Tebet Timur: mop; menantu tidak.
  pus_modern_kb: [[4, 7], [2, 2], [0, 1], [1, 2], [6, 9], [6, 10], [7, 12]],
  // Families with a pregnant member: Gambir G01 (ya), G09 (tidak), G12 (ya); G05's ya has no pregnancy.
  // Cideng C01 (ya); Pasar Baru none (0 / 0); Tebet Timur T02 (tidak).
  p4k_sticker: [[2, 3], [1, 1], [0, 0], [0, 1], [3, 4], [3, 4], [3, 5]],
  // Gambir balita: G02 son ya, G06 daughter tidak, G07 twins ya, G08 son ya and daughter tidak.
  posyandu_under5: [[4, 6], [1, 1], [0, 0], [1, 2], [5, 7], [5, 7], [6, 9]],
  // Gambir without JKN: G03 wife and daughter, G04 all 3, G06 daughter 3, G09 head, G11 all but the
  // head (5): 12 of 45. Cideng: C02 head, C03 son 7. Pasar Baru: P01 daughter. Tebet: T02
  // granddaughter, T03 wife.
  jkn_coverage: [[33, 45], [6, 8], [4, 5], [8, 10], [39, 53], [43, 58], [51, 68]],
  // Gambir: G09 mother fisik, G10 son non_fisik. Cideng: C02 fisik. Tebet Timur: T03 head non_fisik.
  disability_share: [[2, 45], [1, 8], [0, 5], [1, 10], [3, 53], [3, 58], [4, 68]],
  // Target families: Gambir G01-G04, G06-G09, G12 (9), at risk G01 (c), G04 (a, d), G06 (d, e),
  // G07 (f), G09 (b), G12 (b). Cideng C01 (d) and C03. Pasar Baru P01 (d). Tebet T01 (d) and T02.
  stunting_risk: [[6, 9], [1, 2], [1, 1], [1, 2], [7, 11], [8, 12], [9, 14]],
  // Gambir aged 15+: 45 minus the 12 under 15 (G02 son 1; G03 son 11, daughter 6; G06 daughter 14,
  // son 9, daughter 3; G07 twins; G08 son 4, daughter 2; G11 granddaughter 5; G12 grandson 7) = 33,
  // both 15-year-olds included. Illiterate: G09 mother, G11 head and son 34, G12 wife and granddaughter
  // 15. Cideng: C02 head, of 5. Pasar Baru: P02 relative, of 4. Tebet Timur: T02 head, of 7.
  illiteracy_15plus: [[5, 33], [1, 5], [1, 4], [1, 7], [6, 38], [7, 42], [8, 49]],
  // Gambir aged 7-18: G01 wife 15 (no), G03 son 11, G04 son 18, G06 sons 16 and 9 (yes) and daughter
  // 14 (no), G12 grandson 7 (yes) and granddaughter 15 (no). Cideng: sons 9 (yes) and 7 (no).
  school_7_18: [[5, 8], [1, 2], [1, 1], [1, 1], [6, 10], [7, 11], [8, 12]],
  // Gambir aged 3-6: G03 daughter 6 (ya), G06 daughter 3 (tidak), G07 twins 3 (ya), G08 son 4 (ya),
  // G11 granddaughter 5 (tidak). Nobody aged 3-6 in Cideng or Pasar Baru. Tebet: T01 son 4 (tidak).
  paud_3_6: [[4, 6], [0, 0], [0, 0], [0, 1], [4, 6], [4, 6], [4, 7]],
  // Unsafe: Gambir G04, G05, G11; Cideng C02; Pasar Baru P02.
  safe_water: [[9, 12], [2, 3], [1, 2], [3, 3], [11, 15], [12, 17], [15, 20]],
  // Improper: Gambir G05 and G12 (umum), G09 (tidak_ada); Cideng C02; Pasar Baru P02.
  proper_latrine: [[9, 12], [2, 3], [1, 2], [3, 3], [11, 15], [12, 17], [15, 20]],
  // tempat_sampah tidak: Gambir G04, G05, G09, G11; Cideng C02; Pasar Baru P02; Tebet T03.
  waste_disposal: [[8, 12], [2, 3], [1, 2], [2, 3], [10, 15], [11, 17], [13, 20]],
  // spal ya: Gambir G01, G02, G06, G07, G10, G11; Cideng C01; Pasar Baru P01; Tebet T02, T03.
  wastewater: [[6, 12], [1, 3], [1, 2], [2, 3], [7, 15], [8, 17], [10, 20]],
  // Dwellings named by a family: Gambir 11 (not G-H03); sehat G-H01, 05, 07, 08, 10, 12.
  healthy_house: [[6, 11], [2, 3], [1, 2], [1, 2], [8, 14], [9, 16], [10, 18]],
  // Gambir G-H02, 04, 06, 09, 11 (not G-H07 at exactly 7.2); Cideng C-H03; Pasar Baru P-H02; Tebet T-H02.
  overcrowded: [[5, 11], [1, 3], [1, 2], [1, 2], [6, 14], [7, 16], [8, 18]],
  // Gambir G-H02 (G02, G03); Tebet T-H02 (T02, T03).
  multi_family_dwelling: [[1, 11], [0, 3], [0, 2], [1, 2], [1, 14], [1, 16], [2, 18]],
  // Gambir G04, G05, G09, G11; Cideng C02; Pasar Baru P02; Tebet T02.
  pre_prosperous: [[4, 12], [1, 3], [1, 2], [1, 3], [5, 15], [6, 17], [7, 20]],
  // A member with savings: Gambir G02, G03, G05, G07, G10, G12; Cideng C01, C03; Pasar Baru P01;
  // Tebet T01, T03.
  savings: [[6, 12], [2, 3], [1, 2], [2, 3], [8, 15], [9, 17], [11, 20]],
  // Gambir G02, G05, G07, G11; Cideng C03; Tebet T03.
  up2k: [[4, 12], [1, 3], [0, 2], [1, 3], [5, 15], [5, 17], [6, 20]],
  // Gambir G04, G07, G11; Cideng C03.
  home_industry: [[3, 12], [1, 3], [0, 2], [0, 3], [4, 15], [4, 17], [4, 20]],
  // Gambir G02, G04, G06, G07, G10, G12; Cideng C01, C03; Tebet T01, T03.
  yard_use: [[6, 12], [2, 3], [0, 2], [2, 3], [8, 15], [8, 17], [10, 20]],
  // Not: Gambir G04, G08, G11; Cideng C02; Pasar Baru P02.
  community_work: [[9, 12], [2, 3], [1, 2], [3, 3], [11, 15], [12, 17], [15, 20]],
  // Gambir G04, G11; Cideng C02; Tebet T02.
  staple_non_rice: [[2, 12], [1, 3], [0, 2], [1, 3], [3, 15], [3, 17], [4, 20]],
  // families / keluarga_sasaran, summed above the kelurahan only where a target exists (not Pasar Baru).
  coverage: [[12, 15], [3, 4], null, [3, 5], [15, 19], [15, 19], [18, 24]],
};

/** 2025S2, a representative set: two counts, two ratios, and shares that go from shown to suppressed and back. */
// biome-ignore format: a table, one indicator a line
const S2: Partial<Record<IndicatorId, Cells>> = {
  families: [[13, null], [4, null], [2, null], [3, null], [17, null], [19, null], [22, null]],
  population: [[46, null], [11, null], [5, null], [9, null], [57, null], [62, null], [71, null]],
  family_size: [[46, 13], [11, 4], [5, 2], [9, 3], [57, 17], [62, 19], [71, 22]],
  sex_ratio: [[22, 24], [6, 5], [3, 2], [4, 5], [28, 29], [31, 31], [35, 36]],
  safe_water: [[12, 13], [3, 4], [2, 2], [3, 3], [15, 17], [17, 19], [20, 22]],
  // Gambir: G05 head (now 60), G09 mother, G10 head, G12 head and wife, G14 head.
  elderly_share: [[6, 46], [1, 11], [0, 5], [1, 9], [7, 57], [7, 62], [8, 71]],
  // Gambir: G09 mother, G10 son, G14 head.
  disability_share: [[3, 46], [1, 11], [0, 5], [1, 9], [4, 57], [4, 62], [5, 71]],
  // Cideng: C01 (d, f), C03, C04 (c). Pasar Baru P01 (d). Tebet T01 (d), T02.
  stunting_risk: [[6, 10], [2, 3], [1, 1], [1, 2], [8, 13], [9, 14], [10, 16]],
  coverage: [[13, 14], [4, 4], null, [3, 5], [17, 18], [17, 18], [20, 23]],
};

type Expected = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
};

function expected(indicator: IndicatorId, cell: Cell): Expected {
  if (cell === null) return { numerator: null, denominator: null, value: null, suppressed: false };
  const [numerator, denominator] = cell;
  if (denominator === null) return { numerator, denominator: null, value: numerator, suppressed: false };
  if (denominator < MIN_DENOMINATOR) return { numerator: null, denominator, value: null, suppressed: true };
  return {
    numerator,
    denominator,
    value: (numerator / denominator) * multiplier(indicator),
    suppressed: false,
  };
}

/** spec "Change between periods": for a count the relative change in percent, else the difference. */
function expectedChange(indicator: IndicatorId, before: Expected, after: Expected): number | undefined {
  if (before.value === null || after.value === null) return undefined;
  if (COUNTS.includes(indicator)) return ((after.value - before.value) / before.value) * 100;
  return after.value - before.value;
}

const NO_DATA: Expected = { numerator: null, denominator: null, value: null, suppressed: false };

type Row = {
  code: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
  change?: number | null;
};
type ValuesBody = {
  indicator: string;
  period: string;
  level: string;
  parent?: string;
  compare?: string;
  rows: Row[];
};

function expectCell(actual: Omit<Row, 'code' | 'name'>, wanted: Expected, label: string): void {
  expect.soft(actual.suppressed, `${label} suppressed`).toBe(wanted.suppressed);
  expect.soft(actual.numerator, `${label} numerator`).toBe(wanted.numerator);
  expect.soft(actual.denominator, `${label} denominator`).toBe(wanted.denominator);
  if (wanted.value === null) expect.soft(actual.value, `${label} value`).toBeNull();
  else expect.soft(actual.value, `${label} value`).toBeCloseTo(wanted.value, 9);
}

/**
 * A suppressed row carries no `change` at all (DESIGN.md); a shown row without a comparable earlier value
 * (none, or suppressed) and a region without data may leave it out or give null.
 */
function expectChange(row: Row, change: number | undefined, label: string): void {
  if (row.suppressed) expect.soft(row, `${label} suppressed: no change`).not.toHaveProperty('change');
  else if (change === undefined) expect.soft(row.change ?? null, `${label} no change`).toBeNull();
  else expect.soft(row.change, `${label} change`).toBeCloseTo(change, 9);
}

async function values(query: string): Promise<ValuesBody> {
  const response = await getValues(get(`/api/v1/values?${query}`));
  const body = await response.json();
  expect(response.status, `${query}: ${JSON.stringify(body)}`).toBe(200);
  return body as ValuesBody;
}

const LEVELS = Object.keys(WITH_DATA) as Level[];

describe('the hand-worked expectations', () => {
  // A check of the table itself: each level is the sum of the kelurahan below it.
  const sum = (cells: Cell[]): Cell => {
    const present = cells.filter((cell): cell is NonNullable<Cell> => cell !== null);
    if (present.length === 0) return null;
    const denominators = present.map(([, denominator]) => denominator);
    return [
      present.reduce((total, [numerator]) => total + numerator, 0),
      denominators.includes(null) ? null : denominators.reduce((total, d) => (total ?? 0) + (d ?? 0), 0),
    ];
  };
  for (const [period, table] of [
    [BEFORE, S1],
    [AFTER, S2],
  ] as const)
    for (const [indicator, cells] of Object.entries(table) as [IndicatorId, Cells][])
      it(`${period} ${indicator}: kecamatan, kota and province are sums of their kelurahan`, () => {
        const [gambir, cideng, pasarBaru, tebetTimur, kecGambir, jakartaPusat, dki] = cells;
        expect(kecGambir).toEqual(sum([gambir, cideng]));
        expect(jakartaPusat).toEqual(sum([gambir, cideng, pasarBaru]));
        expect(dki).toEqual(sum([gambir, cideng, pasarBaru, tebetTimur]));
      });
});

describeOnEachDatabase('indicator values of the hand-made fixture', (database) => {
  const reports: Partial<Record<string, ProcessedReport>> = {};
  beforeAll(async () => {
    vi.stubEnv('MIN_DENOMINATOR', String(MIN_DENOMINATOR));
    await syncRegions(database().db);
    // Each import recomputes the indicator values of its periode.
    for (const period of [BEFORE, AFTER])
      reports[period] = await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  beforeEach(() => serveRoutesFrom(database()));

  it('imports both rounds without a single rejection', () => {
    const rows = {
      [BEFORE]: { keluarga: 20, individu: 68, hunian: 19, target: 3 },
      [AFTER]: { keluarga: 22, individu: 71, hunian: 19, target: 3 },
    };
    for (const [period, counts] of Object.entries(rows)) {
      const report = reports[period] as ProcessedReport;
      expect(report.rejections, period).toEqual([]);
      expect(report.conflicts, period).toEqual([]);
      expect(report.periods, period).toEqual([period]);
      for (const [file, accepted] of Object.entries(counts))
        expect(report[file as keyof typeof counts], `${period} ${file}`).toEqual({
          accepted,
          replaced: 0,
          unchanged: 0,
          rejected: 0,
        });
    }
  });

  for (const indicator of INDICATORS)
    it(`${BEFORE} ${indicator} at every level, by hand`, async () => {
      for (const level of LEVELS) {
        const body = await values(`indicator=${indicator}&period=${BEFORE}&level=${level}`);
        expect(body).toMatchObject({ indicator, period: BEFORE, level });
        expect(body).not.toHaveProperty('parent');
        expect(body).not.toHaveProperty('compare');
        expect(body.rows, `${indicator} ${level}`).toHaveLength(REGION_COUNT[level]);
        const codes = body.rows.map((row) => row.code);
        expect(codes, `${indicator} ${level} ordered by code`).toEqual([...codes].sort());
        for (const row of body.rows) {
          const withData = WITH_DATA[level].includes(row.code);
          const wanted = withData ? expected(indicator, cellOf(S1[indicator], row.code)) : NO_DATA;
          expectCell(row, wanted, `${BEFORE} ${indicator} ${row.code}`);
        }
      }
    });

  for (const [indicator, cells] of Object.entries(S2) as [IndicatorId, Cells][])
    it(`${AFTER} ${indicator} and its change since ${BEFORE} at every level, by hand`, async () => {
      for (const level of LEVELS) {
        const body = await values(`indicator=${indicator}&period=${AFTER}&level=${level}&compare=${BEFORE}`);
        expect(body).toMatchObject({ indicator, period: AFTER, level, compare: BEFORE });
        expect(body.rows, `${indicator} ${level}`).toHaveLength(REGION_COUNT[level]);
        for (const row of body.rows) {
          const label = `${AFTER} ${indicator} ${row.code}`;
          if (!WITH_DATA[level].includes(row.code)) {
            expectCell(row, NO_DATA, label);
            expectChange(row, undefined, label);
            continue;
          }
          const after = expected(indicator, cellOf(cells, row.code));
          const before = expected(indicator, cellOf(S1[indicator], row.code));
          expectCell(row, after, label);
          expectChange(row, expectedChange(indicator, before, after), label);
        }
      }
    });

  it('gives the changes of a count, a ratio and a percentage as the spec defines them', async () => {
    // Spelt out once, beside the loop above: families in Gambir 12 → 13 is +8.33 %; family size
    // 45/12 = 3.75 → 46/13; safe water in kecamatan Gambir 11/15 → 15/17 in percentage points.
    const rowOf = async (indicator: string, level: string, code: string) =>
      (await values(`indicator=${indicator}&period=${AFTER}&level=${level}&compare=${BEFORE}`)).rows.find(
        (row) => row.code === code,
      ) as Row;
    expect((await rowOf('families', 'village', GAMBIR)).change).toBeCloseTo(100 / 12, 9);
    expect((await rowOf('population', 'province', DKI)).change).toBeCloseTo((3 / 68) * 100, 9);
    expect((await rowOf('family_size', 'village', GAMBIR)).change).toBeCloseTo(46 / 13 - 3.75, 9);
    expect((await rowOf('sex_ratio', 'city', JAKARTA_PUSAT)).change).toBeCloseTo(0, 9);
    expect((await rowOf('safe_water', 'district', KEC_GAMBIR)).change).toBeCloseTo(
      (15 / 17) * 100 - (11 / 15) * 100,
      9,
    );
  });

  it('withholds the numerator, value and change of a suppressed cell but gives its denominator', async () => {
    // Cideng: safe water 2/3 → 3/4. Tebet Timur: disability 1/10 shown in 2025S1, 1/9 suppressed in 2025S2.
    const body = await values(
      `indicator=safe_water&period=${AFTER}&level=village&parent=${KEC_GAMBIR}&compare=${BEFORE}`,
    );
    expect(body).toMatchObject({ parent: KEC_GAMBIR, compare: BEFORE });
    expect(body.rows.map((row) => row.code)).toEqual([
      '31.71.01.1001',
      '31.71.01.1002',
      '31.71.01.1003',
      '31.71.01.1004',
      '31.71.01.1005',
      '31.71.01.1006',
    ]);
    expect(body.rows[1]).toEqual({
      code: CIDENG,
      name: 'Cideng',
      numerator: null,
      denominator: 4,
      value: null,
      suppressed: true,
    });
    expect(body.rows[1]).not.toHaveProperty('change');
    const tebet = await values(
      `indicator=disability_share&period=${AFTER}&level=village&parent=${KEC_TEBET}&compare=${BEFORE}`,
    );
    expect(tebet.rows.find((row) => row.code === TEBET_TIMUR)).toEqual({
      code: TEBET_TIMUR,
      name: 'Tebet Timur',
      numerator: null,
      denominator: 9,
      value: null,
      suppressed: true,
    });
    expect(tebet.rows.find((row) => row.code === TEBET_TIMUR)).not.toHaveProperty('change');
  });

  it('answers regions without records with nulls, not as suppressed', async () => {
    for (const [indicator, level, code] of [
      ['families', 'village', '31.71.01.1003'],
      ['safe_water', 'village', '31.71.01.1003'],
      ['stunting_risk', 'district', '31.71.03'],
      ['population', 'city', '31.72'],
    ] as const) {
      const body = await values(`indicator=${indicator}&period=${AFTER}&level=${level}&compare=${BEFORE}`);
      const row = body.rows.find((candidate) => candidate.code === code);
      expect(row, `${indicator} ${code}`).toMatchObject(NO_DATA);
      expect(row?.change ?? null, `${indicator} ${code} change`).toBeNull();
    }
  });

  it('has no coverage for the kelurahan without a target, and does not suppress it', async () => {
    const body = await values(`indicator=coverage&period=${BEFORE}&level=village&parent=${KEC_SAWAH_BESAR}`);
    expect(body.rows.find((row) => row.code === PASAR_BARU)).toEqual({
      code: PASAR_BARU,
      name: 'Pasar Baru',
      ...NO_DATA,
    });
    // ... while its families count elsewhere: 2 families in Pasar Baru.
    const families = await values(
      `indicator=families&period=${BEFORE}&level=village&parent=${KEC_SAWAH_BESAR}`,
    );
    expect(families.rows.find((row) => row.code === PASAR_BARU)).toMatchObject({ numerator: 2, value: 2 });
  });

  it('names the regions', async () => {
    const province = await values(`indicator=families&period=${BEFORE}&level=province`);
    expect(province.rows).toEqual([
      { code: DKI, name: 'DKI Jakarta', numerator: 20, denominator: null, value: 20, suppressed: false },
    ]);
    const cities = await values(`indicator=families&period=${BEFORE}&level=city`);
    expect(cities.rows.find((row) => row.code === JAKARTA_PUSAT)?.name).toBe('Jakarta Pusat');
    const villages = await values(`indicator=families&period=${BEFORE}&level=village&parent=${KEC_GAMBIR}`);
    expect(villages.rows[0]).toMatchObject({ code: GAMBIR, name: 'Gambir', numerator: 12 });
  });

  describe('GET /api/v1/series', () => {
    const series = async (indicator: IndicatorId, region: string) => {
      const response = await getSeries(get(`/api/v1/series?indicator=${indicator}&region=${region}`));
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ indicator, region });
      return body.rows as ({ period: string } & Omit<Row, 'code' | 'name'>)[];
    };

    for (const [indicator, region] of [
      ['families', GAMBIR],
      ['family_size', DKI],
      ['safe_water', KEC_GAMBIR],
      ['stunting_risk', GAMBIR], // suppressed (9 target families), then shown (10)
      ['disability_share', TEBET_TIMUR], // shown (10 persons), then suppressed (9)
      ['coverage', JAKARTA_PUSAT],
    ] as const)
      it(`gives ${indicator} of ${region} per period, oldest first`, async () => {
        const rows = await series(indicator, region);
        expect(rows.map((row) => row.period)).toEqual([BEFORE, AFTER]);
        const [before, after] = rows as [(typeof rows)[number], (typeof rows)[number]];
        expectCell(
          before,
          expected(indicator, cellOf(S1[indicator], region)),
          `${indicator} ${region} ${BEFORE}`,
        );
        expectCell(
          after,
          expected(indicator, cellOf(S2[indicator] as Cells, region)),
          `${indicator} ${region} ${AFTER}`,
        );
      });
  });
});
