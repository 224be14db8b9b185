import type { CopyWriter, RegisterSession } from '../store/session';
import { ISSUE_COLUMNS, stagingTable } from '../store/staging';
import { type RejectedRow, RowChecker, type RowContext } from './check-row';
import { FILE_COLUMNS, headerColumns, REQUIRED_FILES, type SubmissionFile } from './columns';
import type { Reason } from './reasons';
import { refuse } from './refusal';
import type { Submission, SubmissionPart } from './submission';

export type Warning = { id: string; en: string };
export type StagedSubmission = { labels: Record<SubmissionFile, string>; warnings: Warning[] };
export type Progress = (message: string) => void;

const ISSUE_BUFFER = 10_000;
const PROGRESS_EVERY = 500_000;
const NULL = '\\N';

const copyValue = (value: string | null) =>
  value === null ? NULL : value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : ' '));

/**
 * Streams the rows of one part into its staging table. PostgreSQL allows one COPY at a time per
 * connection, so rejections are buffered and written between stretches of rows.
 */
class PartWriter {
  #rows: CopyWriter | undefined;
  #issues: string[] = [];
  #rejectedFamilies: string[] = [];

  constructor(
    private readonly session: RegisterSession,
    private readonly part: SubmissionPart,
  ) {}

  row(copyLine: string): Promise<void> | undefined {
    this.#rows ??= this.session.copyWriter(
      stagingTable(this.part.file),
      RowChecker.stagingColumns(this.part.file),
    );
    return this.#rows.write(copyLine);
  }

  rejected(line: number, rejection: RejectedRow): Promise<void> | undefined {
    this.#issues.push(issueLine(this.part.label, line, rejection.column, rejection.reason, rejection));
    if (rejection.familyHash)
      this.#rejectedFamilies.push(`${rejection.periode ?? ''}\t\\\\x${rejection.familyHash}`);
    return this.#issues.length >= ISSUE_BUFFER ? this.flushIssues() : undefined;
  }

  async flushIssues(): Promise<void> {
    await this.#rows?.close();
    this.#rows = undefined;
    await writeAll(this.session.copyWriter('stage_issues', ISSUE_COLUMNS), this.#issues);
    await writeAll(
      this.session.copyWriter('stage_rejected_families', ['periode', 'kk_hash']),
      this.#rejectedFamilies,
    );
    this.#issues = [];
    this.#rejectedFamilies = [];
  }

  async close(): Promise<void> {
    await this.flushIssues();
  }
}

async function writeAll(writer: CopyWriter, lines: readonly string[]): Promise<void> {
  for (const line of lines) await writer.write(line);
  await writer.close();
}

function issueLine(
  label: string,
  line: number,
  column: string,
  reason: Reason,
  where: { periode: string | null; kodeKelurahan: string | null },
): string {
  return [
    'rejected',
    copyValue(label),
    String(line),
    column,
    reason.code,
    copyValue(reason.id),
    copyValue(reason.en),
    copyValue(where.periode),
    copyValue(where.kodeKelurahan),
  ].join('\t');
}

function checkHeader(part: SubmissionPart, cells: readonly string[], warnings: Warning[]): string[] {
  const header = cells.map((cell) => cell.trim().toLowerCase());
  const duplicates = header.filter((name, index) => name !== '' && header.indexOf(name) !== index);
  if (duplicates.length > 0)
    refuse(
      `Header ${part.label} memuat kolom yang sama lebih dari sekali: ${[...new Set(duplicates)].join(', ')}.`,
      `The header of ${part.label} names a column more than once: ${[...new Set(duplicates)].join(', ')}.`,
    );
  const missing = headerColumns(part.file).filter((name) => !header.includes(name));
  if (missing.length > 0)
    refuse(
      `${part.label} tidak punya kolom wajib: ${missing.join(', ')}. Periksa baris header (baris pertama).`,
      `${part.label} lacks required columns: ${missing.join(', ')}. Check the header (first line).`,
    );
  const known = new Set(FILE_COLUMNS[part.file].map((column) => column.name));
  const unknown = header.filter((name) => name !== '' && !known.has(name));
  if (unknown.length > 0)
    warnings.push({
      id: `Kolom yang tidak dikenal di ${part.label} diabaikan: ${unknown.join(', ')}.`,
      en: `Unknown columns in ${part.label} were ignored: ${unknown.join(', ')}.`,
    });
  return header;
}

async function stagePart(
  session: RegisterSession,
  part: SubmissionPart,
  context: RowContext,
  warnings: Warning[],
  progress: Progress,
): Promise<number> {
  const writer = new PartWriter(session, part);
  let checker: RowChecker | undefined;
  let rows = 0;
  for await (const batch of part.records) {
    for (const record of batch) {
      if (!checker) {
        checker = new RowChecker(part.file, checkHeader(part, record.cells, warnings), context);
        continue;
      }
      const result = checker.check(record.line, record.cells);
      const pending = result.ok ? writer.row(result.copyLine) : writer.rejected(record.line, result);
      if (pending) await pending;
      rows += 1;
      if (rows % PROGRESS_EVERY === 0) progress(`${part.label}: ${rows.toLocaleString('id-ID')} baris`);
    }
  }
  if (!checker)
    refuse(
      `Berkas ${part.label} kosong: tidak ada baris header.`,
      `File ${part.label} is empty: it has no header line.`,
    );
  await writer.close();
  return rows;
}

/**
 * Reads every part of the submission into the staging tables, checking each row on its own; refuses
 * the submission when its structure is unknown (a required file or column missing, nothing to import).
 */
export async function stageSubmission(
  session: RegisterSession,
  submission: Submission,
  context: RowContext,
  progress: Progress,
): Promise<StagedSubmission> {
  const warnings: Warning[] = [];
  const labels: Partial<Record<SubmissionFile, string>> = {};
  let rows = 0;
  for await (const part of submission.parts()) {
    if (labels[part.file])
      refuse(
        `Kiriman memuat ${part.file} lebih dari sekali (${labels[part.file]} dan ${part.label}).`,
        `The submission holds ${part.file} more than once (${labels[part.file]} and ${part.label}).`,
      );
    labels[part.file] = part.label;
    progress(`membaca ${part.label}…`);
    rows += await stagePart(session, part, context, warnings, progress);
  }
  const missing = REQUIRED_FILES.filter((file) => !labels[file]);
  if (missing.length > 0)
    refuse(
      `Kiriman ${submission.name} tidak lengkap: tidak ada ${missing.join(', ')}. Sebuah kiriman memuat keluarga, individu dan hunian (CSV atau lembar .xlsx), boleh juga target.`,
      `Submission ${submission.name} is incomplete: ${missing.join(', ')} missing. A submission holds keluarga, individu and hunian (CSV files or .xlsx sheets), and optionally target.`,
    );
  if (rows === 0)
    refuse(
      `Kiriman ${submission.name} kosong: tidak ada satu baris data pun.`,
      `Submission ${submission.name} is empty: it holds no data row.`,
    );
  for (const name of submission.ignored)
    warnings.push({ id: `Berkas atau lembar ${name} diabaikan.`, en: `File or sheet ${name} was ignored.` });
  return {
    labels: { target: 'target.csv', ...labels } as Record<SubmissionFile, string>,
    warnings,
  };
}
