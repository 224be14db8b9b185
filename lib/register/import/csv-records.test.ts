import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvRecords, MAX_RECORD_CHARS } from './csv-records';

async function parse(text: string, chunkSize = text.length): Promise<{ line: number; cells: string[] }[]> {
  async function* chunks() {
    for (let index = 0; index < text.length; index += chunkSize) yield text.slice(index, index + chunkSize);
  }
  const records = [];
  for await (const batch of csvRecords(chunks())) records.push(...batch);
  return records;
}

const TRICKY = 'a,b,c\r\n1,"x, y",3\n\n"multi\nline","say ""hi""",\n4,5,6';

describe('csvRecords', () => {
  it('splits plain and quoted fields, keeps empty cells, skips blank lines and numbers lines', async () => {
    expect(await parse(TRICKY)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', '3'] },
      { line: 4, cells: ['multi\nline', 'say "hi"', ''] },
      { line: 6, cells: ['4', '5', '6'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const whole = await parse(TRICKY);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(await parse(TRICKY, size)).toEqual(whole);
  });

  it('stops at a line that never ends instead of holding the whole file', async () => {
    const endless = `a,b\n1,${'x'.repeat(MAX_RECORD_CHARS + 10)}`;
    await expect(parse(endless, 65_536)).rejects.toEqual(new CsvSyntaxError(2, true));
  });

  it('reports the line of an unclosed quote or text after a closing quote', async () => {
    await expect(parse('a,b\n1,"open\n2,3\n')).rejects.toEqual(new CsvSyntaxError(2));
    await expect(parse('a,b\n1,"x"y\n')).rejects.toEqual(new CsvSyntaxError(2));
    await expect(parse('a,b\n1,x"y\n')).rejects.toEqual(new CsvSyntaxError(2));
  });
});
