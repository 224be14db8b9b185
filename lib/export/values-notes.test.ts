import { describe, expect, it } from 'vitest';
import { SOURCE_LINE, valuesNotes } from './values-notes';
import { sampleValuesTable } from './values-table.fixture';

const MADE_AT = new Date('2026-07-03T05:06:00Z');

function noteText(notes: ReturnType<typeof valuesNotes>, label: string): string {
  const note = notes.find((candidate) => candidate.label.startsWith(label));
  if (!note) throw new Error(`no note "${label}"`);
  return [note.id, note.en].join(' | ');
}

describe('valuesNotes', () => {
  it('names and defines the indicator in both languages, with unit and direction', () => {
    const notes = valuesNotes(sampleValuesTable({ compare: false }), MADE_AT);
    expect(noteText(notes, 'Indikator')).toBe('Air minum layak | Safe drinking water');
    expect(noteText(notes, 'Definisi')).toMatch(/PDAM.* \| .*bottled/);
    expect(noteText(notes, 'Satuan')).toBe('% | %');
    expect(noteText(notes, 'Arah')).toBe('makin tinggi makin baik | higher is better');
  });

  it('lists the filters as they were answered, with the level in both languages', () => {
    const notes = valuesNotes(sampleValuesTable({ compare: false }), MADE_AT);
    expect(noteText(notes, 'Filter: indikator')).toBe('safe_water | ');
    expect(noteText(notes, 'Filter: periode (')).toBe('2026S1 | ');
    expect(noteText(notes, 'Filter: tingkat')).toBe('kelurahan | village');
    expect(noteText(notes, 'Filter: induk')).toBe('31.71 | 31.71');
    expect(noteText(notes, 'Filter: periode banding')).toBe('tidak ada | none');
    expect(notes.some((note) => note.label.startsWith('Perubahan'))).toBe(false);
  });

  it('explains the change in percentage points for a percentage when compare is given', () => {
    const notes = valuesNotes(sampleValuesTable({ compare: true }), MADE_AT);
    expect(noteText(notes, 'Filter: periode banding')).toBe('2025S1 | 2025S1');
    expect(noteText(notes, 'Perubahan')).toContain('poin persen, dari 2025S1 ke 2026S1');
  });

  it('gives the source, the suppression rule with its threshold, the counts and the time in Jakarta', () => {
    const notes = valuesNotes(sampleValuesTable({ compare: false }), MADE_AT);
    expect(noteText(notes, 'Sumber data')).toBe(
      'Data impor, impor terakhir 2 Juli 2026 pukul 10.04 WIB | ' +
        'Imported data, last import 2 July 2026 at 10:04 WIB (UTC+7)',
    );
    expect(noteText(notes, 'Penekanan')).toMatch(/di bawah 10 \(MIN_DENOMINATOR\).*"ditekan"/);
    expect(noteText(notes, 'Baris')).toBe('3 wilayah, 1 ditekan | 3 regions, 1 withheld');
    expect(noteText(notes, 'Sumber (source)')).toContain(SOURCE_LINE);
    expect(noteText(notes, 'Dibuat')).toBe('3 Juli 2026 pukul 12.06 WIB | 3 July 2026 at 12:06 WIB (UTC+7)');
  });

  it('says the demo data is synthetic', () => {
    const table = sampleValuesTable({ compare: false });
    const notes = valuesNotes({ ...table, source: { ...table.source, synthetic: true } }, MADE_AT);
    expect(noteText(notes, 'Sumber data')).toBe('Data sintetis (demo) | Synthetic data (demo)');
  });
});
