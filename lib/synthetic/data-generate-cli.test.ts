import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/run-cli';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-data-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const generate = (args: string[]) => runCli('data-generate', args, {});

describe('npm run data:generate', () => {
  it('writes a small submission and reports it in Bahasa Indonesia', async () => {
    const out = path.join(scratch, 'ok');
    const result = await generate([
      '--out',
      out,
      '--scale',
      '0.0005',
      '--from',
      '2025S1',
      '--to',
      '2025S2',
      '--seed',
      '3',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['hunian.csv', 'individu.csv', 'keluarga.csv', 'target.csv']);
    expect(result.stdout).toContain('Data Dasawisma sintetis ditulis');
    expect(result.stdout).toMatch(/Jiwa per periode: 2025S1 [\d.]+ · 2025S2 [\d.]+/);
  });

  const refusals: [string, string[], RegExp][] = [
    ['a missing --out', [], /--out/],
    ['a flag without its value', ['--out'], /--out/],
    ['an unknown flag', ['--out', 'x', '--sclae', '1'], /--sclae/],
    ['a scale that is not a number', ['--out', 'x', '--scale', 'banyak'], /--scale/],
    ['a scale of 0', ['--out', 'x', '--scale', '0'], /--scale/],
    ['a scale above 2', ['--out', 'x', '--scale', '2.5'], /--scale/],
    ['a period that is not one', ['--out', 'x', '--from', '2025S3'], /--from/],
    [
      'a first period after the last',
      ['--out', 'x', '--from', '2026S1', '--to', '2025S2'],
      /--from \(2026S1\)/,
    ],
    ['an invalid rate above 0.5', ['--out', 'x', '--invalid-rate', '0.7'], /--invalid-rate/],
    ['an unknown format', ['--out', 'x', '--format', 'json'], /--format/],
    ['a seed that is not a whole number', ['--out', 'x', '--seed', '1.5'], /--seed/],
  ];

  it.concurrent.each(refusals)(
    'refuses %s with exit code 2 and a message in both languages',
    async (_, args, flag) => {
      const result = await generate(args);
      expect(result.code).toBe(2);
      const lines = result.stderr.split('\n');
      const indonesian = lines[0];
      // The English message follows the Indonesian one and its usage line.
      const english = lines.find((line, index) => index > 0 && !line.includes('Pemakaian'));
      expect(indonesian).toMatch(flag);
      expect(indonesian).toMatch(/harus|Sebutkan|tidak dikenal|jatuh setelah|perlu nilai/);
      expect(english).toMatch(/must|Give|Unknown|is after|needs/);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('refuses an xlsx workbook too large for a sheet before writing anything', async () => {
    const out = path.join(scratch, 'too-big');
    const result = await generate(['--out', out, '--format', 'xlsx', '--scale', '0.5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format csv');
    expect(() => readdirSync(out)).toThrow();
  });
});
