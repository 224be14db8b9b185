/**
 * The indicator catalogue of spec/indicators.md, one definition per indicator. Every indicator is a
 * numerator over a denominator times a multiplier, computed per kelurahan and periode (the SQL is in
 * aggregate-sql.ts) and rolled up by summing both counts. Counts have no denominator.
 */
export type Text = { id: string; en: string };

export const THEMES = [
  'demografi',
  'kesehatan_kb',
  'pendidikan',
  'lingkungan_hunian',
  'ekonomi',
  'kualitas_data',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_NAMES: Record<Theme, Text> = {
  demografi: { id: 'Demografi', en: 'Demography' },
  kesehatan_kb: { id: 'Kesehatan & KB', en: 'Health & family planning' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  lingkungan_hunian: { id: 'Lingkungan & hunian', en: 'Environment & housing' },
  ekonomi: { id: 'Ekonomi', en: 'Economy' },
  kualitas_data: { id: 'Kualitas data', en: 'Data quality' },
};

/** How a value reads and how its change between periods is computed (spec: "Change between periods"). */
export type IndicatorKind = 'count' | 'percent' | 'ratio';
export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

export type Indicator = {
  id: string;
  name: Text;
  theme: Theme;
  kind: IndicatorKind;
  unit: Text;
  multiplier: number;
  direction: Direction;
  /** What is counted over what, in words a policy maker reads. */
  definition: Text;
  /** The fields of the exchange format the indicator is computed from. */
  sourceFields: readonly string[];
};

const PERCENT: Text = { id: '%', en: '%' };

function percent(
  id: string,
  name: Text,
  theme: Theme,
  direction: Direction,
  definition: Text,
  sourceFields: readonly string[],
): Indicator {
  return {
    id,
    name,
    theme,
    kind: 'percent',
    unit: PERCENT,
    multiplier: 100,
    direction,
    definition,
    sourceFields,
  };
}

/** A share of families: `families with …` over all recorded families. */
function familyShare(
  id: string,
  name: Text,
  theme: Theme,
  direction: Direction,
  what: Text,
  field: string,
): Indicator {
  return percent(
    id,
    name,
    theme,
    direction,
    {
      id: `Persentase keluarga ${what.id} dari seluruh keluarga yang didata.`,
      en: `Share of families ${what.en} among all recorded families.`,
    },
    [field],
  );
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'families',
    name: { id: 'Jumlah keluarga', en: 'Families' },
    theme: 'demografi',
    kind: 'count',
    unit: { id: 'keluarga', en: 'families' },
    multiplier: 1,
    direction: 'neutral',
    definition: {
      id: 'Banyaknya keluarga (Kartu Keluarga) yang didata pada periode ini.',
      en: 'Number of families (Kartu Keluarga) recorded in the period.',
    },
    sourceFields: ['keluarga.no_kk'],
  },
  {
    id: 'population',
    name: { id: 'Jumlah jiwa', en: 'Population' },
    theme: 'demografi',
    kind: 'count',
    unit: { id: 'jiwa', en: 'persons' },
    multiplier: 1,
    direction: 'neutral',
    definition: {
      id: 'Banyaknya anggota keluarga yang didata pada periode ini.',
      en: 'Number of family members recorded in the period.',
    },
    sourceFields: ['individu.nik'],
  },
  {
    id: 'family_size',
    name: { id: 'Rata-rata anggota keluarga', en: 'Average family size' },
    theme: 'demografi',
    kind: 'ratio',
    unit: { id: 'jiwa per keluarga', en: 'persons per family' },
    multiplier: 1,
    direction: 'neutral',
    definition: {
      id: 'Jumlah jiwa dibagi jumlah keluarga.',
      en: 'Persons divided by families.',
    },
    sourceFields: ['individu.no_kk', 'keluarga.no_kk'],
  },
  {
    id: 'sex_ratio',
    name: { id: 'Rasio jenis kelamin', en: 'Sex ratio' },
    theme: 'demografi',
    kind: 'ratio',
    unit: { id: 'laki-laki per 100 perempuan', en: 'males per 100 females' },
    multiplier: 100,
    direction: 'neutral',
    definition: {
      id: 'Banyaknya laki-laki per 100 perempuan.',
      en: 'Males per 100 females.',
    },
    sourceFields: ['individu.jenis_kelamin'],
  },
  percent(
    'under5_share',
    { id: 'Persentase balita', en: 'Share of under-fives' },
    'demografi',
    'neutral',
    {
      id: 'Persentase jiwa berusia 0-4 tahun (balita) dari seluruh jiwa. Usia dihitung pada tanggal pendataan keluarganya.',
      en: "Share of persons aged 0-4 (under-fives) among all persons. Age is taken on the family's recording date.",
    },
    ['individu.tanggal_lahir', 'keluarga.tanggal_pendataan'],
  ),
  percent(
    'elderly_share',
    { id: 'Persentase lansia', en: 'Share of elderly (60+)' },
    'demografi',
    'neutral',
    {
      id: 'Persentase jiwa berusia 60 tahun ke atas (lansia) dari seluruh jiwa.',
      en: 'Share of persons aged 60 and over among all persons.',
    },
    ['individu.tanggal_lahir', 'keluarga.tanggal_pendataan'],
  ),
  percent(
    'pus_modern_kb',
    { id: 'PUS ber-KB modern', en: 'Couples using modern contraception' },
    'kesehatan_kb',
    'higher_is_better',
    {
      id: 'Persentase perempuan Pasangan Usia Subur (perempuan kawin berusia 15-49 tahun) yang memakai kontrasepsi modern (pil, suntik, implan, IUD, kondom, MOW, MOP) dari seluruh perempuan PUS.',
      en: 'Share of women of fertile-age couples (married women aged 15-49) using modern contraception (pill, injection, implant, IUD, condom, female or male sterilisation) among all such women.',
    },
    ['individu.kb', 'individu.status_kawin', 'individu.jenis_kelamin', 'individu.tanggal_lahir'],
  ),
  percent(
    'p4k_sticker',
    { id: 'Ibu hamil dengan stiker P4K', en: 'Pregnancies with P4K sticker' },
    'kesehatan_kb',
    'higher_is_better',
    {
      id: 'Persentase keluarga yang memasang stiker P4K dari keluarga yang memiliki anggota sedang hamil.',
      en: 'Share of families with a P4K birth-planning sticker among families with a pregnant member.',
    },
    ['keluarga.stiker_p4k', 'individu.hamil'],
  ),
  percent(
    'posyandu_under5',
    { id: 'Balita aktif posyandu', en: 'Under-fives active at posyandu' },
    'kesehatan_kb',
    'higher_is_better',
    {
      id: 'Persentase balita (0-4 tahun) yang aktif di posyandu dari seluruh balita.',
      en: 'Share of under-fives (aged 0-4) active at the posyandu among all under-fives.',
    },
    ['individu.aktif_posyandu', 'individu.tanggal_lahir'],
  ),
  percent(
    'jkn_coverage',
    { id: 'Kepesertaan JKN', en: 'Health insurance coverage' },
    'kesehatan_kb',
    'higher_is_better',
    {
      id: 'Persentase jiwa yang menjadi peserta Jaminan Kesehatan Nasional (JKN) dari seluruh jiwa.',
      en: 'Share of persons covered by national health insurance (JKN) among all persons.',
    },
    ['individu.punya_jkn'],
  ),
  percent(
    'disability_share',
    { id: 'Penyandang disabilitas', en: 'Persons with disability' },
    'kesehatan_kb',
    'neutral',
    {
      id: 'Persentase jiwa berkebutuhan khusus (fisik atau non-fisik) dari seluruh jiwa.',
      en: 'Share of persons with a physical or non-physical disability among all persons.',
    },
    ['individu.berkebutuhan_khusus'],
  ),
  percent(
    'stunting_risk',
    { id: 'Keluarga berisiko stunting', en: 'Families at risk of stunting' },
    'kesehatan_kb',
    'lower_is_better',
    {
      id: 'Persentase keluarga sasaran yang memiliki sedikitnya satu faktor risiko, dari seluruh keluarga sasaran (skrining BKKBN). Keluarga sasaran: punya balita, anggota yang hamil, atau perempuan PUS. Faktor risiko: sumber air minum tidak layak; jamban tidak layak; perempuan PUS berusia di bawah 20 tahun; perempuan PUS berusia di atas 35 tahun; empat anak atau lebih; dua anak berjarak lahir kurang dari 24 bulan (termasuk kembar) dengan yang lebih muda masih balita.',
      en: 'Share of target families with at least one risk factor among all target families (BKKBN screening). Target family: has an under-five, a pregnant member, or a woman of a fertile-age couple. Risks: unsafe drinking water; no proper latrine; such a woman aged under 20; such a woman aged over 35; four or more children; two children born less than 24 months apart (twins included), the younger an under-five.',
    },
    [
      'keluarga.sumber_air',
      'keluarga.jamban',
      'individu.hubungan',
      'individu.tanggal_lahir',
      'individu.hamil',
      'individu.status_kawin',
    ],
  ),
  percent(
    'illiteracy_15plus',
    { id: 'Buta aksara usia 15+', en: 'Illiteracy, age 15+' },
    'pendidikan',
    'lower_is_better',
    {
      id: 'Persentase jiwa berusia 15 tahun ke atas yang tidak bisa membaca dan menulis dari seluruh jiwa berusia 15 tahun ke atas.',
      en: 'Share of persons aged 15 and over who cannot read and write among all persons aged 15 and over.',
    },
    ['individu.bisa_baca_tulis', 'individu.tanggal_lahir'],
  ),
  percent(
    'school_7_18',
    { id: 'Partisipasi sekolah 7-18', en: 'School participation, age 7-18' },
    'pendidikan',
    'higher_is_better',
    {
      id: 'Persentase jiwa berusia 7-18 tahun yang sedang bersekolah dari seluruh jiwa berusia 7-18 tahun.',
      en: 'Share of persons aged 7-18 attending school among all persons aged 7-18.',
    },
    ['individu.sedang_sekolah', 'individu.tanggal_lahir'],
  ),
  percent(
    'paud_3_6',
    { id: 'Partisipasi PAUD 3-6', en: 'Early-childhood education, age 3-6' },
    'pendidikan',
    'higher_is_better',
    {
      id: 'Persentase anak berusia 3-6 tahun yang mengikuti PAUD dari seluruh anak berusia 3-6 tahun.',
      en: 'Share of children aged 3-6 in early-childhood education (PAUD) among all children aged 3-6.',
    },
    ['individu.ikut_paud', 'individu.tanggal_lahir'],
  ),
  familyShare(
    'safe_water',
    { id: 'Air minum layak', en: 'Safe drinking water' },
    'lingkungan_hunian',
    'higher_is_better',
    {
      id: 'yang sumber air minumnya layak (PDAM, sumur terlindung atau air kemasan)',
      en: 'whose drinking water is safe (piped PDAM water, a protected well or bottled water)',
    },
    'keluarga.sumber_air',
  ),
  familyShare(
    'proper_latrine',
    { id: 'Jamban layak', en: 'Proper latrine' },
    'lingkungan_hunian',
    'higher_is_better',
    { id: 'yang memiliki jamban sendiri atau bersama', en: 'with their own or a shared latrine' },
    'keluarga.jamban',
  ),
  familyShare(
    'waste_disposal',
    { id: 'Tempat sampah', en: 'Waste disposal' },
    'lingkungan_hunian',
    'higher_is_better',
    { id: 'yang memiliki tempat pembuangan sampah', en: 'with a place to dispose of waste' },
    'keluarga.tempat_sampah',
  ),
  familyShare(
    'wastewater',
    { id: 'Saluran limbah (SPAL)', en: 'Wastewater drainage' },
    'lingkungan_hunian',
    'higher_is_better',
    {
      id: 'yang memiliki saluran pembuangan air limbah (SPAL)',
      en: 'with wastewater drainage (SPAL)',
    },
    'keluarga.spal',
  ),
  percent(
    'healthy_house',
    { id: 'Rumah sehat', en: 'Healthy dwellings' },
    'lingkungan_hunian',
    'higher_is_better',
    {
      id: 'Persentase hunian berkriteria rumah sehat dari seluruh hunian yang ditempati sedikitnya satu keluarga yang didata.',
      en: 'Share of dwellings meeting the healthy-house criteria among dwellings where at least one recorded family lives.',
    },
    ['hunian.kriteria_rumah', 'keluarga.id_hunian'],
  ),
  percent(
    'overcrowded',
    { id: 'Hunian padat', en: 'Overcrowded dwellings' },
    'lingkungan_hunian',
    'lower_is_better',
    {
      id: 'Persentase hunian dengan luas lantai kurang dari 7,2 m² per penghuni (penghuni: seluruh anggota keluarga yang tinggal di hunian itu) dari seluruh hunian yang ditempati.',
      en: 'Share of dwellings with less than 7.2 m² of floor per occupant (occupants: all members of the families living there) among occupied dwellings.',
    },
    ['hunian.luas_lantai_m2', 'keluarga.id_hunian', 'individu.no_kk'],
  ),
  percent(
    'multi_family_dwelling',
    { id: 'Hunian lebih dari satu KK', en: 'Dwellings shared by 2+ families' },
    'lingkungan_hunian',
    'lower_is_better',
    {
      id: 'Persentase hunian yang ditempati dua keluarga atau lebih dari seluruh hunian yang ditempati.',
      en: 'Share of dwellings where two or more families live among occupied dwellings.',
    },
    ['keluarga.id_hunian'],
  ),
  familyShare(
    'pre_prosperous',
    { id: 'Keluarga pra sejahtera', en: 'Pre-prosperous families' },
    'ekonomi',
    'lower_is_better',
    { id: 'pada tahapan pra sejahtera', en: 'at the pre-prosperous stage (pra sejahtera)' },
    'keluarga.tahapan_ks',
  ),
  familyShare(
    'savings',
    { id: 'Keluarga memiliki tabungan', en: 'Families with savings' },
    'ekonomi',
    'higher_is_better',
    { id: 'yang sedikitnya satu anggotanya memiliki tabungan', en: 'where at least one member has savings' },
    'individu.punya_tabungan',
  ),
  familyShare(
    'up2k',
    { id: 'Keluarga aktif UP2K', en: 'Families in income programmes (UP2K)' },
    'ekonomi',
    'higher_is_better',
    {
      id: 'yang aktif dalam usaha peningkatan pendapatan keluarga (UP2K)',
      en: 'active in a family income programme (UP2K)',
    },
    'keluarga.up2k',
  ),
  familyShare(
    'home_industry',
    { id: 'Industri rumah tangga', en: 'Home industry' },
    'ekonomi',
    'neutral',
    { id: 'yang menjalankan industri rumah tangga', en: 'running a home industry' },
    'keluarga.industri_rumah_tangga',
  ),
  familyShare(
    'yard_use',
    { id: 'Pemanfaatan pekarangan', en: 'Home-yard gardening' },
    'ekonomi',
    'higher_is_better',
    { id: 'yang memanfaatkan pekarangan', en: 'using their home yard for gardening' },
    'keluarga.pemanfaatan_pekarangan',
  ),
  familyShare(
    'community_work',
    { id: 'Kerja bakti', en: 'Community work' },
    'ekonomi',
    'higher_is_better',
    { id: 'yang ikut kerja bakti', en: 'taking part in community work (kerja bakti)' },
    'keluarga.kerja_bakti',
  ),
  familyShare(
    'staple_non_rice',
    { id: 'Makanan pokok non-beras', en: 'Non-rice staple food' },
    'ekonomi',
    'neutral',
    { id: 'yang makanan pokoknya bukan beras', en: 'whose staple food is not rice' },
    'keluarga.makanan_pokok',
  ),
  percent(
    'coverage',
    { id: 'Cakupan pendataan', en: 'Data collection coverage' },
    'kualitas_data',
    'higher_is_better',
    {
      id: 'Keluarga yang didata dibagi keluarga sasaran (dari data kependudukan) kelurahan itu. Kelurahan tanpa data sasaran tidak punya nilai dan tidak ikut dijumlahkan ke tingkat di atasnya.',
      en: 'Families recorded divided by the families expected (from civil registration) in the kelurahan. A kelurahan without a target has no value and is left out of the sums above it.',
    },
    ['target.keluarga_sasaran', 'keluarga.no_kk'],
  ),
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export const INDICATOR_IDS = INDICATORS.map((indicator) => indicator.id);
