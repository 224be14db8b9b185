import type { BoundaryImportReport } from '../geo/import-boundaries';

const LISTED = 20;

export function printBoundaryReport(report: BoundaryImportReport): void {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  console.log(`✔ Batas wilayah dimuat dari ${report.source}`);
  console.log(`  ${report.featuresRead} fitur dibaca; ${report.kelurahanWithShape} kelurahan punya batas.`);
  console.log(
    `  Geometri yang disajikan: kelurahan ${kb(report.servedBytes.kelurahan)}, garis kecamatan/kota ${kb(report.servedBytes.outlines)} (sebelum gzip).`,
  );
  if (report.unmatchedFeatures.length > 0) {
    console.log(`⚠ ${report.unmatchedFeatures.length} fitur tidak cocok / features not matched:`);
    for (const item of report.unmatchedFeatures.slice(0, LISTED))
      console.log(
        `  - fitur #${item.position} (${item.code ?? '—'} ${item.name ?? ''}): ${item.reasonId} / ${item.reasonEn}`,
      );
  }
  if (report.kelurahanWithoutShape.length > 0) {
    console.log(
      `⚠ ${report.kelurahanWithoutShape.length} kelurahan tanpa batas / kelurahan without a shape:`,
    );
    for (const item of report.kelurahanWithoutShape.slice(0, LISTED))
      console.log(`  - ${item.code} ${item.name}`);
  }
  const hidden =
    Math.max(0, report.unmatchedFeatures.length - LISTED) +
    Math.max(0, report.kelurahanWithoutShape.length - LISTED);
  if (hidden > 0) console.log(`  … dan ${hidden} lagi (pakai --json untuk daftar lengkap).`);
}
