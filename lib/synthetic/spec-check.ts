/**
 * An independent reading of a generated CSV submission against the rules of the exchange format and the
 * generator's own promises (consistent NIKs, one head per family, conditional empty cells…). Used by the
 * tests: a valid submission must have no violation, and each deliberately broken row exactly one, of the
 * kind the generator says it planted. Rules that share a name with a BrokenRowKind detect that kind.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { getDistricts } from 'idn-area-data';
import { readJakartaRegions } from '../geo/reference-regions';
import { isDateInPeriod, parsePeriod } from '../register/periods';
import {
  BERKEBUTUHAN_KHUSUS,
  HUBUNGAN,
  JAMBAN,
  KB,
  KRITERIA_RUMAH,
  MAKANAN_POKOK,
  PENDIDIKAN,
  STATUS_KAWIN,
  STATUS_MILIK,
  SUMBER_AIR,
  TABLE_NAMES,
  TAHAPAN_KS,
  type TableName,
} from './vocabulary';

export type Row = Record<string, string> & { line: number };
export type ParsedSubmission = Record<TableName, Row[]>;
export type Violation = { file: TableName; line: number; rule: string };

export async function readCsvSubmission(dir: string): Promise<ParsedSubmission> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (table) => {
      const text = await readFile(path.join(dir, `${table}.csv`), 'utf8');
      const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      return [table, records.map((record, index) => ({ ...record, line: index + 2 }))] as const;
    }),
  );
  return Object.fromEntries(entries) as ParsedSubmission;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS_16 = /^\d{16}$/;
const BOOLEAN = new Set(['ya', 'tidak']);
const MODERN_OR_NOT = new Set<string>(KB);

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Full years between two valid ISO dates. */
export function ageBetween(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The birth date part a NIK should carry: DD (+40 for women) MM YY. */
export function nikDateText(birth: string, female: boolean): string {
  const day = Number(birth.slice(8, 10)) + (female ? 40 : 0);
  return `${String(day).padStart(2, '0')}${birth.slice(5, 7)}${birth.slice(2, 4)}`;
}

type Reference = { kelurahan: Set<string>; prefixes: Set<string> };
let reference: Promise<Reference> | undefined;

function loadReference(): Promise<Reference> {
  reference ??= (async () => {
    const [regions, districts] = await Promise.all([readJakartaRegions(), getDistricts()]);
    return {
      kelurahan: new Set(regions.filter((region) => region.level === 'village').map((region) => region.code)),
      prefixes: new Set(districts.map((district) => district.code.replaceAll('.', ''))),
    };
  })();
  return reference;
}

export async function checkSubmission(submission: ParsedSubmission): Promise<Violation[]> {
  const { kelurahan, prefixes } = await loadReference();
  const violations: Violation[] = [];
  const flag = (file: TableName, line: number, rule: string) => violations.push({ file, line, rule });

  const dwellings = new Set<string>();
  for (const row of submission.hunian) {
    if (!parsePeriod(row.periode ?? '')) flag('hunian', row.line, 'periode_invalid');
    if (!kelurahan.has(row.kode_kelurahan ?? '')) flag('hunian', row.line, 'kelurahan_unknown');
    const id = row.id_hunian ?? '';
    if (id === '' || id.length > 40) flag('hunian', row.line, 'id_hunian_invalid');
    const area = Number(row.luas_lantai_m2);
    if (!(row.luas_lantai_m2 !== '' && area > 0 && area < 10_000))
      flag('hunian', row.line, 'luas_lantai_invalid');
    if (!(KRITERIA_RUMAH as readonly string[]).includes(row.kriteria_rumah ?? '')) {
      flag('hunian', row.line, 'kriteria_rumah_invalid');
    }
    if (!(STATUS_MILIK as readonly string[]).includes(row.status_milik ?? ''))
      flag('hunian', row.line, 'value_invalid');
    const key = `${row.periode}|${row.kode_kelurahan}|${id}`;
    if (dwellings.has(key)) flag('hunian', row.line, 'hunian_duplicate');
    dwellings.add(key);
  }

  const families = new Map<string, Row>();
  for (const row of submission.keluarga) {
    const period = parsePeriod(row.periode ?? '');
    if (!period) flag('keluarga', row.line, 'periode_invalid');
    const date = row.tanggal_pendataan ?? '';
    if (!validDate(date) || (period && !isDateInPeriod(date, period))) {
      flag('keluarga', row.line, 'pendataan_outside_periode');
    }
    if (!kelurahan.has(row.kode_kelurahan ?? '')) flag('keluarga', row.line, 'kelurahan_unknown');
    for (const column of ['rw', 'rt'] as const) {
      const value = Number(row[column]);
      if (!(/^\d+$/.test(row[column] ?? '') && value >= 1 && value <= 999)) {
        flag('keluarga', row.line, `${column}_out_of_range`);
      }
    }
    const group = row.kelompok_dasawisma ?? '';
    if (group === '' || group.length > 40) flag('keluarga', row.line, 'dasawisma_empty');
    const kk = row.no_kk ?? '';
    if (!DIGITS_16.test(kk)) flag('keluarga', row.line, 'no_kk_malformed');
    else if (!prefixes.has(kk.slice(0, 6))) flag('keluarga', row.line, 'id_prefix_unknown');
    const id = row.id_hunian ?? '';
    // The link can only be followed from a known kelurahan.
    const linked =
      !kelurahan.has(row.kode_kelurahan ?? '') || dwellings.has(`${row.periode}|${row.kode_kelurahan}|${id}`);
    if (id === '' || id.length > 40 || !linked) flag('keluarga', row.line, 'hunian_unknown');
    if (!(MAKANAN_POKOK as readonly string[]).includes(row.makanan_pokok ?? '')) {
      flag('keluarga', row.line, 'makanan_pokok_invalid');
    }
    const choices: [string, readonly string[]][] = [
      ['sumber_air', SUMBER_AIR],
      ['jamban', JAMBAN],
      ['tahapan_ks', TAHAPAN_KS],
    ];
    for (const [column, allowed] of choices) {
      if (!allowed.includes(row[column] ?? '')) flag('keluarga', row.line, 'value_invalid');
    }
    for (const column of [
      'tempat_sampah',
      'spal',
      'up2k',
      'pemanfaatan_pekarangan',
      'industri_rumah_tangga',
      'kerja_bakti',
    ]) {
      if (!BOOLEAN.has(row[column] ?? '')) flag('keluarga', row.line, 'value_invalid');
    }
    if (row.stiker_p4k !== '' && !BOOLEAN.has(row.stiker_p4k ?? ''))
      flag('keluarga', row.line, 'value_invalid');
    const key = `${row.periode}|${kk}`;
    if (families.has(key)) flag('keluarga', row.line, 'no_kk_duplicate');
    families.set(key, row);
  }

  const niks = new Set<string>();
  const members = new Map<string, Row[]>();
  for (const row of submission.individu) {
    const kk = row.no_kk ?? '';
    const family = families.get(`${row.periode}|${kk}`);
    if (!family) flag('individu', row.line, 'no_kk_unknown');
    else {
      const list = members.get(`${row.periode}|${kk}`) ?? [];
      list.push(row);
      members.set(`${row.periode}|${kk}`, list);
    }
    const sex = row.jenis_kelamin ?? '';
    const sexValid = sex === 'L' || sex === 'P';
    if (!sexValid) flag('individu', row.line, 'jenis_kelamin_invalid');
    const female = sex === 'P';
    const birth = row.tanggal_lahir ?? '';
    const nik = row.nik ?? '';
    if (!validDate(birth)) flag('individu', row.line, 'tanggal_lahir_invalid');
    if (!DIGITS_16.test(nik)) flag('individu', row.line, 'nik_malformed');
    else {
      if (!prefixes.has(nik.slice(0, 6))) flag('individu', row.line, 'id_prefix_unknown');
      if (sexValid && validDate(birth) && nik.slice(6, 12) !== nikDateText(birth, female)) {
        const otherSex = nik.slice(6, 12) === nikDateText(birth, !female);
        flag('individu', row.line, otherSex ? 'nik_sex_mismatch' : 'nik_birthdate_mismatch');
      }
      const key = `${row.periode}|${nik}`;
      if (niks.has(key)) flag('individu', row.line, 'nik_duplicate');
      niks.add(key);
    }
    const on = family?.tanggal_pendataan ?? '';
    if (family && validDate(birth) && validDate(on) && birth > on)
      flag('individu', row.line, 'born_after_pendataan');
    if (!(HUBUNGAN as readonly string[]).includes(row.hubungan ?? ''))
      flag('individu', row.line, 'hubungan_invalid');
    const choices: [string, readonly string[]][] = [
      ['status_kawin', STATUS_KAWIN],
      ['pendidikan', PENDIDIKAN],
      ['berkebutuhan_khusus', BERKEBUTUHAN_KHUSUS],
    ];
    for (const [column, allowed] of choices) {
      if (!allowed.includes(row[column] ?? '')) flag('individu', row.line, 'value_invalid');
    }
    for (const column of ['sedang_sekolah', 'bisa_baca_tulis', 'punya_jkn', 'punya_tabungan']) {
      if (!BOOLEAN.has(row[column] ?? '')) flag('individu', row.line, 'value_invalid');
    }
    if (sexValid) {
      for (const column of ['hamil', 'menyusui'] as const) {
        const value = row[column] ?? '';
        if (female && !BOOLEAN.has(value)) flag('individu', row.line, `${column}_missing`);
        if (!female && value !== '')
          flag('individu', row.line, column === 'hamil' ? 'hamil_for_man' : 'menyusui_for_man');
      }
    }
    if (!family || !validDate(birth) || !validDate(on) || birth > on || !sexValid) continue;
    const age = ageBetween(birth, on);
    const pus = female && age >= 15 && age <= 49 && row.status_kawin === 'kawin';
    const kb = row.kb ?? '';
    if (pus !== (kb !== '') || (kb !== '' && !MODERN_OR_NOT.has(kb)))
      flag('individu', row.line, 'kb_inconsistent');
    const paud = row.ikut_paud ?? '';
    if ((age >= 3 && age <= 6) !== (paud !== '') || (paud !== '' && !BOOLEAN.has(paud))) {
      flag('individu', row.line, 'paud_inconsistent');
    }
    const posyandu = row.aktif_posyandu ?? '';
    if (age < 5 !== (posyandu !== '') || (posyandu !== '' && !BOOLEAN.has(posyandu))) {
      flag('individu', row.line, 'posyandu_inconsistent');
    }
    if (row.hamil === 'ya' && (age < 15 || age > 49)) flag('individu', row.line, 'pregnancy_implausible');
    const level = (PENDIDIKAN as readonly string[]).indexOf(row.pendidikan ?? '');
    const maxLevel = age < 7 ? 0 : age < 13 ? 1 : age < 16 ? 2 : age < 19 ? 3 : age < 23 ? 5 : 6;
    if (level > maxLevel) flag('individu', row.line, 'pendidikan_implausible');
  }

  for (const [key, list] of members) {
    const family = families.get(key);
    if (!family) continue;
    const heads = list.filter((member) => member.hubungan === 'kepala');
    if (heads.length !== 1) flag('keluarga', family.line, 'kepala_count');
    const spouses = list.filter((member) => member.hubungan === 'istri' || member.hubungan === 'suami');
    for (const spouse of spouses)
      if (spouse.status_kawin !== 'kawin') flag('individu', spouse.line, 'spouse_not_kawin');
    if (spouses.length > 0 && heads[0] && heads[0].status_kawin !== 'kawin') {
      flag('keluarga', family.line, 'kepala_not_kawin');
    }
    const pregnant = list.some((member) => member.hamil === 'ya');
    if (pregnant !== ((family.stiker_p4k ?? '') !== '')) flag('keluarga', family.line, 'p4k_inconsistent');
  }
  for (const [key, family] of families) {
    if (DIGITS_16.test(family.no_kk ?? '') && !members.has(key)) {
      flag('keluarga', family.line, 'family_without_members');
    }
  }

  const targets = new Set<string>();
  for (const row of submission.target) {
    if (!kelurahan.has(row.kode_kelurahan ?? '')) flag('target', row.line, 'kelurahan_unknown');
    if (!/^\d+$/.test(row.keluarga_sasaran ?? '')) flag('target', row.line, 'value_invalid');
    const key = `${row.periode}|${row.kode_kelurahan}`;
    if (targets.has(key)) flag('target', row.line, 'target_duplicate');
    targets.add(key);
  }
  return violations;
}
