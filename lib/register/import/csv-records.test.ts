import { describe, expect, it } from 'vitest';
import { type CsvBlock, csvBlocks, decodeBlock, NotUtf8Error } from './csv-blocks';
import { CsvSyntaxError, MAX_RECORD_BYTES, parseCsvText } from './csv-records';

const encoder = new TextEncoder();

async function blocksOf(
  text: string | Uint8Array,
  chunkSize: number,
  blockBytes: number,
): Promise<CsvBlock[]> {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  async function* chunks() {
    for (let index = 0; index < bytes.length; index += chunkSize) yield bytes.slice(index, index + chunkSize);
  }
  const blocks: CsvBlock[] = [];
  for await (const block of csvBlocks(chunks(), blockBytes)) blocks.push(block);
  return blocks;
}

/** Records as a worker sees them: the file cut into blocks, each decoded and parsed on its own. */
async function parse(text: string, chunkSize = Math.max(1, text.length), blockBytes = 1 << 20) {
  const blocks = await blocksOf(text, chunkSize, blockBytes);
  return blocks.flatMap((block) => parseCsvText(decodeBlock(block), block.firstLine));
}

const TRICKY = 'a,b,c\r\n1,"x, y",3\n\n"multi\nline","say ""hi""",\n4,5,6';

describe('parseCsvText', () => {
  it('splits plain and quoted fields, keeps empty cells, skips blank lines and numbers lines', () => {
    expect(parseCsvText(TRICKY, 1)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', '3'] },
      { line: 4, cells: ['multi\nline', 'say "hi"', ''] },
      { line: 6, cells: ['4', '5', '6'] },
    ]);
  });

  it('ends a line at LF or CRLF only: a lone CR is text, and cannot end a quoted field', () => {
    expect(parseCsvText('a,b\rc\n', 1)).toEqual([{ line: 1, cells: ['a', 'b\rc'] }]);
    expect(() => parseCsvText('a,"b"\rc\n', 1)).toThrow(new CsvSyntaxError(1));
    expect(() => parseCsvText('h,k\r"x",1\ny,2\n', 1)).toThrow(new CsvSyntaxError(1));
  });

  it('keeps a line holding only an empty quoted field, for the checks to reject', () => {
    expect(parseCsvText('a\n""\nb\n', 1)).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['b'] },
    ]);
  });

  it('reports the line of an unclosed quote or text after a closing quote', () => {
    expect(() => parseCsvText('a,b\n1,"open\n2,3\n', 1)).toThrow(new CsvSyntaxError(2));
    expect(() => parseCsvText('a,b\n1,"x"y\n', 1)).toThrow(new CsvSyntaxError(2));
    expect(() => parseCsvText('a,b\n1,x"y\n', 1)).toThrow(new CsvSyntaxError(2));
  });
});

describe('csvBlocks', () => {
  it('gives the same records whatever the chunk and block sizes, never cutting a quoted field', async () => {
    const whole = parseCsvText(TRICKY, 1);
    for (const chunkSize of [1, 2, 3, 5, 7, 11, 64])
      for (const blockBytes of [1, 4, 9, 1024])
        expect(await parse(TRICKY, chunkSize, blockBytes)).toEqual(whole);
  });

  it('numbers lines the same across blocks with CRLF and line breaks inside quotes', async () => {
    const text = 'h,"k"\r\n"x\r\ny",1\r\nz,2\r\n"p\nq\nr",3\r\ns,4\r\n';
    const whole = parseCsvText(text, 1);
    expect(whole.map((record) => record.line)).toEqual([1, 2, 4, 5, 8]);
    for (const blockBytes of [1, 3, 8, 13]) expect(await parse(text, 5, blockBytes)).toEqual(whole);
  });

  it('cuts blocks at record ends and numbers each block from its first line', async () => {
    const text = `h1,h2\n${Array.from({ length: 200 }, (_, index) => `${index},"q\n${index}"`).join('\n')}\n`;
    const blocks = await blocksOf(text, 100, 300);
    expect(blocks.length).toBeGreaterThan(5);
    const records = blocks.flatMap((block) => parseCsvText(decodeBlock(block), block.firstLine));
    expect(records).toHaveLength(201);
    expect(records[200]).toEqual({ line: 400, cells: ['199', 'q\n199'] });
    expect(blocks.reduce((bytes, block) => bytes + block.bytes.length, 0)).toBe(encoder.encode(text).length);
  });

  it('drops a byte order mark at the start of the file only', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('a,b\n1,2\n')]);
    const [block] = await blocksOf(bom, 2, 1024);
    expect(block?.byteOffset).toBe(3);
    expect(parseCsvText(decodeBlock(block as CsvBlock), 1)[0]).toEqual({ line: 1, cells: ['a', 'b'] });
  });

  it('names the byte and the line where bytes that are not UTF-8 were found', async () => {
    const bytes = new Uint8Array([...encoder.encode('a,b\n1,2\n3,ä'), 0xff, ...encoder.encode('x\n4,5\n')]);
    const [block] = await blocksOf(bytes, 64, 1024);
    expect(() => decodeBlock(block as CsvBlock)).toThrow(new NotUtf8Error(12, 3));
  });

  it('stops at a line that never ends instead of holding the whole file', async () => {
    const endless = `a,b\n1,${'x'.repeat(MAX_RECORD_BYTES + 10)}`;
    await expect(parse(endless, 65_536)).rejects.toEqual(new CsvSyntaxError(2, true));
  });

  it('finds a misplaced quote that keeps every later line break inside a field', async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => `${index},${'y'.repeat(40)}`).join('\n');
    const text = `a,b\n1,x"y\n${rows}\n`;
    await expect(parse(text, 65_536, 1 << 16)).rejects.toEqual(new CsvSyntaxError(2));
  });
});
