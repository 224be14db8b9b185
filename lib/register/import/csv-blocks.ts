import { CsvSyntaxError, MAX_RECORD_BYTES, parseCsvText } from './csv-records';

/**
 * A run of whole CSV records, still as bytes: the unit that the row checks work on, in this thread or
 * in a worker. `firstLine` is the line its first record starts on, `byteOffset` where it starts in the
 * file (for the message about a byte that is not UTF-8). The block owns the buffer under `bytes`, so
 * that it can be handed to a worker without a copy.
 */
export type CsvBlock = { bytes: Uint8Array; firstLine: number; byteOffset: number };

/** A byte sequence that is not UTF-8: where it starts in the file, and on which line. */
export class NotUtf8Error extends Error {
  constructor(
    readonly byteOffset: number,
    readonly line: number,
  ) {
    super(`not UTF-8 at byte ${byteOffset} (line ${line})`);
  }
}

export const BLOCK_BYTES = 4 << 20;
const NEWLINE = 10;
const QUOTE = 34;
const BOM = [0xef, 0xbb, 0xbf];

const utf8Decoder = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 text of a block; a BOM was dropped from the file's start already, so one here is text. */
export function decodeBlock(block: CsvBlock): string {
  try {
    return utf8Decoder().decode(block.bytes);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const index = firstBadByte(block.bytes);
    const line = block.firstLine + countNewlines(block.bytes.subarray(0, index));
    throw new NotUtf8Error(block.byteOffset + index, line);
  }
}

/**
 * Where a block that failed to decode goes wrong: the end of the shortest start that a streaming decoder
 * refuses (a sequence cut off by the end is not refused), found by halving, or the sequence it ends.
 */
function firstBadByte(bytes: Uint8Array): number {
  const refuses = (length: number) => {
    try {
      utf8Decoder().decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let good = 0;
  let bad = bytes.length;
  if (!refuses(bad)) return Math.max(0, bad - 1);
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (refuses(middle)) bad = middle;
    else good = middle;
  }
  // The refused byte may interrupt a sequence begun up to three bytes before: a lead byte, continuations.
  const refused = bad - 1;
  let start = refused - 1;
  while (start > refused - 3 && start > 0 && ((bytes[start] as number) & 0xc0) === 0x80) start -= 1;
  const lead = start >= 0 ? (bytes[start] as number) : 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return start + length > refused ? start : refused;
}

function countNewlines(bytes: Uint8Array): number {
  // Buffer's search is several times faster than a typed array's for a byte this frequent.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let index = buffer.indexOf(NEWLINE); index !== -1; index = buffer.indexOf(NEWLINE, index + 1))
    count += 1;
  return count;
}

/**
 * The end (just past its line break) of the last whole record in `data`, which starts at a record's
 * start; -1 when there is none. A line break ends a record when an even number of quotes comes before
 * it (a quoted field holds its quotes in pairs), so a file without quotes, the usual case, costs two
 * searches.
 */
function lastRecordEnd(data: Uint8Array): number {
  // Buffer's byte search is several times faster than a typed array's.
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let newline = bytes.lastIndexOf(NEWLINE);
  if (newline === -1 || bytes.indexOf(QUOTE) === -1) return newline === -1 ? -1 : newline + 1;
  const quotes: number[] = [];
  for (
    let quote = bytes.indexOf(QUOTE);
    quote !== -1 && quote < newline;
    quote = bytes.indexOf(QUOTE, quote + 1)
  )
    quotes.push(quote);
  let before = quotes.length;
  while (newline !== -1) {
    while (before > 0 && (quotes[before - 1] as number) > newline) before -= 1;
    if (before % 2 === 0) return newline + 1;
    newline = newline === 0 ? -1 : bytes.lastIndexOf(NEWLINE, newline - 1);
  }
  return -1;
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const data = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return data;
}

/**
 * Cuts a byte stream into blocks of whole records of about `blockBytes` each (a BOM at the start is
 * dropped), so that memory holds a few blocks whatever the size of the file. A record that runs on for
 * more than MAX_RECORD_BYTES (no line break, or a quote that never closes) stops the reading with the
 * syntax error the strict parser finds in it, else as too long.
 */
export async function* csvBlocks(
  source: AsyncIterable<Uint8Array>,
  blockBytes = BLOCK_BYTES,
): AsyncGenerator<CsvBlock> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  let byteOffset = 0;
  let atStart = true;
  /** Bytes since the last line break: a record at least this long is still open. */
  let openRun = 0;
  const tooLong = (data: Uint8Array): never => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak !== -1) parseCsvText(text.slice(0, lastBreak + 1), line);
    throw new CsvSyntaxError(line + countNewlines(data), true);
  };
  for await (const chunk of source) {
    let bytes = chunk;
    if (atStart) {
      if (size + bytes.length < BOM.length) {
        parts.push(bytes);
        size += bytes.length;
        continue;
      }
      atStart = false;
      bytes = concat([...parts, bytes], size + bytes.length);
      parts = [];
      size = 0;
      if (BOM.every((byte, index) => bytes[index] === byte)) {
        bytes = bytes.subarray(BOM.length);
        byteOffset = BOM.length;
      }
    }
    const lastBreak = bytes.lastIndexOf(NEWLINE);
    openRun = lastBreak === -1 ? openRun + bytes.length : bytes.length - lastBreak - 1;
    parts.push(bytes);
    size += bytes.length;
    if (openRun > MAX_RECORD_BYTES) tooLong(concat(parts, size));
    if (size < blockBytes) continue;
    const data = concat(parts, size);
    let start = 0;
    while (data.length - start >= blockBytes) {
      // The last record end within a block's length, else (a record longer than that) the last at all.
      let end = lastRecordEnd(data.subarray(start, start + blockBytes));
      if (end === -1) end = lastRecordEnd(data.subarray(start));
      if (end === -1) break;
      const block = { bytes: data.slice(start, start + end), firstLine: line, byteOffset };
      line += countNewlines(block.bytes);
      byteOffset += end;
      start += end;
      yield block;
    }
    const rest = data.subarray(start);
    if (rest.length > MAX_RECORD_BYTES && lastRecordEnd(rest) === -1) tooLong(rest);
    parts = rest.length > 0 ? [rest.slice()] : [];
    size = rest.length;
  }
  if (atStart && size > 0) parts = [concat(parts, size)];
  if (size > 0) yield { bytes: concat(parts, size), firstLine: line, byteOffset };
}
