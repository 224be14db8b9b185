import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, valuesCsv } from './values-csv';
import { sampleValuesTable } from './values-table.fixture';

const HEADER = 'indikator,periode,tingkat,kode,nama,pembilang,penyebut,nilai,ditekan';

describe('csvField', () => {
  it('quotes only what RFC 4180 requires, doubling quotes', () => {
    expect(csvField('Gambir')).toBe('Gambir');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers unrounded with a dot, and null as an empty field rather than 0', () => {
    expect(csvField(200 / 3)).toBe('66.66666666666667');
    expect(csvField(-1.25)).toBe('-1.25');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });
});

describe('valuesCsv', () => {
  const csv = valuesCsv(sampleValuesTable({ compare: false }).body);

  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('writes one row per region, a withheld row without numerator and value', () => {
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe('safe_water,2026S1,kelurahan,31.71.01.1001,Gambir,20,30,66.66666666666667,tidak');
    expect(lines[2]).toBe('safe_water,2026S1,kelurahan,31.71.01.1002,Cideng,,4,,ya');
    expect(lines[3]).toBe('safe_water,2026S1,kelurahan,31.71.01.1003,"Kampung ""Baru"", Utara",,,,tidak');
  });

  it('adds the compare periode and the change when compare is given', () => {
    const records: string[][] = parse(valuesCsv(sampleValuesTable({ compare: true }).body), { bom: true });
    expect(records[0]).toEqual([...HEADER.split(','), 'periode_banding', 'perubahan']);
    expect(records.slice(1).map((record) => record.slice(-2))).toEqual([
      ['2025S1', '-1.25'],
      ['2025S1', ''],
      ['2025S1', ''],
    ]);
    expect(records[3]?.[4]).toBe('Kampung "Baru", Utara');
  });
});
