/**
 * The SQL of every indicator of spec/indicators.md, in one statement per periode ($1). It counts
 * persons per kelurahan, builds facts per family (its own answers and what its members have), sums
 * those per kelurahan and per occupied dwelling, and turns each kelurahan's sums into one (indicator,
 * numerator, denominator) row per indicator.
 */

/** The tables (or partitions) of one periode's register. */
export type RegisterTables = Record<'families' | 'persons' | 'dwellings' | 'targets', string>;

const MODERN_CONTRACEPTION = `('pil', 'suntik', 'implan', 'iud', 'kondom', 'mow', 'mop')`;
const SAFE_WATER = `('pdam', 'sumur_terlindung', 'air_kemasan')`;
const PROPER_LATRINE = `('sendiri', 'bersama')`;

/**
 * The persons of the periode, with whether each is a PUS woman. `umur`, the age in full years at the
 * family's tanggal_pendataan, is stored by the importer, so no person needs joining to the family.
 * Not materialised: three scans of the partition cost less than writing millions of rows aside.
 */
const PERSONS = (T: RegisterTables) => `
  SELECT kode_kelurahan, kk_hash, jenis_kelamin, hubungan, hamil, punya_tabungan, aktif_posyandu, punya_jkn,
         berkebutuhan_khusus, bisa_baca_tulis, sedang_sekolah, ikut_paud, kb, tanggal_lahir, umur,
         (jenis_kelamin = 'P' AND status_kawin = 'kawin' AND umur BETWEEN 15 AND 49) AS pus
  FROM ${T.persons} WHERE periode = $1`;

const countWhere = (condition: string) => `count(*) FILTER (WHERE ${condition})`;

/** Per kelurahan: the persons in each group the person-based indicators count. */
const PERSON_COUNTS = `
  SELECT kode_kelurahan,
    count(*) AS persons,
    ${countWhere(`jenis_kelamin = 'L'`)} AS males,
    ${countWhere(`jenis_kelamin = 'P'`)} AS females,
    ${countWhere('umur < 5')} AS balita,
    ${countWhere('umur < 5 AND aktif_posyandu')} AS balita_posyandu,
    ${countWhere('umur >= 60')} AS lansia,
    ${countWhere('pus')} AS pus,
    ${countWhere(`pus AND kb IN ${MODERN_CONTRACEPTION}`)} AS pus_modern,
    ${countWhere('punya_jkn')} AS jkn,
    ${countWhere(`berkebutuhan_khusus <> 'tidak'`)} AS disabled,
    ${countWhere('umur >= 15')} AS aged_15_plus,
    ${countWhere('umur >= 15 AND NOT bisa_baca_tulis')} AS illiterate_15_plus,
    ${countWhere('umur BETWEEN 7 AND 18')} AS aged_7_18,
    ${countWhere('umur BETWEEN 7 AND 18 AND sedang_sekolah')} AS in_school_7_18,
    ${countWhere('umur BETWEEN 3 AND 6')} AS aged_3_6,
    ${countWhere('umur BETWEEN 3 AND 6 AND ikut_paud')} AS in_paud_3_6
  FROM persons_of_periode GROUP BY kode_kelurahan`;

/** Per family: its size and the properties a family "has" when one of its members has them. */
const FAMILY_MEMBERS = `
  SELECT kk_hash,
    count(*) AS persons,
    ${countWhere(`hubungan = 'anak'`)} AS children,
    bool_or(coalesce(hamil, false)) AS has_pregnant,
    bool_or(umur < 5 OR pus) AS has_balita_or_pus,
    bool_or(pus AND (umur < 20 OR umur > 35)) AS has_pus_under_20_or_over_35,
    bool_or(punya_tabungan) AS has_savings
  FROM persons_of_periode GROUP BY kk_hash`;

/** The first day of periode $1 (`2025S2` → 2025-07-01). */
const PERIODE_START = `make_date(left($1, 4)::integer, CASE right($1, 1) WHEN '1' THEN 1 ELSE 7 END, 1)`;

/**
 * Families where a child (`anak`) who is a balita was born less than 24 calendar months after the
 * previous child, twins included. Checking each child against the one born just before is enough:
 * any closer older sibling would be that one. Only children born in the last seven years before the
 * periode can take part (a balita, or a sibling born at most 24 months before one), so the sort that
 * orders siblings is spared all older children.
 */
const CLOSE_BIRTHS = `
  SELECT DISTINCT kk_hash FROM (
    SELECT kk_hash, tanggal_lahir, umur,
           lag(tanggal_lahir) OVER (PARTITION BY kk_hash ORDER BY tanggal_lahir) AS previous_birth
    FROM persons_of_periode
    WHERE hubungan = 'anak' AND tanggal_lahir > ${PERIODE_START} - interval '7 years') children
  WHERE umur < 5 AND tanggal_lahir < previous_birth + interval '24 months'`;

/** Per family: what the family-based indicators count; a family without members counts zero persons. */
const FAMILY_FACTS = (T: RegisterTables) => `
  SELECT f.kode_kelurahan, f.id_hunian, coalesce(m.persons, 0) AS persons,
    f.tahapan_ks = 'pra_sejahtera' AS pre_prosperous, f.makanan_pokok = 'non_beras' AS non_rice,
    f.tempat_sampah, f.spal, f.up2k, f.pemanfaatan_pekarangan, f.industri_rumah_tangga, f.kerja_bakti,
    f.sumber_air IN ${SAFE_WATER} AS safe_water,
    f.jamban IN ${PROPER_LATRINE} AS proper_latrine,
    coalesce(m.has_pregnant, false) AS has_pregnant,
    coalesce(m.has_pregnant, false) AND coalesce(f.stiker_p4k, false) AS p4k,
    coalesce(m.has_savings, false) AS has_savings,
    coalesce(m.has_balita_or_pus OR m.has_pregnant, false) AS stunting_target,
    coalesce(m.has_pus_under_20_or_over_35 OR m.children >= 4, false) OR c.kk_hash IS NOT NULL
      OR f.sumber_air NOT IN ${SAFE_WATER} OR f.jamban NOT IN ${PROPER_LATRINE} AS stunting_risk
  FROM ${T.families} f
  LEFT JOIN family_members m ON m.kk_hash = f.kk_hash
  LEFT JOIN close_births c ON c.kk_hash = f.kk_hash
  WHERE f.periode = $1`;

/** Sums per kelurahan of the family facts, named after what they count. */
const FAMILY_COUNTS = `
  SELECT kode_kelurahan,
    count(*) AS families,
    ${countWhere('has_pregnant')} AS pregnant_families,
    ${countWhere('p4k')} AS p4k_families,
    ${countWhere('stunting_target')} AS stunting_targets,
    ${countWhere('stunting_target AND stunting_risk')} AS stunting_at_risk,
    ${countWhere('safe_water')} AS safe_water,
    ${countWhere('proper_latrine')} AS proper_latrine,
    ${countWhere('tempat_sampah')} AS waste_disposal,
    ${countWhere('spal')} AS wastewater,
    ${countWhere('pre_prosperous')} AS pre_prosperous,
    ${countWhere('has_savings')} AS savings,
    ${countWhere('up2k')} AS up2k,
    ${countWhere('industri_rumah_tangga')} AS home_industry,
    ${countWhere('pemanfaatan_pekarangan')} AS yard_use,
    ${countWhere('kerja_bakti')} AS community_work,
    ${countWhere('non_rice')} AS staple_non_rice
  FROM family_facts GROUP BY kode_kelurahan`;

/** Dwellings that at least one family names, with their families and occupants. */
const OCCUPIED_DWELLINGS = (T: RegisterTables) => `
  SELECT d.kode_kelurahan, d.luas_lantai_m2, d.kriteria_rumah,
         count(*) AS families, sum(ff.persons) AS occupants
  FROM ${T.dwellings} d
  JOIN family_facts ff ON ff.kode_kelurahan = d.kode_kelurahan AND ff.id_hunian = d.id_hunian
  WHERE d.periode = $1
  GROUP BY d.kode_kelurahan, d.id_hunian, d.luas_lantai_m2, d.kriteria_rumah`;

const DWELLING_FACTS = `
  SELECT kode_kelurahan,
    count(*) AS dwellings,
    ${countWhere(`kriteria_rumah = 'sehat'`)} AS healthy_dwellings,
    ${countWhere('occupants > 0 AND luas_lantai_m2 / occupants < 7.2')} AS overcrowded_dwellings,
    ${countWhere('families >= 2')} AS shared_dwellings
  FROM occupied_dwellings GROUP BY kode_kelurahan`;

/**
 * Numerator and denominator of each indicator, as columns of FAMILY_COUNTS (`k`), PERSON_COUNTS (`p`)
 * and DWELLING_FACTS (`d`); `null` for the counts, which have no denominator. `coverage` is computed apart: it exists
 * only where the kelurahan has a target row.
 */
export const INDICATOR_SQL: Record<string, { numerator: string; denominator: string | null }> = {
  families: { numerator: 'k.families', denominator: null },
  population: { numerator: 'p.persons', denominator: null },
  family_size: { numerator: 'p.persons', denominator: 'k.families' },
  sex_ratio: { numerator: 'p.males', denominator: 'p.females' },
  under5_share: { numerator: 'p.balita', denominator: 'p.persons' },
  elderly_share: { numerator: 'p.lansia', denominator: 'p.persons' },
  pus_modern_kb: { numerator: 'p.pus_modern', denominator: 'p.pus' },
  p4k_sticker: { numerator: 'k.p4k_families', denominator: 'k.pregnant_families' },
  posyandu_under5: { numerator: 'p.balita_posyandu', denominator: 'p.balita' },
  jkn_coverage: { numerator: 'p.jkn', denominator: 'p.persons' },
  disability_share: { numerator: 'p.disabled', denominator: 'p.persons' },
  stunting_risk: { numerator: 'k.stunting_at_risk', denominator: 'k.stunting_targets' },
  illiteracy_15plus: { numerator: 'p.illiterate_15_plus', denominator: 'p.aged_15_plus' },
  school_7_18: { numerator: 'p.in_school_7_18', denominator: 'p.aged_7_18' },
  paud_3_6: { numerator: 'p.in_paud_3_6', denominator: 'p.aged_3_6' },
  safe_water: { numerator: 'k.safe_water', denominator: 'k.families' },
  proper_latrine: { numerator: 'k.proper_latrine', denominator: 'k.families' },
  waste_disposal: { numerator: 'k.waste_disposal', denominator: 'k.families' },
  wastewater: { numerator: 'k.wastewater', denominator: 'k.families' },
  healthy_house: { numerator: 'd.healthy_dwellings', denominator: 'd.dwellings' },
  overcrowded: { numerator: 'd.overcrowded_dwellings', denominator: 'd.dwellings' },
  multi_family_dwelling: { numerator: 'd.shared_dwellings', denominator: 'd.dwellings' },
  pre_prosperous: { numerator: 'k.pre_prosperous', denominator: 'k.families' },
  savings: { numerator: 'k.savings', denominator: 'k.families' },
  up2k: { numerator: 'k.up2k', denominator: 'k.families' },
  home_industry: { numerator: 'k.home_industry', denominator: 'k.families' },
  yard_use: { numerator: 'k.yard_use', denominator: 'k.families' },
  community_work: { numerator: 'k.community_work', denominator: 'k.families' },
  staple_non_rice: { numerator: 'k.staple_non_rice', denominator: 'k.families' },
};

const asCount = (expression: string | null) =>
  expression === null ? 'NULL::integer' : `coalesce(${expression}, 0)::integer`;

const INDICATOR_ROWS = Object.entries(INDICATOR_SQL)
  .map(([id, { numerator, denominator }]) => `('${id}', ${asCount(numerator)}, ${asCount(denominator)})`)
  .join(',\n      ');

/**
 * The values of periode $1, as rows (indicator, kode_kelurahan, numerator, denominator) of
 * indicator_values, read from `tables`: the periode's own partitions, whose statistics the planner can
 * trust. A plain SELECT, so that PostgreSQL may scan and aggregate in parallel (it never does for an
 * INSERT … SELECT); the few thousand rows are written afterwards.
 */
export function selectPeriodeValues(T: RegisterTables): string {
  return `
  WITH persons_of_periode AS NOT MATERIALIZED (${PERSONS(T)}),
  person_counts AS (${PERSON_COUNTS}),
  family_members AS (${FAMILY_MEMBERS}),
  close_births AS (${CLOSE_BIRTHS}),
  family_facts AS (${FAMILY_FACTS(T)}),
  family_counts AS (${FAMILY_COUNTS}),
  occupied_dwellings AS (${OCCUPIED_DWELLINGS(T)}),
  dwelling_facts AS (${DWELLING_FACTS})
  SELECT v.indicator, k.kode_kelurahan, v.numerator::integer, v.denominator::integer
  FROM family_counts k
  LEFT JOIN person_counts p ON p.kode_kelurahan = k.kode_kelurahan
  LEFT JOIN dwelling_facts d ON d.kode_kelurahan = k.kode_kelurahan
  CROSS JOIN LATERAL (VALUES
      ${INDICATOR_ROWS}) AS v(indicator, numerator, denominator)
  UNION ALL
  SELECT 'coverage', t.kode_kelurahan, coalesce(k.families, 0)::integer, t.keluarga_sasaran
  FROM ${T.targets} t LEFT JOIN family_counts k ON k.kode_kelurahan = t.kode_kelurahan
  WHERE t.periode = $1`;
}

/** The freshness rows of the periode ($1): families recorded per kelurahan and their first and last pendataan. */
export function insertPeriodeFreshness(T: RegisterTables): string {
  return `
  INSERT INTO kelurahan_pendataan (periode, kode_kelurahan, families, first_pendataan, last_pendataan)
  SELECT $1, kode_kelurahan, count(*)::integer, min(tanggal_pendataan), max(tanggal_pendataan)
  FROM ${T.families}
  WHERE periode = $1
  GROUP BY kode_kelurahan`;
}
