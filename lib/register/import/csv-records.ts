/** One record of a CSV file: its cells and the line it starts on (the header is line 1). */
export type CsvRecord = { line: number; cells: string[] };

/** `tooLong`: a record ran past MAX_RECORD_CHARS, as when a file has no line breaks or a quote never closes. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly tooLong = false,
  ) {
    super(`CSV syntax error at line ${line}`);
  }
}

/** No row of the format comes near this; holding more would let one endless line fill memory. */
export const MAX_RECORD_CHARS = 1 << 20;

/**
 * Splits decoded text into CSV records (RFC 4180: comma separated, fields in double quotes may hold
 * commas, quotes written twice and line breaks; CRLF or LF line ends). Text arrives in chunks of any
 * size and only the unfinished record is kept between chunks, so memory does not grow with the file.
 * Lines without a quote, nearly all of them in practice, take a fast path of one `split`.
 * Blank lines are skipped. Records come in batches, one per chunk, so that a file of millions of
 * lines does not cost millions of promises.
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let pending = '';
  let line = 1;
  for await (const chunk of chunks) {
    const text = pending + chunk;
    const batch: CsvRecord[] = [];
    let position = 0;
    // The next quote at or after `position`, looked up again only once passed: searching afresh on
    // every line would scan the rest of the chunk each time.
    let quote = text.indexOf('"');
    while (position < text.length) {
      const newline = text.indexOf('\n', position);
      if (newline === -1) break;
      if (quote !== -1 && quote < position) quote = text.indexOf('"', position);
      if (quote === -1 || quote > newline) {
        const end = newline > position && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        if (end > position) batch.push({ line, cells: text.slice(position, end).split(',') });
        position = newline + 1;
        line += 1;
        continue;
      }
      const quoted = parseQuotedRecord(text, position, line, false);
      if (!quoted) break;
      batch.push({ line, cells: quoted.cells });
      position = quoted.next;
      line += quoted.lines;
    }
    pending = text.slice(position);
    if (pending.length > MAX_RECORD_CHARS) throw new CsvSyntaxError(line, true);
    if (batch.length > 0) yield batch;
  }
  if (pending.length > 0) {
    const quoted = parseQuotedRecord(pending, 0, line, true);
    if (quoted?.cells.some((cell) => cell.length > 0)) yield [{ line, cells: quoted.cells }];
  }
}

type QuotedRecord = { cells: string[]; next: number; lines: number };

/**
 * Parses one record starting at `start` with the quote-aware state machine. Returns null when the
 * text ends before the record does and more text may follow (`atEnd` false).
 */
function parseQuotedRecord(text: string, start: number, line: number, atEnd: boolean): QuotedRecord | null {
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
        if (quote === -1) {
          if (atEnd) throw new CsvSyntaxError(line);
          return null;
        }
        cell += text.slice(position, quote);
        lines += countNewlines(text, position, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          cell += '"';
          position = quote + 2;
          continue;
        }
        if (quote + 1 >= text.length && !atEnd) return null;
        position = quote + 1;
        break;
      }
      const next = text.charCodeAt(position);
      if (position < text.length && next !== 44 && next !== 10 && next !== 13) throw new CsvSyntaxError(line);
    } else {
      // An unquoted field: runs to the next comma or line end; a quote inside it is a syntax error.
      let end = position;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 44 || code === 10 || code === 13) break;
        if (code === 34) throw new CsvSyntaxError(line);
        end += 1;
      }
      if (end >= text.length && !atEnd) return null;
      cell += text.slice(position, end);
      position = end;
    }
    cells.push(cell);
    cell = '';
    if (position >= text.length) return { cells, next: position, lines };
    const separator = text.charCodeAt(position);
    if (separator === 44) {
      position += 1;
      continue;
    }
    if (separator === 13) {
      if (position + 1 >= text.length && !atEnd) return null;
      if (text.charCodeAt(position + 1) === 10) position += 1;
    }
    return { cells, next: position + 1, lines: lines + 1 };
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let index = text.indexOf('\n', from);
    index !== -1 && index < to;
    index = text.indexOf('\n', index + 1)
  )
    count += 1;
  return count;
}
