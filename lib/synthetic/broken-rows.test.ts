import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_ROW_KINDS, type BrokenRowKind } from './broken-rows';
import { type GenerateSummary, generateSubmission } from './generate';
import { checkSubmission, type ParsedSubmission, readCsvSubmission, type Violation } from './spec-check';
import { columnIndex, TABLE_COLUMNS } from './vocabulary';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-synthetic-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const OPTIONS = {
  scale: 0.002,
  seed: 5,
  from: { year: 2025, half: 1 },
  to: { year: 2025, half: 2 },
  format: 'csv',
} as const;

let clean: ParsedSubmission;
let broken: ParsedSubmission;
let summary: GenerateSummary;
let violations: Violation[];

beforeAll(async () => {
  await generateSubmission({ ...OPTIONS, outDir: path.join(scratch, 'clean'), invalidRate: 0 });
  summary = await generateSubmission({ ...OPTIONS, outDir: path.join(scratch, 'broken'), invalidRate: 0.02 });
  clean = await readCsvSubmission(path.join(scratch, 'clean'));
  broken = await readCsvSubmission(path.join(scratch, 'broken'));
  violations = await checkSubmission(broken);
});

describe('--invalid-rate', () => {
  it('lists every kind with the file and a column of that file', () => {
    const codes = BROKEN_ROW_KINDS.map((kind) => kind.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const kind of BROKEN_ROW_KINDS) {
      expect(TABLE_COLUMNS[kind.file] as readonly string[]).toContain(kind.column);
      expect(kind.column).not.toBe('periode');
    }
  });

  it('breaks about the asked share of the rows of each file, with every kind, and counts them', () => {
    for (const file of ['keluarga', 'individu', 'hunian'] as const) {
      const share = summary.broken.byFile[file] / summary.rows[file];
      expect(share, file).toBeGreaterThan(0.014);
      expect(share, file).toBeLessThan(0.026);
    }
    expect(summary.broken.byFile.target).toBe(0);
    for (const kind of BROKEN_ROW_KINDS)
      expect(summary.broken.byKind[kind.code], kind.code).toBeGreaterThan(0);
    const total = Object.values(summary.broken.byKind).reduce((sum, count) => sum + count, 0);
    expect(summary.broken.total).toBe(total);
  });

  it('leaves the valid rows as they are without faults', () => {
    expect(broken.keluarga.length).toBe(clean.keluarga.length);
    expect(broken.individu.length).toBe(clean.individu.length);
    expect(broken.hunian.length).toBe(clean.hunian.length);
    let differing = 0;
    for (const [index, row] of broken.individu.entries()) {
      const before = clean.individu[index];
      if (JSON.stringify(row) !== JSON.stringify(before)) differing++;
      expect(row.periode).toBe(before?.periode);
    }
    expect(differing).toBe(summary.broken.byFile.individu);
  });

  it('gives each broken row exactly one fault, of the kind counted', () => {
    const perRow = new Map<string, string[]>();
    for (const violation of violations) {
      const key = `${violation.file}:${violation.line}`;
      perRow.set(key, [...(perRow.get(key) ?? []), violation.rule]);
    }
    for (const [row, rules] of perRow) expect(rules, row).toHaveLength(1);

    // Members of a family whose No KK was mangled no longer find it: they are rejected with their family.
    const mangled = new Set(
      broken.keluarga
        .filter((row) => !/^\d{16}$/.test(row.no_kk ?? ''))
        .map((row) => `${row.periode}|${row.no_kk?.slice(0, 10)}`),
    );
    const found = new Set(broken.keluarga.map((row) => `${row.periode}|${row.no_kk}`));
    const orphans = broken.individu.filter(
      (row) =>
        !found.has(`${row.periode}|${row.no_kk}`) && mangled.has(`${row.periode}|${row.no_kk?.slice(0, 10)}`),
    ).length;
    expect(orphans).toBeGreaterThan(0);

    const detected = new Map<string, number>();
    for (const violation of violations) detected.set(violation.rule, (detected.get(violation.rule) ?? 0) + 1);
    for (const kind of BROKEN_ROW_KINDS) {
      const planted = summary.broken.byKind[kind.code as BrokenRowKind];
      const extra = kind.code === 'no_kk_unknown' ? orphans : 0;
      expect(detected.get(kind.code) ?? 0, kind.code).toBe(planted + extra);
    }
    const known = new Set<string>(BROKEN_ROW_KINDS.map((kind) => kind.code));
    expect(violations.filter((violation) => !known.has(violation.rule))).toEqual([]);
  });

  it('keeps NIK unique per periode even where a NIK was deliberately corrupted', () => {
    const nik = columnIndex('individu', 'nik');
    expect(nik).toBe(2);
    const seen = new Set<string>();
    for (const row of broken.individu) {
      const key = `${row.periode}|${row.nik}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});
