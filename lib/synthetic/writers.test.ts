import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { columnIndex, TABLE_COLUMNS } from './vocabulary';
import { csvField, csvLine, openCsvWriter } from './writers';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-synthetic-writers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('CSV writing', () => {
  it('quotes a field only when it holds a comma, quote or line break', () => {
    expect(csvField('Dasawisma Melati 3')).toBe('Dasawisma Melati 3');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "ya"')).toBe('"say ""ya"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['', 'x', ''])).toBe(',x,\n');
  });

  it('writes generated rows byte for byte, quoting free text and broken rows, encoding UTF-8', async () => {
    const writer = await openCsvWriter(scratch);
    const keluarga = writer.sink('keluarga');
    const width = TABLE_COLUMNS.keluarga.length;
    const row = (group: string, makanan = 'beras') => {
      const cells: (string | number)[] = Array.from({ length: width }, (_, index) => `v${index}`);
      cells[columnIndex('keluarga', 'kelompok_dasawisma')] = group;
      cells[columnIndex('keluarga', 'makanan_pokok')] = makanan;
      return cells;
    };
    const rows = [
      row('Dasawisma Melati 3'),
      row('Dasawisma "Mawar", RT 5'),
      row('Dasawisma Kembang Sepatu ñ 2'),
      row('Dasawisma Anggrek 1', 'nasi, jagung'),
    ];
    keluarga.add(rows[0] ?? []);
    keluarga.add(rows[1] ?? []);
    keluarga.add(rows[2] ?? []);
    keluarga.add(rows[3] ?? [], true);
    const numbers = row('Dasawisma Melati 4');
    numbers[columnIndex('keluarga', 'no_kk')] = 3171010100000042;
    numbers[columnIndex('keluarga', 'rw')] = 7;
    numbers[columnIndex('keluarga', 'rt')] = 0;
    keluarga.add(numbers);
    // Enough rows to cross several chunks, and one longer than a chunk.
    for (let i = 0; i < 5000; i++) keluarga.add(row(`Dasawisma Teratai ${i}`));
    keluarga.add(row('x'.repeat(70_000)));
    await writer.close();

    const text = readFileSync(path.join(scratch, 'keluarga.csv'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe(TABLE_COLUMNS.keluarga.join(','));
    expect(lines[1]).toBe(csvLine(rows[0] ?? []).trimEnd());
    expect(lines[2]).toContain('"Dasawisma ""Mawar"", RT 5"');
    expect(lines[3]).toContain('Dasawisma Kembang Sepatu ñ 2');
    expect(lines[4]).toContain('"nasi, jagung"');
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(5006);
    expect(records[5005]?.kelompok_dasawisma).toBe('x'.repeat(70_000));
    expect(records[4]).toMatchObject({ no_kk: '3171010100000042', rw: '7', rt: '0' });
    expect(records.map((record) => record.kelompok_dasawisma).slice(0, 4)).toEqual([
      'Dasawisma Melati 3',
      'Dasawisma "Mawar", RT 5',
      'Dasawisma Kembang Sepatu ñ 2',
      'Dasawisma Anggrek 1',
    ]);
    expect(records[3]?.makanan_pokok).toBe('nasi, jagung');
    expect(records[5004]?.kelompok_dasawisma).toBe('Dasawisma Teratai 4999');
  });
});
