/**
 * The texts of the download links under every table of values, keys starting with `tableExport.`. Kept apart
 * like each page's texts; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const TABLE_EXPORT_MESSAGES = {
  id: {
    'tableExport.csv': 'Unduh CSV',
    'tableExport.xlsx': 'Unduh XLSX',
    'tableExport.csvLabel': 'Unduh CSV: {table}',
    'tableExport.xlsxLabel': 'Unduh XLSX: {table}',
    'tableExport.mapTable': 'Nilai per kelurahan',
    'tableExport.profileTable': 'Semua indikator {region}',
    'tableExport.indexTable': 'Semua indikator DKI Jakarta',
  },
  en: {
    'tableExport.csv': 'Download CSV',
    'tableExport.xlsx': 'Download XLSX',
    'tableExport.csvLabel': 'Download CSV: {table}',
    'tableExport.xlsxLabel': 'Download XLSX: {table}',
    'tableExport.mapTable': 'Values per kelurahan',
    'tableExport.profileTable': 'Every indicator of {region}',
    'tableExport.indexTable': 'Every indicator of DKI Jakarta',
  },
} as const;
