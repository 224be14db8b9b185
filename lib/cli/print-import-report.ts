import { SUBMISSION_FILES } from '../register/import/columns';
import type { ImportReport } from '../register/import-submission';
import type { IssueEntry } from '../register/store/import-log';

const SHOWN_ISSUES = 20;
const count = (value: number) => value.toLocaleString('id-ID');

/** The import report for a person at a terminal, in Bahasa Indonesia with the reasons also in English. */
export function printImportReport(report: ImportReport): void {
  if (report.status === 'refused') {
    console.error(`✖ Kiriman ditolak seluruhnya; tidak ada yang disimpan. ${report.reason_id}`);
    console.error(`  Submission refused as a whole; nothing was stored. ${report.reason_en}`);
    return;
  }
  const seconds = (report.duration_ms / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  console.log(
    `✔ Kiriman diproses: impor #${report.import_id}, periode ${report.periods.join(', ') || '-'}, ${seconds} dtk.`,
  );
  const header = ['berkas', 'diterima', 'diganti', 'tidak berubah', 'ditolak'];
  const rows = SUBMISSION_FILES.map((file) => [
    file,
    count(report[file].accepted),
    count(report[file].replaced),
    count(report[file].unchanged),
    count(report[file].rejected),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  for (const row of [header, ...rows])
    console.log(
      `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`,
    );
  printIssues('Baris ditolak', report.rejections, report.rejections.length + report.rejections_omitted);
  printIssues(
    'Konflik NIK yang diselesaikan',
    report.conflicts,
    report.conflicts.length + report.conflicts_omitted,
  );
  for (const warning of report.warnings) console.warn(`⚠ ${warning.id}`);
}

function printIssues(title: string, issues: readonly IssueEntry[], total: number) {
  if (total === 0) return;
  console.log(`\n${title} (${count(total)}):`);
  for (const issue of issues.slice(0, SHOWN_ISSUES)) {
    console.log(`  ${issue.file} baris ${issue.line}, kolom ${issue.column}: ${issue.reason_id}`);
    console.log(`      ${issue.reason_en}`);
  }
  if (total > SHOWN_ISSUES)
    console.log(
      `  … dan ${count(total - SHOWN_ISSUES)} lainnya (semuanya ada di log impor; lihat juga --json).`,
    );
}
