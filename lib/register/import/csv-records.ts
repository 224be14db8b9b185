/** One record of a CSV file: its cells and the line it starts on (the header is line 1). */
export type CsvRecord = { line: number; cells: string[] };

/** `tooLong`: a record ran past MAX_RECORD_BYTES, as when a file has no line breaks or a quote never closes. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly tooLong = false,
  ) {
    super(`CSV syntax error at line ${line}`);
  }
}

/**
 * No row of the format comes near this (counted in bytes of the file, as it is read); holding more would
 * let one endless line fill memory.
 */
export const MAX_RECORD_BYTES = 1 << 20;

/**
 * Splits decoded text that holds whole records into CSV records (RFC 4180: comma separated, fields in
 * double quotes may hold commas, quotes written twice and line breaks; CRLF or LF line ends), numbering
 * them from `firstLine`. Lines without a quote, nearly all of them in practice, take a fast path of one
 * `split`. Blank lines are skipped. The text's end ends the last record: a quote still open there is a
 * syntax error. `csvBlocks` cuts a file into such texts.
 */
export function parseCsvText(text: string, firstLine: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  forEachCsvRecord(text, firstLine, (line, cells) => {
    records.push({ line, cells });
  });
  return records;
}

/**
 * `parseCsvText` without holding the records: each goes to `visit` as it is read, so that a block of
 * forty thousand rows does not keep a million small objects alive for the garbage collector to copy.
 */
export function forEachCsvRecord(
  text: string,
  firstLine: number,
  visit: (line: number, cells: string[]) => void,
): void {
  let line = firstLine;
  let position = 0;
  while (position < text.length) {
    const quote = text.indexOf('"', position);
    // Every line before the one holding the next quote splits plainly.
    const plainEnd = quote === -1 ? text.length : text.lastIndexOf('\n', quote) + 1;
    if (plainEnd > position) {
      line = visitPlainLines(text, position, plainEnd, line, visit);
      position = plainEnd;
    }
    if (quote === -1) break;
    const quoted = parseQuotedRecord(text, position, line);
    visit(line, quoted.cells);
    position = quoted.next;
    line += quoted.lines;
  }
}

/** The lines of text[from, to), none holding a quote; returns the line after them. */
function visitPlainLines(
  text: string,
  from: number,
  to: number,
  firstLine: number,
  visit: (line: number, cells: string[]) => void,
): number {
  let line = firstLine;
  let position = from;
  while (position < to) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const end = lineEnd > position && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (end > position) visit(line, text.slice(position, end).split(','));
    position = lineEnd + 1;
    line += 1;
  }
  return line;
}

type QuotedRecord = { cells: string[]; next: number; lines: number };

/**
 * The length of the line break at `index`: 1 for LF, 2 for CRLF, else 0. Only LF ends a line, as in the
 * plain path and in `csvBlocks`, which counts lines by LF: a lone CR is text.
 */
function lineBreakAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 10) return 1;
  return code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 0;
}

/** Parses one record starting at `start` with the quote-aware state machine; the text's end ends it. */
function parseQuotedRecord(text: string, start: number, line: number): QuotedRecord {
  const cells: string[] = [];
  let cell = '';
  let position = start;
  let lines = 0;
  for (;;) {
    if (position < text.length && text.charCodeAt(position) === 34) {
      // A quoted field: runs to the closing quote; "" is a quote.
      position += 1;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote === -1) throw new CsvSyntaxError(line);
        cell += text.slice(position, quote);
        lines += countNewlines(text, position, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          cell += '"';
          position = quote + 2;
          continue;
        }
        position = quote + 1;
        break;
      }
      if (position < text.length && text.charCodeAt(position) !== 44 && lineBreakAt(text, position) === 0)
        throw new CsvSyntaxError(line);
    } else {
      // An unquoted field: runs to the next comma or line end; a quote inside it is a syntax error.
      let end = position;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 44 || lineBreakAt(text, end) > 0) break;
        if (code === 34) throw new CsvSyntaxError(line);
        end += 1;
      }
      cell += text.slice(position, end);
      position = end;
    }
    cells.push(cell);
    cell = '';
    if (position >= text.length) return { cells, next: position, lines };
    if (text.charCodeAt(position) === 44) {
      position += 1;
      continue;
    }
    return { cells, next: position + lineBreakAt(text, position), lines: lines + 1 };
  }
}

/** Line feeds in text[from, to): a loop over the field itself, never a search past its end. */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}
