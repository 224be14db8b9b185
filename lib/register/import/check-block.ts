import { IDENTITY_KEY_COLUMN, type RowChecker } from './check-row';
import type { SubmissionFile } from './columns';
import { type CsvRecord, forEachCsvRecord } from './csv-records';
import { KEY_WORDS } from './duplicate-keys';
import type { Reason } from './reasons';

/** A row that failed its own checks, as the staging needs it (plain data, so it can cross threads). */
export type BlockRejection = {
  line: number;
  column: string;
  reason: Reason;
  periode: string | null;
  kodeKelurahan: string | null;
  familyHash: string | null;
};

/**
 * The outcome of checking a run of records: COPY text for the staging table, UTF-8 (one line per row
 * that passed, each ending in a line break), the rows that did not pass, and the identity keys of the
 * rows that passed (KEY_WORDS words each, for `DuplicateKeys`; none for a file without such a key).
 * `headKeys`: for individu, the family key (No KK) of each head that passed, so that the staging can
 * tell which families may have more than one.
 */
export type CheckedBlock = {
  copyText: Uint8Array;
  rows: number;
  rejections: BlockRejection[];
  keys: Uint32Array;
  headKeys: Uint32Array;
  /** Every periode of the rows that passed, each once. */
  periods: string[];
};

const encoder = new TextEncoder();

const PENDING_CHARS = 1 << 16;

/** Keys of rows as KEY_WORDS words each: the hash's first two 32-bit words and the periode. */
class KeyWords {
  #words = new Uint32Array(1024 * KEY_WORDS);
  #length = 0;

  add(high: number, low: number, periode: number): void {
    if (this.#length + KEY_WORDS > this.#words.length) {
      const grown = new Uint32Array(this.#words.length * 2);
      grown.set(this.#words);
      this.#words = grown;
    }
    this.#words[this.#length] = high;
    this.#words[this.#length + 1] = low;
    this.#words[this.#length + 2] = periode;
    this.#length += KEY_WORDS;
  }

  words(): Uint32Array {
    return this.#words.subarray(0, this.#length);
  }
}

/** Checks rows one by one and writes the COPY lines of those that pass straight into UTF-8. */
class BlockChecker {
  #bytes: Uint8Array;
  #length = 0;
  #rows = 0;
  readonly #rejections: BlockRejection[] = [];
  readonly #keys: KeyWords | undefined;
  readonly #headKeys: KeyWords | undefined;
  #pending = '';
  readonly #periods: string[] = [];

  constructor(
    private readonly checker: RowChecker,
    file: SubmissionFile,
    expectedBytes: number,
  ) {
    this.#bytes = new Uint8Array(Math.max(1024, expectedBytes));
    if (IDENTITY_KEY_COLUMN[file]) this.#keys = new KeyWords();
    if (file === 'individu') this.#headKeys = new KeyWords();
  }

  add(line: number, cells: readonly string[]): void {
    this.#rows += 1;
    const result = this.checker.check(line, cells);
    if (result.ok) {
      this.#pending += `${result.copyLine}\n`;
      if (this.#pending.length >= PENDING_CHARS) this.#flush();
      const { checker } = this;
      this.#keys?.add(checker.keyHigh, checker.keyLow, checker.keyPeriode);
      if (checker.isHead) this.#headKeys?.add(checker.familyHigh, checker.familyLow, checker.keyPeriode);
      const periode = this.checker.periode;
      if (this.#periods.at(-1) !== periode && !this.#periods.includes(periode)) this.#periods.push(periode);
    } else {
      const { column, reason, periode, kodeKelurahan, familyHash } = result;
      this.#rejections.push({ line, column, reason, periode, kodeKelurahan, familyHash });
    }
  }

  /** Encoding many lines at once costs far less than one call per line. */
  #flush(): void {
    this.#append(this.#pending);
    this.#pending = '';
  }

  #append(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.#length + text.length * 3 > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + text.length * 3));
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    this.#length += encoder.encodeInto(text, this.#bytes.subarray(this.#length)).written;
  }

  result(): CheckedBlock {
    this.#flush();
    return {
      copyText: this.#bytes.subarray(0, this.#length),
      rows: this.#rows,
      rejections: this.#rejections,
      keys: this.#keys?.words() ?? new Uint32Array(0),
      headKeys: this.#headKeys?.words() ?? new Uint32Array(0),
      periods: this.#periods,
    };
  }
}

/** A staging row's COPY line is about twice its CSV line (two 64-digit hashes for two 16-digit numbers). */
const COPY_BYTES_PER_CSV_BYTE = 2.2;

/** Checks the records of a block of CSV text as they are read. */
export function checkCsvText(
  checker: RowChecker,
  file: SubmissionFile,
  text: string,
  firstLine: number,
): CheckedBlock {
  const block = new BlockChecker(checker, file, Math.ceil(text.length * COPY_BYTES_PER_CSV_BYTE));
  forEachCsvRecord(text, firstLine, (line, cells) => block.add(line, cells));
  return block.result();
}

/** Checks records already read (a sheet's rows, or what followed a header). */
export function checkRecords(
  checker: RowChecker,
  file: SubmissionFile,
  records: readonly CsvRecord[],
): CheckedBlock {
  const block = new BlockChecker(checker, file, records.length * 256);
  for (const record of records) block.add(record.line, record.cells);
  return block.result();
}
