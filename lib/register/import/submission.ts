import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type yauzl from 'yauzl';
import { SUBMISSION_FILES, type SubmissionFile } from './columns';
import { type CsvBlock, csvBlocks, NotUtf8Error } from './csv-blocks';
import { type CsvRecord, CsvSyntaxError } from './csv-records';
import { refuse, SubmissionRefused } from './refusal';
import { workbookSheets } from './xlsx-sheets';
import { openEntryStream, openZipEntries } from './zip-entries';

/**
 * One file (or sheet) of a submission: a CSV file as blocks of whole records, still bytes, a sheet in
 * batches of records; either way the first record is its header.
 */
export type SubmissionPart = { file: SubmissionFile; label: string } & (
  | { blocks: AsyncIterable<CsvBlock> }
  | { records: AsyncIterable<CsvRecord[]> }
);

export type Submission = {
  /** The name to show and to log: the folder, .zip or .xlsx without its directories. */
  name: string;
  /**
   * The SHA-256 of the submission as the import log keeps it, computed when first asked for: an import
   * asks once the rows are staged, so that reading the files again overlaps the database's work instead
   * of delaying the start (about 2 s for the 1.9 GB of a full periode).
   */
  sha256: () => Promise<string>;
  /** The parts in the order the source holds them; each must be read to its end before the next. */
  parts: () => AsyncGenerator<SubmissionPart>;
  /** Files or sheets that are not part of the format, reported as a warning. */
  ignored: string[];
};

const partName = (fileName: string): SubmissionFile | undefined => {
  const base = fileName.toLowerCase();
  return SUBMISSION_FILES.find((file) => base === file);
};

export type OpenOptions = { blockBytes?: number };

async function* csvFileBlocks(stream: Readable, blockBytes?: number): AsyncGenerator<CsvBlock> {
  try {
    yield* csvBlocks(stream, blockBytes);
  } finally {
    stream.destroy();
  }
}

/** Refuses the submission for a CSV file that cannot be read as CSV or as UTF-8; rethrows anything else. */
export function refuseUnreadableCsv(error: unknown, label: string): never {
  if (error instanceof NotUtf8Error)
    refuse(
      `Berkas ${label} bukan teks UTF-8 (kesalahan di baris ${error.line}, bait ke-${error.byteOffset}). Simpan ulang sebagai "CSV UTF-8".`,
      `File ${label} is not UTF-8 text (error at line ${error.line}, byte ${error.byteOffset}). Save it again as "CSV UTF-8".`,
    );
  if (error instanceof CsvSyntaxError) {
    if (error.tooLong)
      refuse(
        `Berkas ${label} bukan CSV yang sah: baris ${error.line} tidak berakhir (lebih dari 1 MB tanpa ganti baris, atau tanda kutip yang tidak tertutup).`,
        `File ${label} is not valid CSV: line ${error.line} never ends (over 1 MB without a line break, or an unclosed quote).`,
      );
    refuse(
      `Berkas ${label} bukan CSV yang sah: tanda kutip tidak tertutup atau salah tempat di baris ${error.line}.`,
      `File ${label} is not valid CSV: an unclosed or misplaced quote at line ${error.line}.`,
    );
  }
  throw error;
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `compute` run once, on the first call. */
function once(compute: () => Promise<string>): () => Promise<string> {
  let result: Promise<string> | undefined;
  return () => {
    result ??= compute();
    return result;
  };
}

/** Opens a submission: a folder of CSV files, a .zip of them, or an .xlsx workbook with one sheet per file. */
export async function openSubmission(submissionPath: string, options: OpenOptions = {}): Promise<Submission> {
  const info = await stat(submissionPath).catch(() =>
    refuse(`Kiriman tidak ditemukan: ${submissionPath}.`, `Submission not found: ${submissionPath}.`),
  );
  const name = path.basename(path.resolve(submissionPath));
  if (info.isDirectory()) return openFolder(submissionPath, name, options);
  const extension = path.extname(submissionPath).toLowerCase();
  if (info.size === 0) refuse(`Berkas ${name} kosong.`, `File ${name} is empty.`);
  if (extension === '.zip') return openZip(submissionPath, name, options);
  if (extension === '.xlsx') return openWorkbook(submissionPath, name);
  return refuse(
    `${name} bukan kiriman yang dikenal: kirim sebuah folder berisi keluarga.csv, individu.csv dan hunian.csv (boleh juga target.csv), berkas .zip berisi berkas-berkas itu, atau satu berkas .xlsx dengan lembar bernama sama.`,
    `${name} is not a recognised submission: send a folder holding keluarga.csv, individu.csv and hunian.csv (target.csv optional), a .zip of those files, or one .xlsx workbook with sheets of the same names.`,
  );
}

async function openFolder(folder: string, name: string, options: OpenOptions): Promise<Submission> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile());
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const parts: { file: SubmissionFile; fileName: string }[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    const file = entry.name.toLowerCase().endsWith('.csv') ? partName(entry.name.slice(0, -4)) : undefined;
    if (file) parts.push({ file, fileName: entry.name });
    else if (!entry.name.startsWith('.')) ignored.push(entry.name);
  }
  return {
    name,
    sha256: once(async () => {
      const hash = createHash('sha256');
      for (const part of parts)
        hash.update(`${part.fileName}\0${await sha256OfFile(path.join(folder, part.fileName))}\n`);
      return hash.digest('hex');
    }),
    ignored,
    parts: async function* () {
      for (const part of parts) {
        const label = part.fileName;
        yield {
          file: part.file,
          label,
          blocks: csvFileBlocks(
            createReadStream(path.join(folder, part.fileName), { highWaterMark: 1 << 20 }),
            options.blockBytes,
          ),
        };
      }
    },
  };
}

async function openZip(zipPath: string, name: string, options: OpenOptions): Promise<Submission> {
  const sha256 = once(() => sha256OfFile(zipPath));
  const { zip, entries } = await openZipEntries(zipPath).catch(() =>
    refuse(`${name} bukan berkas .zip yang bisa dibaca.`, `${name} is not a readable .zip file.`),
  );
  const ignored: string[] = [];
  const parts: { file: SubmissionFile; entry: yauzl.Entry; label: string }[] = [];
  for (const entry of entries) {
    if (entry.fileName.endsWith('/') || entry.fileName.startsWith('__MACOSX/')) continue;
    const base = path.posix.basename(entry.fileName);
    const file = base.toLowerCase().endsWith('.csv') ? partName(base.slice(0, -4)) : undefined;
    if (file) parts.push({ file, entry, label: base });
    else if (!base.startsWith('.')) ignored.push(entry.fileName);
  }
  return {
    name,
    sha256,
    ignored,
    parts: async function* () {
      try {
        for (const part of parts) {
          const stream = await openEntryStream(zip, part.entry);
          yield { file: part.file, label: part.label, blocks: csvFileBlocks(stream, options.blockBytes) };
        }
      } finally {
        zip.close();
      }
    },
  };
}

/** A cell as the CSV would have held it: dates typed in Excel become YYYY-MM-DD, formulas their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

const SHEET_BATCH = 2000;

async function* sheetRecords(sheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<CsvRecord[]> {
  let batch: CsvRecord[] = [];
  for await (const row of sheet) {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let column = 1; column < values.length; column += 1) cells.push(cellText(values[column]));
    if (cells.some((cell) => cell.trim() !== '')) batch.push({ line: row.number, cells });
    if (batch.length >= SHEET_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function openWorkbook(workbookPath: string, name: string): Promise<Submission> {
  const sha256 = once(() => sha256OfFile(workbookPath));
  const ignored: string[] = [];
  return {
    name,
    sha256,
    ignored,
    parts: async function* () {
      try {
        for await (const sheet of workbookSheets(workbookPath)) {
          const file = partName(sheet.name.trim());
          if (file) yield { file, label: `${name} › ${sheet.name}`, records: sheetRecords(sheet) };
          else ignored.push(sheet.name);
        }
      } catch (error) {
        if (error instanceof SubmissionRefused) throw error;
        refuse(
          `${name} bukan buku kerja .xlsx yang bisa dibaca.`,
          `${name} is not a readable .xlsx workbook.`,
        );
      }
    },
  };
}
