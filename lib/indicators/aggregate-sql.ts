/**
 * The SQL of every indicator of spec/indicators.md, in one statement per periode ($1). It builds
 * facts per family (its members counted by what the indicators need), sums them per kelurahan, and
 * turns each kelurahan's sums into one (indicator, numerator, denominator) row per indicator.
 */

/** Full years between birth and the family's tanggal_pendataan. */
const AGE = `date_part('year', age(f.tanggal_pendataan, p.tanggal_lahir))`;
const MODERN_CONTRACEPTION = `('pil', 'suntik', 'implan', 'iud', 'kondom', 'mow', 'mop')`;
const SAFE_WATER = `('pdam', 'sumur_terlindung', 'air_kemasan')`;
const PROPER_LATRINE = `('sendiri', 'bersama')`;

/** One row per person of the periode, with the age and the groups the indicators count. */
const MEMBERS = `
  SELECT p.kk_hash, p.jenis_kelamin, p.hubungan, p.hamil, p.punya_tabungan, p.aktif_posyandu,
         p.punya_jkn, p.berkebutuhan_khusus, p.bisa_baca_tulis, p.sedang_sekolah, p.ikut_paud, p.kb,
         ${AGE} AS age,
         (p.jenis_kelamin = 'P' AND p.status_kawin = 'kawin' AND ${AGE} BETWEEN 15 AND 49) AS pus
  FROM persons p JOIN families f ON f.periode = p.periode AND f.kk_hash = p.kk_hash
  WHERE p.periode = $1 AND f.periode = $1
  OFFSET 0`;

/** Per family: how many of its members fall in each group, and the family-level person properties. */
const FAMILY_MEMBERS = `
  SELECT kk_hash,
    count(*) AS persons,
    count(*) FILTER (WHERE jenis_kelamin = 'L') AS males,
    count(*) FILTER (WHERE jenis_kelamin = 'P') AS females,
    count(*) FILTER (WHERE age < 5) AS balita,
    count(*) FILTER (WHERE age < 5 AND aktif_posyandu) AS balita_posyandu,
    count(*) FILTER (WHERE age >= 60) AS lansia,
    count(*) FILTER (WHERE pus) AS pus,
    count(*) FILTER (WHERE pus AND kb IN ${MODERN_CONTRACEPTION}) AS pus_modern,
    count(*) FILTER (WHERE punya_jkn) AS jkn,
    count(*) FILTER (WHERE berkebutuhan_khusus <> 'tidak') AS disabled,
    count(*) FILTER (WHERE age >= 15) AS aged_15_plus,
    count(*) FILTER (WHERE age >= 15 AND NOT bisa_baca_tulis) AS illiterate_15_plus,
    count(*) FILTER (WHERE age BETWEEN 7 AND 18) AS aged_7_18,
    count(*) FILTER (WHERE age BETWEEN 7 AND 18 AND sedang_sekolah) AS in_school_7_18,
    count(*) FILTER (WHERE age BETWEEN 3 AND 6) AS aged_3_6,
    count(*) FILTER (WHERE age BETWEEN 3 AND 6 AND ikut_paud) AS in_paud_3_6,
    count(*) FILTER (WHERE hubungan = 'anak') AS children,
    bool_or(coalesce(hamil, false)) AS has_pregnant,
    bool_or(pus) AS has_pus,
    bool_or(pus AND age < 20) AS has_pus_under_20,
    bool_or(pus AND age > 35) AS has_pus_over_35,
    bool_or(punya_tabungan) AS has_savings
  FROM members GROUP BY kk_hash`;

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
    SELECT p.kk_hash, p.tanggal_lahir, ${AGE} AS age,
           lag(p.tanggal_lahir) OVER (PARTITION BY p.kk_hash ORDER BY p.tanggal_lahir) AS previous_birth
    FROM persons p JOIN families f ON f.periode = p.periode AND f.kk_hash = p.kk_hash
    WHERE p.periode = $1 AND f.periode = $1 AND p.hubungan = 'anak'
      AND p.tanggal_lahir > ${PERIODE_START} - interval '7 years') children
  WHERE age < 5 AND tanggal_lahir < previous_birth + interval '24 months'`;

/** Per family: its own answers and its members' facts; a family without members counts zero persons. */
const FAMILY_FACTS = `
  SELECT f.kode_kelurahan, f.id_hunian, f.tahapan_ks, f.makanan_pokok, f.stiker_p4k, f.tempat_sampah,
         f.spal, f.up2k, f.pemanfaatan_pekarangan, f.industri_rumah_tangga, f.kerja_bakti,
         f.sumber_air IN ${SAFE_WATER} AS safe_water,
         f.jamban IN ${PROPER_LATRINE} AS proper_latrine,
         coalesce(m.persons, 0) AS persons, m.males, m.females, m.balita, m.balita_posyandu, m.lansia,
         m.pus, m.pus_modern, m.jkn, m.disabled, m.aged_15_plus, m.illiterate_15_plus, m.aged_7_18,
         m.in_school_7_18, m.aged_3_6, m.in_paud_3_6, coalesce(m.children, 0) AS children,
         coalesce(m.has_pregnant, false) AS has_pregnant, coalesce(m.has_savings, false) AS has_savings,
         coalesce(m.balita > 0 OR m.has_pregnant OR m.has_pus, false) AS stunting_target,
         coalesce(m.has_pus_under_20 OR m.has_pus_over_35, false) OR c.kk_hash IS NOT NULL AS pus_or_birth_risk
  FROM families f
  LEFT JOIN family_members m ON m.kk_hash = f.kk_hash
  LEFT JOIN close_births c ON c.kk_hash = f.kk_hash
  WHERE f.periode = $1`;

const countWhere = (condition: string) => `count(*) FILTER (WHERE ${condition})`;

/** Sums per kelurahan, named after what they count. */
const KELURAHAN_FACTS = `
  SELECT kode_kelurahan,
    count(*) AS families,
    sum(persons) AS persons, sum(males) AS males, sum(females) AS females,
    sum(balita) AS balita, sum(balita_posyandu) AS balita_posyandu, sum(lansia) AS lansia,
    sum(pus) AS pus, sum(pus_modern) AS pus_modern, sum(jkn) AS jkn, sum(disabled) AS disabled,
    sum(aged_15_plus) AS aged_15_plus, sum(illiterate_15_plus) AS illiterate_15_plus,
    sum(aged_7_18) AS aged_7_18, sum(in_school_7_18) AS in_school_7_18,
    sum(aged_3_6) AS aged_3_6, sum(in_paud_3_6) AS in_paud_3_6,
    ${countWhere('has_pregnant')} AS pregnant_families,
    ${countWhere('has_pregnant AND stiker_p4k')} AS p4k_families,
    ${countWhere('stunting_target')} AS stunting_targets,
    ${countWhere(
      'stunting_target AND (NOT safe_water OR NOT proper_latrine OR children >= 4 OR pus_or_birth_risk)',
    )} AS stunting_at_risk,
    ${countWhere('safe_water')} AS safe_water,
    ${countWhere('proper_latrine')} AS proper_latrine,
    ${countWhere('tempat_sampah')} AS waste_disposal,
    ${countWhere('spal')} AS wastewater,
    ${countWhere(`tahapan_ks = 'pra_sejahtera'`)} AS pre_prosperous,
    ${countWhere('has_savings')} AS savings,
    ${countWhere('up2k')} AS up2k,
    ${countWhere('industri_rumah_tangga')} AS home_industry,
    ${countWhere('pemanfaatan_pekarangan')} AS yard_use,
    ${countWhere('kerja_bakti')} AS community_work,
    ${countWhere(`makanan_pokok = 'non_beras'`)} AS staple_non_rice
  FROM family_facts GROUP BY kode_kelurahan`;

/** Dwellings that at least one family names, with their families and occupants. */
const OCCUPIED_DWELLINGS = `
  SELECT d.kode_kelurahan, d.luas_lantai_m2, d.kriteria_rumah,
         count(*) AS families, sum(ff.persons) AS occupants
  FROM dwellings d
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
 * Numerator and denominator of each indicator, as columns of KELURAHAN_FACTS (`k`) and DWELLING_FACTS
 * (`d`); `null` for the counts, which have no denominator. `coverage` is computed apart: it exists
 * only where the kelurahan has a target row.
 */
export const INDICATOR_SQL: Record<string, { numerator: string; denominator: string | null }> = {
  families: { numerator: 'k.families', denominator: null },
  population: { numerator: 'k.persons', denominator: null },
  family_size: { numerator: 'k.persons', denominator: 'k.families' },
  sex_ratio: { numerator: 'k.males', denominator: 'k.females' },
  under5_share: { numerator: 'k.balita', denominator: 'k.persons' },
  elderly_share: { numerator: 'k.lansia', denominator: 'k.persons' },
  pus_modern_kb: { numerator: 'k.pus_modern', denominator: 'k.pus' },
  p4k_sticker: { numerator: 'k.p4k_families', denominator: 'k.pregnant_families' },
  posyandu_under5: { numerator: 'k.balita_posyandu', denominator: 'k.balita' },
  jkn_coverage: { numerator: 'k.jkn', denominator: 'k.persons' },
  disability_share: { numerator: 'k.disabled', denominator: 'k.persons' },
  stunting_risk: { numerator: 'k.stunting_at_risk', denominator: 'k.stunting_targets' },
  illiteracy_15plus: { numerator: 'k.illiterate_15_plus', denominator: 'k.aged_15_plus' },
  school_7_18: { numerator: 'k.in_school_7_18', denominator: 'k.aged_7_18' },
  paud_3_6: { numerator: 'k.in_paud_3_6', denominator: 'k.aged_3_6' },
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

/** Writes the values of periode $1 into indicator_values (whose rows of $1 must be gone). */
export const INSERT_PERIODE_VALUES = `
  WITH members AS (${MEMBERS}),
  family_members AS (${FAMILY_MEMBERS}),
  close_births AS (${CLOSE_BIRTHS}),
  family_facts AS (${FAMILY_FACTS}),
  kelurahan_facts AS (${KELURAHAN_FACTS}),
  occupied_dwellings AS (${OCCUPIED_DWELLINGS}),
  dwelling_facts AS (${DWELLING_FACTS})
  INSERT INTO indicator_values (periode, indicator, kode_kelurahan, numerator, denominator)
  SELECT $1, v.indicator, k.kode_kelurahan, v.numerator, v.denominator
  FROM kelurahan_facts k LEFT JOIN dwelling_facts d ON d.kode_kelurahan = k.kode_kelurahan
  CROSS JOIN LATERAL (VALUES
      ${INDICATOR_ROWS}) AS v(indicator, numerator, denominator)
  UNION ALL
  SELECT $1, 'coverage', t.kode_kelurahan, coalesce(k.families, 0)::integer, t.keluarga_sasaran
  FROM targets t LEFT JOIN kelurahan_facts k ON k.kode_kelurahan = t.kode_kelurahan
  WHERE t.periode = $1`;
