/**
 * The texts of the data-quality page /kualitas-data, keys starting with `quality.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const QUALITY_MESSAGES = {
  id: {
    'quality.title': 'Kualitas data',
    'quality.heading': 'Kualitas data, {period}',
    'quality.intro':
      'Seberapa lengkap dan seberapa baru catatan Dasawisma tiap kelurahan, dan baris mana yang ditolak saat impor: kelurahan mana yang perlu dikejar sebelum angkanya dipercaya.',
    'quality.noData':
      'Belum ada data Dasawisma untuk dinilai. Setelah impor pertama, halaman ini menunjukkan cakupan dan kebaruan data tiap kelurahan.',

    'quality.tiles.title': 'Ringkasan kualitas data',
    'quality.tiles.coverage': 'Cakupan pendataan DKI Jakarta',
    'quality.tiles.coverageFamilies': '{families} keluarga didata dari {target} keluarga sasaran',
    'quality.tiles.coverageNone': 'Belum ada data sasaran untuk periode ini.',
    'quality.tiles.toVisit': 'Kelurahan perlu didata',
    'quality.tiles.toVisitOf': 'dari {total} kelurahan',
    'quality.tiles.stale': '{count} terakhir didata sebelum {start}',
    'quality.tiles.never': '{count} belum pernah didata',
    'quality.tiles.toVisitNone': 'Semua kelurahan sudah didata pada periode ini.',
    'quality.tiles.rejected': 'Baris ditolak pada periode ini',
    'quality.tiles.rejectedDetail': 'Impor yang menolak baris: {imports}',
    'quality.tiles.lastImport': 'Impor terakhir',
    'quality.tiles.noImport': 'Belum ada impor',

    'quality.map.title': 'Cakupan pendataan per kelurahan',
    'quality.map.caption':
      'Keluarga yang didata dibagi keluarga sasaran. Kelurahan tanpa data sasaran tidak punya nilai.',
    'quality.map.open': 'Buka di peta →',

    'quality.table.title': 'Kelurahan yang perlu dikejar',
    'quality.table.intro':
      'Yang belum didata pada periode ini lebih dulu, lalu cakupan terendah. Klik judul kolom untuk mengurutkan.',
    'quality.table.caption':
      'Cakupan dan kebaruan data {count} kelurahan; klik judul kolom untuk mengurutkan',
    'quality.table.families': 'Keluarga didata',
    'quality.table.target': 'Sasaran (n)',
    'quality.table.coverage': 'Cakupan',
    'quality.table.lastPendataan': 'Pendataan terakhir',
    'quality.table.status': 'Status',
    'quality.table.count': '{count} kelurahan',
    'quality.table.suppressedNote':
      'Ditekan: cakupan kelurahan dengan sasaran di bawah {min} keluarga ditahan agar tidak ada keluarga yang dapat dikenali. Tidak ada data: kelurahan tanpa data sasaran. Usang: pendataan terakhir sebelum {start}.',
    'quality.table.empty': 'Tidak ada kelurahan di wilayah ini.',

    'quality.status.current': 'Terkini',
    'quality.status.stale': 'Usang',
    'quality.status.never': 'Belum didata',

    'quality.rejections.title': 'Baris yang ditolak',
    'quality.rejections.scope':
      'Baris periode {period} dari semua impor. Isi baris tidak disimpan dan tidak ditampilkan, hanya jumlah dan alasannya. Baris yang periodenya tidak terbaca tidak termasuk di sini; riwayat impor di bawah menghitung semuanya.',
    'quality.rejections.none': 'Tidak ada baris yang ditolak',
    'quality.rejections.noneDetail': 'Setiap baris periode ini yang sampai ke impor diterima.',
    'quality.rejections.byReason': 'Menurut alasan',
    'quality.rejections.byImport': 'Menurut impor',
    'quality.rejections.where': 'Berkas · kolom',
    'quality.rejections.rowCount': '{count} ditolak',
    'quality.rejections.example': 'Contoh: {message}',
    'quality.rejections.reasonCaption':
      'Baris yang ditolak menurut alasan, berkas dan kolom; terbanyak lebih dulu',
    'quality.rejections.importCaption': 'Baris yang ditolak menurut impor; terbaru lebih dulu',

    'quality.history.title': 'Riwayat impor',
    'quality.history.scope': 'Semua impor, terbaru lebih dulu, tidak hanya yang memuat periode yang dipilih.',
    'quality.history.limited': 'Menampilkan {shown} impor terbaru dari {total}.',
    'quality.history.empty': 'Belum ada impor. Impor data Dasawisma dengan {command}.',
    'quality.history.caption': 'Riwayat impor, terbaru lebih dulu',
    'quality.history.finished': 'Selesai',
    'quality.history.source': 'Sumber',
    'quality.history.status': 'Status',
    'quality.history.periods': 'Periode',
    'quality.history.accepted': 'Diterima',
    'quality.history.replaced': 'Diganti',
    'quality.history.unchanged': 'Tetap',
    'quality.history.rejected': 'Ditolak',
    'quality.history.warnings': 'Peringatan',
    'quality.history.duration': 'Durasi',
    'quality.history.processed': 'Diproses',
    'quality.history.refused': 'Ditolak seluruhnya',
    'quality.history.synthetic': 'Sintetis',
    'quality.history.sha': 'SHA-256 {sha}…',
    'quality.history.perFile': 'Per berkas',
    'quality.history.fileCounts':
      '{file}: {accepted} diterima, {replaced} diganti, {unchanged} tetap, {rejected} ditolak',
  },
  en: {
    'quality.title': 'Data quality',
    'quality.heading': 'Data quality, {period}',
    'quality.intro':
      "How complete and how recent each kelurahan's Dasawisma records are, and which rows imports rejected: the kelurahan to chase before their figures are trusted.",
    'quality.noData':
      "There are no Dasawisma records to assess yet. After the first import this page shows how complete and recent each kelurahan's records are.",

    'quality.tiles.title': 'Data quality at a glance',
    'quality.tiles.coverage': 'Data collection coverage, DKI Jakarta',
    'quality.tiles.coverageFamilies': '{families} families recorded of {target} expected',
    'quality.tiles.coverageNone': 'There are no targets for this period yet.',
    'quality.tiles.toVisit': 'Kelurahan to visit',
    'quality.tiles.toVisitOf': 'of {total} kelurahan',
    'quality.tiles.stale': '{count} last recorded before {start}',
    'quality.tiles.never': '{count} never recorded',
    'quality.tiles.toVisitNone': 'Every kelurahan has been recorded in this period.',
    'quality.tiles.rejected': 'Rows rejected in this period',
    'quality.tiles.rejectedDetail': 'Imports that rejected rows: {imports}',
    'quality.tiles.lastImport': 'Last import',
    'quality.tiles.noImport': 'No import yet',

    'quality.map.title': 'Data collection coverage per kelurahan',
    'quality.map.caption':
      'Families recorded divided by families expected. A kelurahan without a target has no value.',
    'quality.map.open': 'Open on the map →',

    'quality.table.title': 'Kelurahan to chase',
    'quality.table.intro':
      'Those not recorded in this period come first, then the lowest coverage. Click a column heading to sort.',
    'quality.table.caption': 'Coverage and freshness of {count} kelurahan; click a column heading to sort',
    'quality.table.families': 'Families recorded',
    'quality.table.target': 'Target (n)',
    'quality.table.coverage': 'Coverage',
    'quality.table.lastPendataan': 'Last recorded',
    'quality.table.status': 'Status',
    'quality.table.count': '{count} kelurahan',
    'quality.table.suppressedNote':
      'Suppressed: the coverage of a kelurahan with a target below {min} families is withheld so that no family can be recognised. No data: the kelurahan has no target. Stale: last recorded before {start}.',
    'quality.table.empty': 'There is no kelurahan in this region.',

    'quality.status.current': 'Up to date',
    'quality.status.stale': 'Stale',
    'quality.status.never': 'Never recorded',

    'quality.rejections.title': 'Rejected rows',
    'quality.rejections.scope':
      'Rows of {period} from every import. Row contents are neither stored nor shown, only counts and reasons. Rows whose period could not be read are not counted here; the import history below counts them all.',
    'quality.rejections.none': 'No rows were rejected',
    'quality.rejections.noneDetail': 'Every row of this period that reached an import was accepted.',
    'quality.rejections.byReason': 'By reason',
    'quality.rejections.byImport': 'By import',
    'quality.rejections.where': 'File · column',
    'quality.rejections.rowCount': '{count} rejected',
    'quality.rejections.example': 'For example: {message}',
    'quality.rejections.reasonCaption': 'Rejected rows by reason, file and column; most first',
    'quality.rejections.importCaption': 'Rejected rows by import; newest first',

    'quality.history.title': 'Import history',
    'quality.history.scope': 'Every import, newest first, not only those holding the chosen period.',
    'quality.history.limited': 'Showing the {shown} newest of {total} imports.',
    'quality.history.empty': 'No import yet. Import Dasawisma records with {command}.',
    'quality.history.caption': 'Import history, newest first',
    'quality.history.finished': 'Finished',
    'quality.history.source': 'Source',
    'quality.history.status': 'Status',
    'quality.history.periods': 'Periods',
    'quality.history.accepted': 'Accepted',
    'quality.history.replaced': 'Replaced',
    'quality.history.unchanged': 'Unchanged',
    'quality.history.rejected': 'Rejected',
    'quality.history.warnings': 'Warnings',
    'quality.history.duration': 'Duration',
    'quality.history.processed': 'Processed',
    'quality.history.refused': 'Refused as a whole',
    'quality.history.synthetic': 'Synthetic',
    'quality.history.sha': 'SHA-256 {sha}…',
    'quality.history.perFile': 'Per file',
    'quality.history.fileCounts':
      '{file}: {accepted} accepted, {replaced} replaced, {unchanged} unchanged, {rejected} rejected',
  },
} as const satisfies Record<'id' | 'en', Record<string, string>>;
