/**
 * The texts of the comparison page /bandingkan, keys starting with `compare.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const COMPARE_MESSAGES = {
  id: {
    'compare.title': 'Bandingkan wilayah',
    'compare.intro':
      'Sampai lima wilayah berdampingan, dari tingkat mana pun: DKI Jakarta, kota, kecamatan atau kelurahan.',
    'compare.emptyTitle': 'Belum ada wilayah yang dipilih',
    'compare.emptyBody':
      'Cari wilayah dengan namanya, lalu tambahkan ke perbandingan; sampai lima wilayah dapat diletakkan berdampingan. Tabel akan menampilkan semua indikator untuk setiap wilayah dengan nilai terbaik setiap baris ditandai, dan grafik menampilkan trennya.',
    'compare.suggest': 'Atau mulai dengan salah satu wilayah ini:',
    'compare.suggestMainland': 'Bandingkan lima kota daratan',
    'compare.chosen': 'Wilayah yang dibandingkan',
    'compare.remove': 'Hapus {name} dari perbandingan',
    'compare.searchLabel': 'Tambah wilayah',
    'compare.searchPlaceholder': 'Ketik nama kelurahan, kecamatan atau kota',
    'compare.add': 'Tambah',
    'compare.noMatch': 'Tidak ada wilayah dengan nama itu. Pilih dari daftar saran.',
    'compare.full': 'Sudah lima wilayah. Hapus satu untuk menambah yang lain.',
    'compare.tooMany':
      'Paling banyak lima wilayah dapat dibandingkan. Alamat ini menyebut {asked}; yang ditampilkan lima yang pertama.',
    'compare.oneOnly': 'Tambahkan sedikitnya satu wilayah lagi untuk membandingkan.',
    'compare.tableTitle': 'Semua indikator, {period}',
    'compare.tableCaption':
      'Nilai setiap indikator untuk wilayah yang dipilih, {period}; nilai terbaik setiap baris ditandai',
    'compare.indicatorColumn': 'Indikator',
    'compare.best': 'terbaik',
    'compare.bestNote':
      '★ terbaik: nilai terbaik di barisnya menurut arah indikator (lebih tinggi atau lebih rendah lebih baik). Indikator netral tidak diberi tanda, dan nilai yang ditekan tidak pernah terbaik.',
    'compare.suppressedNote':
      'Ditekan: penyebut (n) di bawah {min}, sehingga nilainya tidak ditampilkan agar tidak ada keluarga yang dapat dikenali.',
    'compare.trendNote': 'Wilayah yang dipilih, semua periode',
    'compare.level.province': 'provinsi',
    'compare.level.city': 'kota',
    'compare.level.regency': 'kabupaten',
    'compare.level.district': 'kecamatan',
    'compare.level.village': 'kelurahan',
    'compare.regionLabel': '{name} ({context})',
    'compare.regionContext': '{level}, {city}',
  },
  en: {
    'compare.title': 'Compare regions',
    'compare.intro':
      'Up to five regions side by side, of any level: DKI Jakarta, a city, a kecamatan or a kelurahan.',
    'compare.emptyTitle': 'No region chosen yet',
    'compare.emptyBody':
      'Find a region by its name and add it to the comparison; up to five regions can stand side by side. The table then shows every indicator for each region with the best value of each row marked, and the chart shows their trends.',
    'compare.suggest': 'Or start with one of these:',
    'compare.suggestMainland': 'Compare the five mainland cities',
    'compare.chosen': 'Regions compared',
    'compare.remove': 'Remove {name} from the comparison',
    'compare.searchLabel': 'Add a region',
    'compare.searchPlaceholder': 'Type the name of a kelurahan, kecamatan or city',
    'compare.add': 'Add',
    'compare.noMatch': 'No region has that name. Choose one from the suggestions.',
    'compare.full': 'Five regions already. Remove one to add another.',
    'compare.tooMany':
      'At most five regions can be compared. This address names {asked}; the first five are shown.',
    'compare.oneOnly': 'Add at least one more region to compare.',
    'compare.tableTitle': 'Every indicator, {period}',
    'compare.tableCaption':
      'The value of every indicator for the chosen regions, {period}; the best value of each row is marked',
    'compare.indicatorColumn': 'Indicator',
    'compare.best': 'best',
    'compare.bestNote':
      '★ best: the best value of its row by the direction of the indicator (higher or lower is better). Neutral indicators are not marked, and a suppressed value is never the best.',
    'compare.suppressedNote':
      'Suppressed: the denominator (n) is below {min}, so the value is not shown, so that no family can be recognised.',
    'compare.trendNote': 'The chosen regions, every period',
    'compare.level.province': 'province',
    'compare.level.city': 'city',
    'compare.level.regency': 'regency',
    'compare.level.district': 'kecamatan',
    'compare.level.village': 'kelurahan',
    'compare.regionLabel': '{name} ({context})',
    'compare.regionContext': '{level}, {city}',
  },
} as const satisfies Record<'id' | 'en', Record<string, string>>;
