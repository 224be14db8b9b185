import type { IdentityHasher } from '../identity-hash';
import { isDateInPeriod, parsePeriod } from '../periods';
import { type ColumnSpec, FILE_COLUMNS, NO, type SubmissionFile, storedColumnName, YES } from './columns';
import { type Reason, reasons } from './reasons';

/** What the checks of one row need to know about the world. */
export type RowContext = { kelurahanCodes: ReadonlySet<string>; hasher: IdentityHasher };

/** A row that passed every check of its own: one line of PostgreSQL COPY text for its staging table. */
export type CheckedRow = { ok: true; copyLine: string };
/** A row that failed: where and why, plus what is known of its place and family for later checks. */
export type RejectedRow = {
  ok: false;
  column: string;
  reason: Reason;
  periode: string | null;
  kodeKelurahan: string | null;
  /** For a rejected family whose No KK was readable: its hash, so that its members are rejected with it. */
  familyHash: string | null;
};

const NULL = '\\N';

/**
 * The column whose hash identifies a row of the file within its periode, where duplicates are a rule
 * of the format: a NIK listed twice, a family sent twice.
 */
export const IDENTITY_KEY_COLUMN: Partial<Record<SubmissionFile, string>> = {
  individu: 'nik',
  keluarga: 'no_kk',
};
const HEAD = 'kepala';
const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const IDENTITY = /^[1-9]\d([0-9][1-9]|[1-9]0)([0-9][1-9]|[1-9]0)\d{10}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits of `text` from `start` to `end`, or NaN if one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let number = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

/** A YYYY-MM-DD date that exists (read by hand: a regular expression per cell is slow for millions). */
function isValidDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] as number));
}

/** COPY text format: backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(
        /[\\\t\n\r]/g,
        (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char] as string,
      )
    : value;
}

class RowRejection extends Error {
  constructor(
    readonly column: string,
    readonly reason: Reason,
  ) {
    super(reason.en);
  }
}

/**
 * Checks the rows of one file against the rules a row can be judged by alone (types, allowed values,
 * dates inside the periode, known kelurahan, the NIK agreeing with birth date and sex) and turns them
 * into staging rows, hashing NIK and No KK on the way. Rules across rows are checked in SQL later.
 */
export class RowChecker {
  readonly #columns: readonly ColumnSpec[];
  readonly #positions: (number | undefined)[];
  readonly #values: string[];
  readonly #headerLength: number;
  readonly #context: RowContext;
  readonly #file: SubmissionFile;
  readonly #indexOf: ReadonlyMap<string, number>;
  readonly #keyColumn: string | undefined;
  /**
   * The identity key of the row checked last, when it passed: the first two 32-bit words of its hash,
   * and its periode as a number.
   */
  keyHigh = 0;
  keyLow = 0;
  keyPeriode = 0;
  /** For a row of individu that passed: whether the person heads the family, whose hash starts with these words. */
  isHead = false;
  familyHigh = 0;
  familyLow = 0;

  /** `header`: the header cells, already lower-cased and trimmed. */
  constructor(file: SubmissionFile, header: readonly string[], context: RowContext) {
    this.#file = file;
    this.#columns = FILE_COLUMNS[file];
    this.#indexOf = new Map(this.#columns.map((column, index) => [column.name, index]));
    this.#positions = this.#columns.map((column) => {
      const position = header.indexOf(column.name);
      return position === -1 ? undefined : position;
    });
    this.#values = this.#columns.map(() => '');
    this.#headerLength = header.length;
    this.#context = context;
    this.#keyColumn = IDENTITY_KEY_COLUMN[file];
  }

  /** The staging table's columns, in the order of `copyLine`. */
  static stagingColumns(file: SubmissionFile): string[] {
    return ['line', ...FILE_COLUMNS[file].map((column) => storedColumnName(column.name))];
  }

  check(line: number, cells: readonly string[]): CheckedRow | RejectedRow {
    // One array for every row: eleven million short-lived arrays keep the garbage collector busy.
    const values = this.#values;
    for (let index = 0; index < values.length; index += 1) {
      const position = this.#positions[index];
      values[index] = position === undefined ? '' : (cells[position] ?? '').trim();
    }
    try {
      if (cells.length !== this.#headerLength)
        throw new RowRejection(
          this.#columns[0]?.name ?? '',
          reasons.fieldCount(cells.length, this.#headerLength),
        );
      let copyLine = String(line);
      for (let index = 0; index < this.#columns.length; index += 1)
        copyLine += `\t${this.#checkCell(this.#columns[index] as ColumnSpec, values[index] as string, values)}`;
      this.#checkAcrossColumns(values);
      if (this.#file === 'individu') {
        this.isHead = this.#value(values, 'hubungan') === HEAD;
        this.familyHigh = this.#lastHigh;
        this.familyLow = this.#lastLow;
      }
      return { ok: true, copyLine };
    } catch (error) {
      if (!(error instanceof RowRejection)) throw error;
      return this.#rejected(error, values);
    }
  }

  #lastPeriode = '';
  #lastIdentity = '';
  #lastHash = '';
  #lastHigh = 0;
  #lastLow = 0;

  /** The periode of the row checked last, when it passed. */
  get periode(): string {
    return this.#lastPeriode;
  }

  /** Members of a family come one after another, so their No KK is hashed once. */
  #familyHash(identity: string): string {
    if (identity !== this.#lastIdentity) {
      const { hasher } = this.#context;
      this.#lastIdentity = identity;
      this.#lastHash = hasher.hex(identity);
      this.#lastHigh = hasher.high;
      this.#lastLow = hasher.low;
    }
    return this.#lastHash;
  }

  #value(values: readonly string[], name: string): string {
    const index = this.#indexOf.get(name);
    return index === undefined ? '' : (values[index] as string);
  }

  #rejected(error: RowRejection, values: readonly string[]): RejectedRow {
    const periode = this.#value(values, 'periode');
    const kode = this.#value(values, 'kode_kelurahan');
    const noKk = this.#value(values, 'no_kk');
    return {
      ok: false,
      column: error.column,
      reason: error.reason,
      periode: parsePeriod(periode) ? periode : null,
      kodeKelurahan: this.#context.kelurahanCodes.has(kode) ? kode : null,
      familyHash: this.#file === 'keluarga' && IDENTITY.test(noKk) ? this.#context.hasher.hex(noKk) : null,
    };
  }

  #checkCell(column: ColumnSpec, value: string, values: readonly string[]): string {
    const { name } = column;
    if (value === '') {
      if (column.requirement === 'optional') return NULL;
      if (column.requirement === 'women') {
        if (this.#value(values, 'jenis_kelamin') === 'L') return NULL;
        throw new RowRejection(name, reasons.requiredForWomen(name));
      }
      throw new RowRejection(name, reasons.required(name));
    }
    if (column.requirement === 'women' && this.#value(values, 'jenis_kelamin') === 'L')
      throw new RowRejection(name, reasons.mustBeEmptyForMen(name));
    switch (column.kind) {
      case 'period': {
        // Rows of one periode come together: its number is kept from the row before.
        if (value !== this.#lastPeriode) {
          const period = parsePeriod(value);
          if (!period) throw new RowRejection(name, reasons.invalidPeriod(value));
          this.#lastPeriode = value;
          this.keyPeriode = period.year * 2 + period.half;
        }
        return value;
      }
      case 'date':
        if (!isValidDate(value)) throw new RowRejection(name, reasons.invalidDate(name, value));
        return value;
      case 'kelurahan':
        if (!this.#context.kelurahanCodes.has(value))
          throw new RowRejection(name, reasons.unknownKelurahan(value));
        return value;
      case 'integer': {
        const number = INTEGER.test(value) ? Number(value) : Number.NaN;
        if (!(number >= column.min && number <= column.max))
          throw new RowRejection(
            name,
            column.min === 0
              ? reasons.nonNegativeInteger(name, value)
              : reasons.integerRange(name, value, column.min, column.max),
          );
        return String(number);
      }
      case 'text':
        if (value.length > column.max) throw new RowRejection(name, reasons.tooLong(name, column.max));
        return copyText(value);
      case 'identity': {
        if (!IDENTITY.test(value)) throw new RowRejection(name, reasons.invalidIdentity(name));
        const family = name === 'no_kk';
        const hash = family ? this.#familyHash(value) : this.#context.hasher.hex(value);
        if (name === this.#keyColumn) {
          this.keyHigh = family ? this.#lastHigh : this.#context.hasher.high;
          this.keyLow = family ? this.#lastLow : this.#context.hasher.low;
        }
        return `\\\\x${hash}`;
      }
      case 'choice':
        if (!column.choices.includes(value))
          throw new RowRejection(name, reasons.invalidChoice(name, value, column.choices));
        return value;
      case 'boolean':
        if (value === YES) return 't';
        if (value === NO) return 'f';
        throw new RowRejection(name, reasons.invalidBoolean(name, value));
      case 'area': {
        const area = DECIMAL.test(value) ? Number(value) : Number.NaN;
        if (!(area > 0 && area < 10_000)) throw new RowRejection(name, reasons.invalidArea(value));
        return value;
      }
    }
  }

  /** Rules that relate two columns of the same row. */
  #checkAcrossColumns(values: readonly string[]): void {
    if (this.#file === 'keluarga') {
      const date = this.#value(values, 'tanggal_pendataan');
      const periode = this.#value(values, 'periode');
      if (!isDateInPeriod(date, parsePeriod(periode) as NonNullable<ReturnType<typeof parsePeriod>>))
        throw new RowRejection('tanggal_pendataan', reasons.dateOutsidePeriod(date, periode));
    }
    if (this.#file === 'individu') {
      const nik = this.#value(values, 'nik');
      const birth = this.#value(values, 'tanggal_lahir');
      const dayInNik = Number(nik.slice(6, 8));
      const female = dayInNik > 40;
      const day = female ? dayInNik - 40 : dayInNik;
      const birthInNik = `${String(day).padStart(2, '0')}${nik.slice(8, 10)}${nik.slice(10, 12)}`;
      if (birthInNik !== `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}`)
        throw new RowRejection('nik', reasons.nikBirthDateMismatch());
      if (female !== (this.#value(values, 'jenis_kelamin') === 'P'))
        throw new RowRejection('nik', reasons.nikSexMismatch());
    }
  }
}
