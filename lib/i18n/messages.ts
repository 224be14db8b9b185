import { COMPARE_MESSAGES } from './compare-messages';
import { EXPORT_MESSAGES } from './export-messages';
import { FATAL_MESSAGES } from './fatal-messages';
import { INDICATOR_PAGE_MESSAGES } from './indicator-page-messages';
import type { Locale } from './locales';
import { PROFILE_MESSAGES } from './profile-messages';
import { QUALITY_MESSAGES } from './quality-messages';
import { TABLE_EXPORT_MESSAGES } from './table-export-messages';

/**
 * The one catalogue of interface text. Bahasa Indonesia is written first and is the reference: its keys are
 * the type every other language must match, and its literal text gives `t()` the placeholders to ask for.
 * Keys are flat and dotted by the part of the interface they belong to.
 */
export const id = {
  ...FATAL_MESSAGES.id,
  ...PROFILE_MESSAGES.id,
  ...INDICATOR_PAGE_MESSAGES.id,
  ...COMPARE_MESSAGES.id,
  ...QUALITY_MESSAGES.id,
  ...EXPORT_MESSAGES.id,
  ...TABLE_EXPORT_MESSAGES.id,
  'app.name': 'Jendela Keluarga',
  'app.tagline': 'Kesejahteraan keluarga DKI Jakarta',
  'app.title': 'Jendela Keluarga — DKI Jakarta',
  'app.description':
    'Dasbor kesejahteraan keluarga DKI Jakarta dari data Dasawisma PKK, per kelurahan dan periode.',
  'app.skipToContent': 'Langsung ke konten',
  'app.home': 'Jendela Keluarga, ke ringkasan',

  'nav.label': 'Navigasi utama',
  'nav.overview': 'Ringkasan',
  'nav.map': 'Peta',
  'nav.indicators': 'Indikator',
  'nav.compare': 'Bandingkan',
  'nav.dataQuality': 'Kualitas Data',

  'language.label': 'Bahasa',
  // Each language is named in itself, so a reader finds their own whatever language is showing.
  'language.name.id': 'Bahasa Indonesia',
  'language.name.en': 'English',
  'language.short.id': 'ID',
  'language.short.en': 'EN',

  'period.label': 'Periode',
  'period.half1': 'Semester 1 {year} (Jan–Jun)',
  'period.half2': 'Semester 2 {year} (Jul–Des)',

  'source.synthetic': 'Data sintetis (demo)',
  'source.syntheticHint': 'angka contoh, bukan data Dasawisma sebenarnya',
  'source.lastImport': 'Impor terakhir: {date}',
  'source.imported': 'Data impor Dasawisma',
  'source.none': 'Belum ada data yang diimpor',
  'source.unavailable': 'Sumber data tidak dapat dibaca saat ini',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body':
    'Alamat ini tidak ada di Jendela Keluarga. Periksa kode wilayah atau nama indikator di alamat, atau mulai lagi dari ringkasan.',
  'notFound.back': 'Kembali ke ringkasan',

  'error.title': 'Data tidak dapat dimuat',
  'error.body':
    'Terjadi gangguan saat membaca basis data. Coba lagi sebentar lagi; bila tetap gagal, hubungi pengelola aplikasi.',
  'error.retry': 'Coba lagi',
  'error.widget':
    'Bagian ini tidak dapat dimuat karena data tidak terbaca. Bagian lain halaman tetap dapat dipakai.',

  'cities.title': 'Kota dan kabupaten',
  'cities.listLabel': 'Kota dan kabupaten DKI Jakarta',
  'cities.counts': '{districts} kecamatan · {villages} kelurahan',
  'cities.empty': 'Daftar wilayah belum dimuat. Jalankan {command}.',

  'map.title': 'Peta kelurahan DKI Jakarta',
  'map.caption': '267 kelurahan dengan batas kecamatan dan kota; Kepulauan Seribu ditampilkan di sisipan.',
  'map.loading': 'Memuat peta…',
  'map.loadingBoundaries': 'Memuat batas kelurahan…',
  'map.error': 'Peta tidak dapat dimuat. Periksa koneksi, lalu muat ulang halaman.',
  'map.boundariesMissing.title': 'Batas kelurahan belum dimuat.',
  'map.boundariesMissing.body':
    'Peta akan tampil setelah berkas GeoJSON batas kelurahan dimuat dengan {command}. Data lain tetap dapat dilihat.',
  'map.zoomIn': 'Perbesar',
  'map.zoomOut': 'Perkecil',
  'map.boundaryCredit': 'Batas: BPS 2020 via OCHA/HDX (CC BY-IGO)',
  'map.inset': 'Kepulauan Seribu',

  'overview.title': 'Ringkasan DKI Jakarta',
  'overview.headlines': 'Indikator utama',
  'overview.noData': 'Belum ada data indikator untuk ditampilkan. Data akan muncul setelah impor pertama.',
  'overview.openMap': 'Buka peta lengkap →',
  'overview.moversTitle': 'Kelurahan yang paling berubah',
  'overview.moversNone': 'Tidak ada kelurahan di kelompok ini.',
  'overview.moversNoPrevious': 'Belum ada periode sebelumnya untuk dibandingkan.',
  'overview.moversImproved': 'Paling membaik',
  'overview.moversWorsened': 'Paling memburuk',
  'overview.moversRose': 'Paling naik',
  'overview.moversFell': 'Paling turun',
  'overview.trendTitle': 'Tren: {indicator}',
  'overview.trendNote': 'DKI Jakarta dan enam kota/kabupaten, semua periode',
  'overview.trendTooShort': 'Tren baru dapat digambar bila ada data dari paling sedikit dua periode.',
  'overview.trendLegend': 'Garis pada grafik',

  'picker.indicator': 'Indikator',

  'theme.demografi': 'Demografi',
  'theme.kesehatan_kb': 'Kesehatan & KB',
  'theme.pendidikan': 'Pendidikan',
  'theme.lingkungan_hunian': 'Lingkungan & hunian',
  'theme.ekonomi': 'Ekonomi',
  'theme.kualitas_data': 'Kualitas data',

  'value.suppressed': 'Ditekan',
  'value.noData': 'Tidak ada data',
  'value.n': 'n = {n}',
  'value.suppressedWhy': 'n = {n}, di bawah {min}: ditekan agar tidak ada keluarga yang dapat dikenali',
  'value.count': 'Jumlah total',

  'change.since': 'sejak {period}',
  'change.none': 'perubahan tidak tersedia',
  'change.points': 'poin',
  'change.better': 'membaik',
  'change.worse': 'memburuk',
  'change.unchanged': 'tetap',
  'change.neutral': 'berubah',

  'mapPage.title': 'Peta',
  'mapPage.valueHeading': '{indicator}, {period}',
  'mapPage.changeHeading': 'Perubahan {indicator}: {from} → {to}',
  'mapPage.zoomedTo': 'Diperbesar ke {name}. Kelas peta tetap dihitung dari seluruh kelurahan DKI Jakarta.',

  'controls.theme': 'Tema',
  'controls.compare': 'Bandingkan dengan',
  'controls.compareNone': 'Tanpa perbandingan (nilai)',
  'controls.method': 'Klasifikasi',
  'controls.region': 'Wilayah',
  'controls.regionAll': 'Seluruh DKI Jakarta',
  'controls.regionCity': 'Seluruh {name}',
  'controls.regionDistrict': 'Kec. {name}',
  'controls.display': 'Tampilan',
  'controls.display.peta': 'Peta',
  'controls.display.tabel': 'Tabel',

  'legend.valueTitle': 'Nilai per kelurahan',
  'legend.changeTitle': 'Perubahan sejak {period}',
  'legend.method': '{method}, {classes} kelas',
  'legend.method.kuantil': 'Kuantil',
  'legend.method.interval': 'Interval sama',
  'legend.method.alami': 'Jeda alami (Jenks)',
  'legend.count': '{count} kel.',
  'legend.noClasses': 'Belum ada nilai untuk dibagi ke kelas.',
  'legend.suppressed': 'Ditekan (n < {min})',
  'legend.noData': 'Tidak ada data',
  'legend.noChange': 'Tidak ada data pembanding',

  'panel.hint': 'Klik sebuah kelurahan di peta, atau cari namanya, untuk melihat angkanya.',
  'panel.district': 'Kec. {name}',
  'panel.close': 'Tutup',
  'panel.noRecords': 'Belum ada catatan Dasawisma untuk kelurahan ini pada periode ini.',
  'panel.rank': 'Peringkat {rank} dari {of} kelurahan di DKI Jakarta',
  'panel.profile': 'Profil {name} →',

  'search.label': 'Cari kelurahan',
  'search.placeholder': 'Ketik nama kelurahan',
  'search.noMatch': 'Tidak ada kelurahan dengan nama itu. Pilih dari daftar saran.',

  'table.kelurahan': 'Kelurahan',
  'table.kecamatan': 'Kecamatan',
  'table.city': 'Kota/Kabupaten',
  'table.value': 'Nilai',
  'table.n': 'n',
  'table.change': 'Perubahan',
  'table.caption': 'Nilai {count} kelurahan; klik judul kolom untuk mengurutkan',
} as const;

export type Messages = typeof id;
export type MessageKey = keyof Messages;
/** What a language has to provide: a text for every key of the Indonesian catalogue, and no other key. */
export type Dictionary = { readonly [Key in MessageKey]: string };

export const en: Dictionary = {
  ...FATAL_MESSAGES.en,
  ...PROFILE_MESSAGES.en,
  ...INDICATOR_PAGE_MESSAGES.en,
  ...COMPARE_MESSAGES.en,
  ...QUALITY_MESSAGES.en,
  ...EXPORT_MESSAGES.en,
  ...TABLE_EXPORT_MESSAGES.en,
  'app.name': 'Jendela Keluarga',
  'app.tagline': 'Family welfare in DKI Jakarta',
  'app.title': 'Jendela Keluarga — DKI Jakarta',
  'app.description':
    'A dashboard of family welfare in DKI Jakarta from Dasawisma PKK records, by kelurahan and period.',
  'app.skipToContent': 'Skip to content',
  'app.home': 'Jendela Keluarga, to the overview',

  'nav.label': 'Main navigation',
  'nav.overview': 'Overview',
  'nav.map': 'Map',
  'nav.indicators': 'Indicators',
  'nav.compare': 'Compare',
  'nav.dataQuality': 'Data quality',

  'language.label': 'Language',
  'language.name.id': 'Bahasa Indonesia',
  'language.name.en': 'English',
  'language.short.id': 'ID',
  'language.short.en': 'EN',

  'period.label': 'Period',
  'period.half1': '1st half {year} (Jan–Jun)',
  'period.half2': '2nd half {year} (Jul–Dec)',

  'source.synthetic': 'Synthetic data (demo)',
  'source.syntheticHint': 'sample figures, not real Dasawisma records',
  'source.lastImport': 'Last import: {date}',
  'source.imported': 'Imported Dasawisma records',
  'source.none': 'No data has been imported yet',
  'source.unavailable': 'The data source cannot be read right now',

  'notFound.title': 'Page not found',
  'notFound.body':
    'This address does not exist in Jendela Keluarga. Check the region code or the indicator name in the address, or start again from the overview.',
  'notFound.back': 'Back to the overview',

  'error.title': 'The data could not be loaded',
  'error.body':
    "Something went wrong while reading the database. Please try again shortly; if it keeps failing, contact the application's administrators.",
  'error.retry': 'Try again',
  'error.widget':
    'This part could not be loaded because its data could not be read. The rest of the page still works.',

  'cities.title': 'Cities and regency',
  'cities.listLabel': 'Cities and regency of DKI Jakarta',
  // English texts about Jakarta keep the Indonesian names of its administrative units.
  'cities.counts': '{districts} kecamatan · {villages} kelurahan',
  'cities.empty': 'The list of regions has not been loaded. Run {command}.',

  'map.title': 'Map of the kelurahan of DKI Jakarta',
  'map.caption': '267 kelurahan with kecamatan and city boundaries; Kepulauan Seribu is shown in an inset.',
  'map.loading': 'Loading the map…',
  'map.loadingBoundaries': 'Loading kelurahan boundaries…',
  'map.error': 'The map could not be loaded. Check the connection, then reload the page.',
  'map.boundariesMissing.title': 'Kelurahan boundaries have not been loaded.',
  'map.boundariesMissing.body':
    'The map will appear once a GeoJSON file of kelurahan boundaries is loaded with {command}. Other data can still be viewed.',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.boundaryCredit': 'Boundaries: BPS 2020 via OCHA/HDX (CC BY-IGO)',
  'map.inset': 'Kepulauan Seribu',

  'overview.title': 'Overview of DKI Jakarta',
  'overview.headlines': 'Headline indicators',
  'overview.noData': 'There are no indicator values to show yet. They will appear after the first import.',
  'overview.openMap': 'Open the full map →',
  'overview.moversTitle': 'Kelurahan that changed most',
  'overview.moversNone': 'No kelurahan in this group.',
  'overview.moversNoPrevious': 'There is no earlier period to compare with yet.',
  'overview.moversImproved': 'Improved most',
  'overview.moversWorsened': 'Worsened most',
  'overview.moversRose': 'Rose most',
  'overview.moversFell': 'Fell most',
  'overview.trendTitle': 'Trend: {indicator}',
  'overview.trendNote': 'DKI Jakarta and its six cities and regency, every period',
  'overview.trendTooShort': 'A trend can be drawn once there is data from at least two periods.',
  'overview.trendLegend': 'Lines of the chart',

  'picker.indicator': 'Indicator',

  'theme.demografi': 'Demography',
  'theme.kesehatan_kb': 'Health & family planning',
  'theme.pendidikan': 'Education',
  'theme.lingkungan_hunian': 'Environment & housing',
  'theme.ekonomi': 'Economy',
  'theme.kualitas_data': 'Data quality',

  'value.suppressed': 'Suppressed',
  'value.noData': 'No data',
  'value.n': 'n = {n}',
  'value.suppressedWhy': 'n = {n}, below {min}: withheld so that no family can be recognised',
  'value.count': 'Total count',

  'change.since': 'since {period}',
  'change.none': 'change not available',
  'change.points': 'points',
  'change.better': 'better',
  'change.worse': 'worse',
  'change.unchanged': 'unchanged',
  'change.neutral': 'changed',

  'mapPage.title': 'Map',
  'mapPage.valueHeading': '{indicator}, {period}',
  'mapPage.changeHeading': 'Change in {indicator}: {from} → {to}',
  'mapPage.zoomedTo':
    'Zoomed to {name}. The map classes are still computed over all kelurahan of DKI Jakarta.',

  'controls.theme': 'Theme',
  'controls.compare': 'Compare with',
  'controls.compareNone': 'No comparison (values)',
  'controls.method': 'Classification',
  'controls.region': 'Region',
  'controls.regionAll': 'All of DKI Jakarta',
  'controls.regionCity': 'All of {name}',
  'controls.regionDistrict': 'Kec. {name}',
  'controls.display': 'View',
  'controls.display.peta': 'Map',
  'controls.display.tabel': 'Table',

  'legend.valueTitle': 'Value per kelurahan',
  'legend.changeTitle': 'Change since {period}',
  'legend.method': '{method}, {classes} classes',
  'legend.method.kuantil': 'Quantiles',
  'legend.method.interval': 'Equal intervals',
  'legend.method.alami': 'Natural breaks (Jenks)',
  'legend.count': '{count} kel.',
  'legend.noClasses': 'There are no values to divide into classes yet.',
  'legend.suppressed': 'Suppressed (n < {min})',
  'legend.noData': 'No data',
  'legend.noChange': 'No data to compare',

  'panel.hint': 'Click a kelurahan on the map, or search for its name, to see its figures.',
  'panel.district': 'Kec. {name}',
  'panel.close': 'Close',
  'panel.noRecords': 'There are no Dasawisma records for this kelurahan in this period yet.',
  'panel.rank': 'Rank {rank} of {of} kelurahan in DKI Jakarta',
  'panel.profile': 'Profile of {name} →',

  'search.label': 'Find a kelurahan',
  'search.placeholder': 'Type a kelurahan name',
  'search.noMatch': 'No kelurahan has that name. Choose one from the suggestions.',

  'table.kelurahan': 'Kelurahan',
  'table.kecamatan': 'Kecamatan',
  'table.city': 'City/Regency',
  'table.value': 'Value',
  'table.n': 'n',
  'table.change': 'Change',
  'table.caption': 'Values of {count} kelurahan; click a column heading to sort',
};

export const MESSAGES: Record<Locale, Dictionary> = { id, en };
