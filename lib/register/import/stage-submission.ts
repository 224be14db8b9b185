import type { CopyWriter, RegisterSession } from '../store/session';
import { ISSUE_COLUMNS, stagingTable } from '../store/staging';
import { type BlockRejection, type CheckedBlock, checkCsvText, checkRecords } from './check-block';
import type { CheckPool } from './check-pool';
import { IDENTITY_KEY_COLUMN, RowChecker, type RowContext } from './check-row';
import {
  FILE_COLUMNS,
  headerColumns,
  REQUIRED_FILES,
  SUBMISSION_FILES,
  type SubmissionFile,
} from './columns';
import { decodeBlock, NotUtf8Error } from './csv-blocks';
import { type CsvRecord, CsvSyntaxError, parseCsvText } from './csv-records';
import { DuplicateKeys } from './duplicate-keys';
import type { Reason } from './reasons';
import { refuse } from './refusal';
import { refuseUnreadableCsv, type Submission, type SubmissionPart } from './submission';

export type Warning = { id: string; en: string };
/**
 * `duplicates`: for each file with an identity key (individu, keluarga), the hash prefixes seen more
 * than once, and under `heads` the prefixes of the No KKs that more than one head of a family named;
 * the rules about duplicates then look at those alone. Null when there were too many to track.
 */
export type DuplicateCandidates = Partial<Record<SubmissionFile | 'heads', string[] | null>>;
export type StagedSubmission = {
  labels: Record<SubmissionFile, string>;
  /** For each file, the periods of the rows that passed the checks of a row alone. */
  periods: Record<SubmissionFile, string[]>;
  warnings: Warning[];
  duplicates: DuplicateCandidates;
};
export type Progress = (message: string) => void;

/**
 * `pool`: the workers that check blocks of CSV (none: all here); `duplicateKeySlots`: the most keys
 * the search for duplicate candidates may hold (see `DuplicateKeys`).
 */
export type StageOptions = {
  context: RowContext;
  pool: CheckPool | undefined;
  progress: Progress;
  duplicateKeySlots?: number;
};

const ISSUE_BUFFER = 10_000;
const PROGRESS_EVERY = 500_000;
const NULL = '\\N';

const copyValue = (value: string | null) =>
  value === null ? NULL : value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : ' '));

/**
 * Streams the checked rows of one part into its staging table. PostgreSQL allows one COPY at a time per
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

  async block(checked: CheckedBlock): Promise<void> {
    if (checked.copyText.length > 0) {
      this.#rows ??= this.session.copyWriter(
        stagingTable(this.part.file),
        RowChecker.stagingColumns(this.part.file),
      );
      await this.#rows.writeText(checked.copyText);
    }
    for (const rejection of checked.rejections) await this.#rejected(rejection);
  }

  #rejected(rejection: BlockRejection): Promise<void> | undefined {
    this.#issues.push(issueLine(this.part.label, rejection));
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

function issueLine(label: string, rejection: BlockRejection): string {
  const reason: Reason = rejection.reason;
  return [
    'rejected',
    copyValue(label),
    String(rejection.line),
    rejection.column,
    reason.code,
    copyValue(reason.id),
    copyValue(reason.en),
    copyValue(rejection.periode),
    copyValue(rejection.kodeKelurahan),
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

/**
 * Checks one part and streams it into its staging table: the header and the rows that came with it
 * here, every later block in the pool's workers when there is a pool, their answers written in order.
 */
async function stagePart(
  session: RegisterSession,
  part: SubmissionPart,
  { context, pool, progress, duplicateKeySlots }: StageOptions,
  warnings: Warning[],
): Promise<{ rows: number; periods: string[]; duplicates: DuplicateCandidates }> {
  const writer = new PartWriter(session, part);
  const keys = IDENTITY_KEY_COLUMN[part.file] ? new DuplicateKeys(duplicateKeySlots) : undefined;
  const heads = part.file === 'individu' ? new DuplicateKeys(duplicateKeySlots) : undefined;
  let header: string[] | undefined;
  let checker: RowChecker | undefined;
  let rows = 0;
  const periods = new Set<string>();
  const write = async (checked: CheckedBlock) => {
    keys?.addAll(checked.keys);
    heads?.addAll(checked.headKeys);
    for (const periode of checked.periods) periods.add(periode);
    await writer.block(checked);
    const before = rows;
    rows += checked.rows;
    if (Math.floor(rows / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
      progress(`${part.label}: ${rows.toLocaleString('id-ID')} baris`);
  };
  /** Checks records here; the first one of the part is its header. */
  const checkHere = async (records: readonly CsvRecord[]) => {
    let rest = records;
    if (!checker) {
      const [first, ...others] = records;
      if (!first) return;
      header = checkHeader(part, first.cells, warnings);
      checker = new RowChecker(part.file, header, context);
      rest = others;
    }
    await write(checkRecords(checker, part.file, rest));
  };
  if ('records' in part) for await (const batch of part.records) await checkHere(batch);
  else {
    const inFlight: Promise<CheckedBlock>[] = [];
    try {
      for await (const block of part.blocks) {
        if (!checker || !header) await checkHere(parseCsvText(decodeBlock(block), block.firstLine));
        else if (!pool) await write(checkCsvText(checker, part.file, decodeBlock(block), block.firstLine));
        else {
          const answer = pool.check(part.file, header, block);
          // Awaited in order below; until then a failure must not count as unhandled.
          answer.catch(() => {});
          inFlight.push(answer);
          if (inFlight.length >= pool.capacity)
            await write(await (inFlight.shift() as Promise<CheckedBlock>));
        }
      }
      while (inFlight.length > 0) await write(await (inFlight.shift() as Promise<CheckedBlock>));
    } catch (error) {
      // A block still being checked may hold an earlier fault than the one that stopped the reading.
      if (error instanceof CsvSyntaxError || error instanceof NotUtf8Error)
        for (const answer of inFlight)
          await answer.catch((earlier) => refuseUnreadableCsv(earlier, part.label));
      refuseUnreadableCsv(error, part.label);
    }
  }
  if (!checker)
    refuse(
      `Berkas ${part.label} kosong: tidak ada baris header.`,
      `File ${part.label} is empty: it has no header line.`,
    );
  await writer.close();
  const duplicates: DuplicateCandidates = {};
  if (keys) duplicates[part.file] = keys.candidates();
  if (heads) duplicates.heads = heads.candidates();
  return { rows, periods: [...periods].sort(), duplicates };
}

/**
 * Reads every part of the submission into the staging tables, checking each row on its own; refuses
 * the submission when its structure is unknown (a required file or column missing, nothing to import).
 */
export async function stageSubmission(
  session: RegisterSession,
  submission: Submission,
  options: StageOptions,
): Promise<StagedSubmission> {
  const warnings: Warning[] = [];
  const labels: Partial<Record<SubmissionFile, string>> = {};
  const duplicates: DuplicateCandidates = {};
  const periods = Object.fromEntries(SUBMISSION_FILES.map((file) => [file, [] as string[]])) as Record<
    SubmissionFile,
    string[]
  >;
  let rows = 0;
  for await (const part of submission.parts()) {
    if (labels[part.file])
      refuse(
        `Kiriman memuat ${part.file} lebih dari sekali (${labels[part.file]} dan ${part.label}).`,
        `The submission holds ${part.file} more than once (${labels[part.file]} and ${part.label}).`,
      );
    labels[part.file] = part.label;
    options.progress(`membaca ${part.label}…`);
    const staged = await stagePart(session, part, options, warnings);
    rows += staged.rows;
    periods[part.file] = staged.periods;
    Object.assign(duplicates, staged.duplicates);
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
    periods,
    warnings,
    duplicates,
  };
}
