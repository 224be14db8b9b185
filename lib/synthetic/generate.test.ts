import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GenerateOptions, type GenerateSummary, generateSubmission } from './generate';
import { KOTA_PERSONS, loadKelurahanProfiles } from './kelurahan-profiles';
import {
  ageBetween,
  checkSubmission,
  type ParsedSubmission,
  type Row,
  readCsvSubmission,
} from './spec-check';
import { TABLE_COLUMNS, TABLE_NAMES } from './vocabulary';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BASE: Omit<GenerateOptions, 'outDir'> = {
  scale: 0.002,
  seed: 11,
  from: { year: 2024, half: 2 },
  to: { year: 2025, half: 2 },
  format: 'csv',
  invalidRate: 0,
};
const PERIODS = ['2024S2', '2025S1', '2025S2'];

function generate(name: string, options: Partial<GenerateOptions> = {}): Promise<GenerateSummary> {
  return generateSubmission({ ...BASE, ...options, outDir: path.join(scratch, name) });
}

function fileText(name: string, table: string): string {
  return readFileSync(path.join(scratch, name, `${table}.csv`), 'utf8');
}

function inPeriod(rows: Row[], period: string): Row[] {
  return rows.filter((row) => row.periode === period);
}

let summary: GenerateSummary;
let data: ParsedSubmission;

beforeAll(async () => {
  summary = await generate('main');
  data = await readCsvSubmission(path.join(scratch, 'main'));
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed and options, and different ones for another seed', async () => {
    await generate('again');
    await generate('other-seed', { seed: 12 });
    for (const table of TABLE_NAMES) {
      expect(fileText('again', table) === fileText('main', table), table).toBe(true);
      if (table !== 'target')
        expect(fileText('other-seed', table) === fileText('main', table), table).toBe(false);
    }
  });

  it('writes the format exactly: header in spec order, no BOM, \\n line ends, a row count as summarised', () => {
    for (const table of TABLE_NAMES) {
      const text = fileText('main', table);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n')).toBe(true);
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toBe(TABLE_COLUMNS[table].join(','));
      expect(lines.length - 1).toBe(summary.rows[table]);
    }
    expect(Object.keys(summary.personsByPeriod)).toEqual(PERIODS);
    for (const period of PERIODS) {
      expect(summary.personsByPeriod[period]).toBe(inPeriod(data.individu, period).length);
    }
  });
});

describe('a believable Jakarta', () => {
  let sized: ParsedSubmission;
  beforeAll(async () => {
    await generate('sized', { scale: 0.01, from: { year: 2025, half: 1 }, to: { year: 2025, half: 1 } });
    sized = await readCsvSubmission(path.join(scratch, 'sized'));
  });

  it('has the kota person totals of DESIGN.md times the scale', () => {
    const kotaOfFamily = new Map(sized.keluarga.map((row) => [row.no_kk, row.kode_kelurahan?.slice(0, 5)]));
    const persons = new Map<string, number>();
    for (const row of sized.individu) {
      const kota = kotaOfFamily.get(row.no_kk ?? '') ?? '';
      persons.set(kota, (persons.get(kota) ?? 0) + 1);
    }
    for (const [kota, total] of Object.entries(KOTA_PERSONS)) {
      const ratio = (persons.get(kota) ?? 0) / (total * 0.01);
      // Kepulauan Seribu has ~300 persons at this scale, in six kelurahan of a few families each.
      const tolerance = kota === '31.01' ? 0.12 : 0.03;
      expect(Math.abs(ratio - 1), `${kota}: ${ratio}`).toBeLessThan(tolerance);
    }
    const perFamily = sized.individu.length / sized.keluarga.length;
    expect(perFamily).toBeGreaterThan(3.05);
    expect(perFamily).toBeLessThan(3.35);
  });

  it('has an age and sex structure like Jakarta', () => {
    let underFive = 0;
    let elderly = 0;
    let youngAdults = 0;
    let teens = 0;
    let men = 0;
    const surveyed = new Map(sized.keluarga.map((row) => [row.no_kk, row.tanggal_pendataan ?? '']));
    for (const row of sized.individu) {
      const age = ageBetween(row.tanggal_lahir ?? '', surveyed.get(row.no_kk ?? '') ?? '');
      if (age < 5) underFive++;
      if (age >= 60) elderly++;
      if (age >= 25 && age < 35) youngAdults++;
      if (age >= 15 && age < 25) teens++;
      if (row.jenis_kelamin === 'L') men++;
    }
    const total = sized.individu.length;
    expect(underFive / total).toBeGreaterThan(0.065);
    expect(underFive / total).toBeLessThan(0.085);
    expect(elderly / total).toBeGreaterThan(0.08);
    expect(elderly / total).toBeLessThan(0.105);
    // The young-adult bulge: 25-34 outnumber 15-24.
    expect(youngAdults).toBeGreaterThan(teens);
    const sexRatio = (100 * men) / (total - men);
    expect(sexRatio).toBeGreaterThan(96);
    expect(sexRatio).toBeLessThan(106);
  });

  it('has couples of plausible ages, spaced children, varied households', () => {
    const byFamily = groupBy(sized.individu, (row) => row.no_kk ?? '');
    let couples = 0;
    let usualGap = 0;
    let gaps = 0;
    let shortGaps = 0;
    let twins = 0;
    let singles = 0;
    let femaleHeads = 0;
    const roles = new Set<string>();
    for (const members of byFamily.values()) {
      const head = members.find((member) => member.hubungan === 'kepala');
      const spouse = members.find((member) => member.hubungan === 'istri' || member.hubungan === 'suami');
      if (members.length === 1) singles++;
      if (head?.jenis_kelamin === 'P') femaleHeads++;
      for (const member of members) roles.add(member.hubungan ?? '');
      if (head && spouse) {
        const husband = head.jenis_kelamin === 'L' ? head : spouse;
        const wife = husband === head ? spouse : head;
        const gap = Number(wife.tanggal_lahir?.slice(0, 4)) - Number(husband.tanggal_lahir?.slice(0, 4));
        couples++;
        if (gap >= 0 && gap <= 8) usualGap++;
      }
      const births = members
        .filter((member) => member.hubungan === 'anak')
        .map((member) => Date.parse(member.tanggal_lahir ?? ''))
        .sort((a, b) => a - b);
      for (let i = 1; i < births.length; i++) {
        const days = ((births[i] ?? 0) - (births[i - 1] ?? 0)) / 86_400_000;
        gaps++;
        if (days === 0) twins++;
        else if (days < 730) shortGaps++;
      }
    }
    expect(usualGap / couples).toBeGreaterThan(0.75);
    expect(twins).toBeGreaterThan(0);
    expect(twins / gaps).toBeLessThan(0.04);
    expect(shortGaps / gaps).toBeGreaterThan(0.02);
    expect(shortGaps / gaps).toBeLessThan(0.15);
    expect(singles / byFamily.size).toBeGreaterThan(0.05);
    expect(femaleHeads / byFamily.size).toBeGreaterThan(0.08);
    for (const role of ['orang_tua', 'cucu', 'menantu', 'famili_lain', 'suami'])
      expect(roles).toContain(role);
    const pregnant = sized.individu.filter((row) => row.hamil === 'ya');
    expect(pregnant.length).toBeGreaterThan(0);
    for (const woman of pregnant)
      expect(woman.status_kawin === 'kawin' || woman.status_kawin?.startsWith('cerai')).toBe(true);
  });

  it('has worse water and sanitation on the northern coast and in Kepulauan Seribu than in the south', () => {
    const safe = new Set(['pdam', 'sumur_terlindung', 'air_kemasan']);
    const share = (rows: Row[], test: (row: Row) => boolean) => rows.filter(test).length / rows.length;
    const coast = sized.keluarga.filter((row) =>
      ['31.72.01', '31.72.02', '31.72.03', '31.72.04', '31.72.05', '31.01.01', '31.01.02'].includes(
        row.kode_kelurahan?.slice(0, 8) ?? '',
      ),
    );
    const south = sized.keluarga.filter((row) => row.kode_kelurahan?.startsWith('31.74.'));
    const water = (row: Row) => safe.has(row.sumber_air ?? '');
    const latrine = (row: Row) => row.jamban === 'sendiri' || row.jamban === 'bersama';
    expect(share(south, water) - share(coast, water)).toBeGreaterThan(0.08);
    expect(share(south, latrine) - share(coast, latrine)).toBeGreaterThan(0.08);
    expect(
      share(south, (row) => row.spal === 'ya') - share(coast, (row) => row.spal === 'ya'),
    ).toBeGreaterThan(0.1);
  });

  it('has shared, crowded dwellings where it is dense, and a few that nobody names', () => {
    const named = new Map<string, number>();
    const occupants = new Map<string, number>();
    const sizes = new Map(sized.keluarga.map((row) => [row.no_kk, 0]));
    for (const row of sized.individu) sizes.set(row.no_kk, (sizes.get(row.no_kk) ?? 0) + 1);
    for (const row of sized.keluarga) {
      const key = `${row.kode_kelurahan}|${row.id_hunian}`;
      named.set(key, (named.get(key) ?? 0) + 1);
      occupants.set(key, (occupants.get(key) ?? 0) + (sizes.get(row.no_kk) ?? 0));
    }
    const stats = (prefixes: string[]) => {
      const rows = sized.hunian.filter((row) =>
        prefixes.some((prefix) => row.kode_kelurahan?.startsWith(prefix)),
      );
      const used = rows.filter((row) => named.has(`${row.kode_kelurahan}|${row.id_hunian}`));
      const key = (row: Row) => `${row.kode_kelurahan}|${row.id_hunian}`;
      return {
        empty: (rows.length - used.length) / rows.length,
        shared: used.filter((row) => (named.get(key(row)) ?? 0) > 1).length / used.length,
        crowded:
          used.filter((row) => Number(row.luas_lantai_m2) / (occupants.get(key(row)) ?? 1) < 7.2).length /
          used.length,
      };
    };
    // Tambora and Johar Baru (dense kampung) against Cilandak and Kebayoran Baru.
    const dense = stats(['31.73.04.', '31.71.08.']);
    const spacious = stats(['31.74.06.', '31.74.07.']);
    expect(dense.shared).toBeGreaterThan(spacious.shared + 0.1);
    expect(dense.crowded).toBeGreaterThan(spacious.crowded + 0.15);
    const all = stats(['31.']);
    expect(all.empty).toBeGreaterThan(0.005);
    expect(all.empty).toBeLessThan(0.06);
  });

  it('gives kelurahan of very different sizes, fixed by their codes', async () => {
    const profiles = await loadKelurahanProfiles();
    const seribu = profiles.filter((profile) => profile.kotaCode === '31.01');
    for (const profile of seribu) expect(profile.recordedPersons).toBeLessThan(10_000);
    expect(profiles.some((profile) => profile.recordedPersons > 60_000)).toBe(true);
    for (const kota of ['31.71', '31.72', '31.73', '31.74', '31.75']) {
      const sizes = profiles
        .filter((profile) => profile.kotaCode === kota)
        .map((profile) => profile.recordedPersons);
      expect(Math.max(...sizes) / Math.min(...sizes), kota).toBeGreaterThan(4);
    }
    const worsening = profiles.filter((profile) => profile.trend.some((direction) => direction < 0));
    expect(worsening.length / profiles.length).toBeGreaterThan(0.08);
    expect(worsening.length / profiles.length).toBeLessThan(0.2);
  });
});

describe('every row obeys the exchange format', () => {
  it('has no violation at all in a submission without deliberate faults', async () => {
    expect(await checkSubmission(data)).toEqual([]);
  });

  it('puts every family of a kelurahan and periode in a dwelling of the same kelurahan and periode', () => {
    const dwellings = new Set(
      data.hunian.map((row) => `${row.periode}|${row.kode_kelurahan}|${row.id_hunian}`),
    );
    for (const row of data.keluarga) {
      expect(dwellings.has(`${row.periode}|${row.kode_kelurahan}|${row.id_hunian}`)).toBe(true);
    }
  });

  it('spreads the survey dates over the months of the periode', () => {
    for (const period of PERIODS) {
      const months = new Set(
        inPeriod(data.keluarga, period).map((row) => row.tanggal_pendataan?.slice(0, 7)),
      );
      expect(months.size, period).toBe(6);
    }
  });
});

describe('change over the periods', () => {
  it('keeps most families from one periode to the next, with births, newcomers and new couples', () => {
    const families = (period: string) => new Set(inPeriod(data.keluarga, period).map((row) => row.no_kk));
    const before = families('2025S1');
    const after = families('2025S2');
    const kept = [...before].filter((kk) => after.has(kk)).length;
    expect(kept / before.size).toBeGreaterThan(0.8);

    const earlier = new Map(inPeriod(data.individu, '2025S1').map((row) => [row.nik, row]));
    const later = inPeriod(data.individu, '2025S2');
    for (const row of later) {
      const previous = earlier.get(row.nik);
      if (previous) expect(previous.tanggal_lahir).toBe(row.tanggal_lahir);
    }
    const births = later.filter(
      (row) =>
        !earlier.has(row.nik) && (row.tanggal_lahir ?? '') >= '2025-01-01' && row.hubungan !== 'kepala',
    );
    expect(births.length).toBeGreaterThan(50);

    const newFamilies = inPeriod(data.keluarga, '2025S2').filter((row) => !before.has(row.no_kk));
    const newcomers = newFamilies.filter((row) => !row.no_kk?.startsWith('31'));
    expect(newcomers.length).toBeGreaterThan(10);
    const formerChildren = new Set(
      inPeriod(data.individu, '2025S1')
        .filter((row) => row.hubungan === 'anak')
        .map((row) => row.nik),
    );
    const newKk = new Set(newFamilies.map((row) => row.no_kk));
    const married = later.filter(
      (row) =>
        newKk.has(row.no_kk) &&
        (row.hubungan === 'kepala' || row.hubungan === 'istri') &&
        formerChildren.has(row.nik),
    );
    expect(married.length).toBeGreaterThan(3);
  });

  it('lets a family missed in one periode reappear in a later one', () => {
    const families = (period: string) => new Set(inPeriod(data.keluarga, period).map((row) => row.no_kk));
    const [first, second, third] = PERIODS.map(families) as [Set<string>, Set<string>, Set<string>];
    const back = [...first].filter((kk) => !second.has(kk) && third.has(kk));
    expect(back.length).toBeGreaterThan(5);
  });

  it('covers 75-99% of the target families, with a target row missing for about 1% of kelurahan-periods', () => {
    const recorded = new Map<string, number>();
    for (const row of data.keluarga) {
      const key = `${row.periode}|${row.kode_kelurahan}`;
      recorded.set(key, (recorded.get(key) ?? 0) + 1);
    }
    const ratios = data.target
      .filter((row) => Number(row.keluarga_sasaran) >= 40)
      .map(
        (row) => (recorded.get(`${row.periode}|${row.kode_kelurahan}`) ?? 0) / Number(row.keluarga_sasaran),
      );
    expect(Math.min(...ratios)).toBeGreaterThan(0.7);
    expect(Math.max(...ratios)).toBeLessThan(1);
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeGreaterThan(0.15);
    const missing = 267 * PERIODS.length - data.target.length;
    expect(missing).toBeGreaterThan(0);
    expect(missing / (267 * PERIODS.length)).toBeLessThan(0.03);
  });

  it('improves most indicators slowly', () => {
    const share = (period: string, test: (row: Row) => boolean, rows: Row[]) => {
      const selected = inPeriod(rows, period);
      return selected.filter(test).length / selected.length;
    };
    const jkn = (row: Row) => row.punya_jkn === 'ya';
    const poor = (row: Row) => row.tahapan_ks === 'pra_sejahtera';
    expect(share('2025S2', jkn, data.individu)).toBeGreaterThan(share('2024S2', jkn, data.individu));
    expect(share('2025S2', poor, data.keluarga)).toBeLessThan(share('2024S2', poor, data.keluarga));
  });
});

describe('xlsx', () => {
  it('holds exactly the cells of the CSV files, as text', async () => {
    const options = {
      scale: 0.0005,
      from: { year: 2025, half: 1 },
      to: { year: 2025, half: 1 },
      invalidRate: 0.05,
    } as const;
    const xlsx = await generate('xlsx', { ...options, format: 'xlsx' });
    await generate('xlsx-csv', options);
    expect(xlsx.files.map((file) => path.basename(file))).toEqual(['dasawisma.xlsx']);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path.join(scratch, 'xlsx', 'dasawisma.xlsx'), {});
    const sheets: string[] = [];
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: 'keluarga' | 'individu' | 'hunian' | 'target' }).name;
      sheets.push(name);
      const width = TABLE_COLUMNS[name].length;
      const lines: string[] = [];
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let column = 1; column <= width; column++) {
          const value = values[column] ?? '';
          expect(typeof value).toBe('string');
          cells.push(value as string);
        }
        lines.push(`${cells.join(',')}\n`);
      }
      expect(lines.join(''), name).toBe(fileText('xlsx-csv', name));
    }
    expect(sheets).toEqual(['keluarga', 'individu', 'hunian', 'target']);
  });
});

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}
