/**
 * Where the rows go: four CSV files (UTF-8 without BOM, comma separated, `\n` line ends, quoted only when
 * needed), or one .xlsx workbook with a sheet per table, every cell written as text. Both stream, so memory
 * stays bounded whatever the size.
 */

import { type EventEmitter, once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { UserFacingError } from '../errors';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName, TEXT_COLUMNS } from './vocabulary';

/** A cell as the generator hands it over: text, or a whole number (NIK and No KK are kept as numbers). */
export type Cell = string | number;

export function cellText(cell: Cell): string {
  return typeof cell === 'number' ? String(cell) : cell;
}

export type TableSink = {
  /** Writes a row; `broken` marks a deliberately broken row, whose cells may hold any text. */
  add(cells: readonly Cell[], broken?: boolean): void;
};

export type SubmissionWriter = {
  /** The files written, in the order of TABLE_NAMES (one workbook for xlsx). */
  readonly files: readonly string[];
  sink(table: TableName): TableSink;
  /** Waits while the output is behind (call between batches of rows). */
  drain(): Promise<void>;
  close(): Promise<void>;
  /** Stops writing after a failure, leaving no temporary files. */
  abort(): Promise<void>;
};

/** Rows a worksheet can hold besides its header. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;
export const XLSX_FILE_NAME = 'dasawisma.xlsx';
/** The fixed creation date written into the workbook, so that the same data gives the same workbook. */
const WORKBOOK_DATE = new Date(Date.UTC(2024, 0, 1));
const XLSX_BUFFERED_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1 << 16;
/** Room left in a chunk before a line is started in it; a longer line goes whole to the next chunk. */
const LINE_ROOM = 4096;
/** Longest text of a number: a safe integer has at most 16 digits; anything else goes through String. */
const MAX_NUMBER_DIGITS = 24;
const ZERO = 0x30;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV field: quoted (with doubled quotes) only when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line, every field checked for quoting. */
export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = csvField(cellText(cells[i] ?? ''));
    line += i === 0 ? cell : `,${cell}`;
  }
  return `${line}\n`;
}

/** Writes the decimal digits of a number into `chunk` at `at`; returns the position after them. */
function writeNumber(chunk: Buffer, at: number, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) return at + chunk.write(String(value), at, 'latin1');
  if (value < 1e8) return writeSmallNumber(chunk, at, value);
  // Two halves below 2^31, so that the digit arithmetic runs on small integers.
  const high = Math.floor(value / 1e8);
  let low = (value - high * 1e8) | 0;
  const start = writeSmallNumber(chunk, at, high);
  for (let position = start + 7; position >= start; position--) {
    const rest = (low / 10) | 0;
    chunk[position] = ZERO + low - rest * 10;
    low = rest;
  }
  return start + 8;
}

/** Digits of an integer below 10^8. */
function writeSmallNumber(chunk: Buffer, at: number, value: number): number {
  let digits = 1;
  for (let rest = value | 0; rest >= 10; rest = (rest / 10) | 0) digits++;
  let rest = value | 0;
  for (let position = at + digits - 1; position >= at; position--) {
    const next = (rest / 10) | 0;
    chunk[position] = ZERO + rest - next * 10;
    rest = next;
  }
  return at + digits;
}

/** A file written through large chunks, with back-pressure checked only when asked. */
class BufferedFile {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private failure: unknown;
  readonly stream: WriteStream;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  write(text: string): void {
    const bytes = Buffer.byteLength(text);
    if (this.used + bytes > this.chunk.length) this.flush();
    if (bytes > this.chunk.length) this.stream.write(text);
    else this.used += this.chunk.write(text, this.used);
  }

  /**
   * A CSV line of generated values, encoded straight into the chunk (this runs once per person per
   * period). Only the free-text columns can hold a comma, quote or line break (the others hold codes,
   * numbers, dates and fixed words), so only they are checked, unless the row was deliberately broken
   * and may hold anything: such lines take the general path.
   */
  writeGeneratedLine(cells: readonly Cell[], textColumns: readonly number[], checkAll: boolean): void {
    let general = checkAll;
    for (const column of textColumns) if (NEEDS_QUOTES.test(cellText(cells[column] ?? ''))) general = true;
    if (general) {
      this.write(csvLine(cells));
      return;
    }
    if (this.used + LINE_ROOM > this.chunk.length) this.flush();
    const chunk = this.chunk;
    const lineStart = this.used;
    let used = lineStart;
    for (let i = 0; i < cells.length && used <= chunk.length; i++) {
      if (i > 0) chunk[used++] = COMMA;
      const cell = cells[i] ?? '';
      if (typeof cell === 'number') {
        used = used + MAX_NUMBER_DIGITS <= chunk.length ? writeNumber(chunk, used, cell) : chunk.length + 1;
        continue;
      }
      const start = used;
      for (let j = 0; j < cell.length; j++) {
        const code = cell.charCodeAt(j);
        if (code >= 0x80) {
          // At most three bytes per UTF-16 unit.
          used =
            start + 3 * cell.length <= chunk.length ? start + chunk.write(cell, start) : chunk.length + 1;
          break;
        }
        chunk[used++] = code;
      }
    }
    if (used >= chunk.length) {
      // The line did not fit (writes past the end of a Buffer are dropped): write it whole after this chunk.
      this.used = lineStart;
      this.write(csvLine(cells));
      return;
    }
    chunk[used++] = NEWLINE;
    this.used = used;
  }

  flush(): void {
    if (this.used === 0) return;
    this.stream.write(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.flush();
    this.stream.end();
    await finished(this.stream);
    if (this.failure) throw this.failure;
  }

  destroy(): void {
    this.stream.destroy();
  }
}

export async function openCsvWriter(outDir: string): Promise<SubmissionWriter> {
  await mkdir(outDir, { recursive: true });
  const files = new Map(
    TABLE_NAMES.map((table) => {
      const file = new BufferedFile(path.join(outDir, `${table}.csv`));
      file.write(csvLine(TABLE_COLUMNS[table]));
      return [table, file] as const;
    }),
  );
  const all = [...files.values()];
  return {
    files: all.map((file) => file.file),
    sink(table) {
      const file = files.get(table);
      if (!file) throw new Error(`no CSV file for ${table}`);
      const textColumns = TEXT_COLUMNS[table].map((column) => TABLE_COLUMNS[table].indexOf(column as never));
      return { add: (cells, broken = false) => file.writeGeneratedLine(cells, textColumns, broken) };
    },
    async drain() {
      for (const file of all) await file.drain();
    },
    async close() {
      for (const file of all) await file.close();
    },
    async abort() {
      for (const file of all) file.destroy();
    },
  };
}

/**
 * The workbook is written sheet after sheet (a zip holds its entries one after another), while the rows
 * of the four tables arrive interleaved: they wait in temporary line files next to the workbook meanwhile.
 */
export async function openXlsxWriter(outDir: string): Promise<SubmissionWriter> {
  await mkdir(outDir, { recursive: true });
  const spoolDir = await mkdtemp(path.join(outDir, '.dasawisma-spool-'));
  const workbookFile = path.join(outDir, XLSX_FILE_NAME);
  const spools = new Map(
    TABLE_NAMES.map((table) => [table, new BufferedFile(path.join(spoolDir, `${table}.jsonl`))] as const),
  );
  const rowCounts = new Map<TableName, number>(TABLE_NAMES.map((table) => [table, 0]));
  const all = [...spools.values()];

  return {
    files: [workbookFile],
    sink(table) {
      const spool = spools.get(table);
      if (!spool) throw new Error(`no sheet for ${table}`);
      return {
        add(cells) {
          const count = (rowCounts.get(table) ?? 0) + 1;
          if (count > XLSX_MAX_DATA_ROWS) throw xlsxTooLarge(table);
          rowCounts.set(table, count);
          spool.write(`${JSON.stringify(cells)}\n`);
        },
      };
    },
    async drain() {
      for (const spool of all) await spool.drain();
    },
    async close() {
      try {
        for (const spool of all) await spool.close();
        await writeWorkbook(workbookFile, spoolDir);
      } finally {
        await rm(spoolDir, { recursive: true, force: true });
      }
    },
    async abort() {
      for (const spool of all) spool.destroy();
      await rm(spoolDir, { recursive: true, force: true });
    },
  };
}

export function xlsxTooLarge(table: TableName): UserFacingError {
  return new UserFacingError(
    `Lembar ${table} akan melebihi ${XLSX_MAX_DATA_ROWS.toLocaleString('id-ID')} baris, batas satu lembar Excel. Pakai --format csv, skala yang lebih kecil, atau lebih sedikit periode.`,
    `Sheet ${table} would exceed ${XLSX_MAX_DATA_ROWS.toLocaleString('en-GB')} rows, the limit of an Excel sheet. Use --format csv, a smaller scale or fewer periods.`,
    2,
  );
}

/** What exceljs's streaming sheet is piped into (internals: its StreamBuf keeps the destinations). */
type PipedSheet = { stream?: { pipes?: (EventEmitter & { _writableState?: { length: number } })[] } };

/**
 * exceljs hands a sheet's XML on to the zip compressor without waiting for it, so rows would pile up in
 * memory whenever they come faster than they are compressed: wait for the stream it is piped into to
 * drain when much is buffered there. (If exceljs changes its internals, this quietly stops waiting.)
 */
async function compressorCatchUp(sheet: unknown): Promise<void> {
  const target = (sheet as PipedSheet).stream?.pipes?.[0];
  if (target && (target._writableState?.length ?? 0) > XLSX_BUFFERED_BYTES) await once(target, 'drain');
}

async function writeWorkbook(file: string, spoolDir: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
  });
  workbook.creator = 'jendela-keluarga data:generate';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  for (const table of TABLE_NAMES) {
    const sheet = workbook.addWorksheet(table);
    sheet.addRow([...TABLE_COLUMNS[table]]).commit();
    const lines = createInterface({
      input: createReadStream(path.join(spoolDir, `${table}.jsonl`), { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let rows = 0;
    for await (const line of lines) {
      const cells = JSON.parse(line) as Cell[];
      // An empty cell is left out of the sheet rather than written as an empty string: missing, as in the CSV.
      sheet.addRow(cells.map((cell) => (cell === '' ? null : cellText(cell)))).commit();
      if (++rows % 1000 === 0) await compressorCatchUp(sheet);
    }
    sheet.commit();
  }
  await workbook.commit();
}
