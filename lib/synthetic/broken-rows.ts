/**
 * Deliberately broken rows (`--invalid-rate`), for testing that the importer rejects what it must. Each
 * broken row has exactly one fault, of one of the kinds below; the `periode` column is never touched. The
 * breaker draws from its own generator, so the valid rows are the same whatever the rate.
 */
import { ageOn, isoDate, type PeriodInfo, yearOfDay } from './calendar';
import type { IdentityAllocator } from './identity';
import { type Family, NONE, type Person } from './people';
import { Random } from './random';
import { type ColumnOf, columnIndex, Role, type TableName } from './vocabulary';
import type { Cell } from './writers';

type KindDefinition<T extends TableName> = { code: string; file: T; column: ColumnOf<T> };

/** Every kind of fault the generator plants: its code, the file and the column that carries it. */
export const BROKEN_ROW_KINDS = [
  { code: 'kelurahan_unknown', file: 'keluarga', column: 'kode_kelurahan' },
  { code: 'pendataan_outside_periode', file: 'keluarga', column: 'tanggal_pendataan' },
  { code: 'rw_out_of_range', file: 'keluarga', column: 'rw' },
  { code: 'makanan_pokok_invalid', file: 'keluarga', column: 'makanan_pokok' },
  { code: 'no_kk_malformed', file: 'keluarga', column: 'no_kk' },
  { code: 'dasawisma_empty', file: 'keluarga', column: 'kelompok_dasawisma' },
  { code: 'hunian_unknown', file: 'keluarga', column: 'id_hunian' },
  { code: 'nik_birthdate_mismatch', file: 'individu', column: 'nik' },
  { code: 'nik_sex_mismatch', file: 'individu', column: 'nik' },
  { code: 'born_after_pendataan', file: 'individu', column: 'tanggal_lahir' },
  { code: 'hubungan_invalid', file: 'individu', column: 'hubungan' },
  { code: 'jenis_kelamin_invalid', file: 'individu', column: 'jenis_kelamin' },
  { code: 'no_kk_unknown', file: 'individu', column: 'no_kk' },
  { code: 'hamil_for_man', file: 'individu', column: 'hamil' },
  { code: 'luas_lantai_invalid', file: 'hunian', column: 'luas_lantai_m2' },
  { code: 'kriteria_rumah_invalid', file: 'hunian', column: 'kriteria_rumah' },
] as const satisfies readonly (
  | KindDefinition<'keluarga'>
  | KindDefinition<'individu'>
  | KindDefinition<'hunian'>
)[];

export type BrokenRowKind = (typeof BROKEN_ROW_KINDS)[number]['code'];
export type BrokenRowCounts = Record<BrokenRowKind, number>;

export function emptyBrokenRowCounts(): BrokenRowCounts {
  return Object.fromEntries(BROKEN_ROW_KINDS.map((kind) => [kind.code, 0])) as BrokenRowCounts;
}

const KELUARGA = {
  kodeKelurahan: columnIndex('keluarga', 'kode_kelurahan'),
  tanggal: columnIndex('keluarga', 'tanggal_pendataan'),
  rw: columnIndex('keluarga', 'rw'),
  makanan: columnIndex('keluarga', 'makanan_pokok'),
  noKk: columnIndex('keluarga', 'no_kk'),
  dasawisma: columnIndex('keluarga', 'kelompok_dasawisma'),
  hunian: columnIndex('keluarga', 'id_hunian'),
};
const INDIVIDU = {
  noKk: columnIndex('individu', 'no_kk'),
  nik: columnIndex('individu', 'nik'),
  jenisKelamin: columnIndex('individu', 'jenis_kelamin'),
  tanggalLahir: columnIndex('individu', 'tanggal_lahir'),
  hubungan: columnIndex('individu', 'hubungan'),
  hamil: columnIndex('individu', 'hamil'),
};
const HUNIAN = {
  luas: columnIndex('hunian', 'luas_lantai_m2'),
  kriteria: columnIndex('hunian', 'kriteria_rumah'),
};

const NOT_DKI_KELURAHAN = ['31.99.99.9999', '31.71.01.1099', '31.75.11.1001', '32.01.01.1001'];
const BAD_STAPLES = ['jagung', 'nasi', 'singkong'];
const BAD_RELATIONS = ['ayah', 'pembantu', 'keponakan', 'anak_angkat'];
const BAD_SEXES = ['X', '0', 'LP'];
const BAD_AREAS = ['0', '10000', 'dua puluh'];
const BAD_HOUSE_CRITERIA = ['layak', 'baik', 'tidak_sehat'];

/** Running share of rows that can take a fault, before any is seen: a family's head is never broken. */
const PRIOR_ELIGIBLE_SHARE = 0.68;

export class RowBreaker {
  readonly counts: BrokenRowCounts = emptyBrokenRowCounts();
  private readonly rng: Random;
  private individuRows = 0;
  private individuEligible = 0;

  constructor(
    seed: number,
    private readonly rate: number,
  ) {
    this.rng = new Random('broken-rows', seed);
  }

  get enabled(): boolean {
    return this.rate > 0;
  }

  /** Maybe breaks a keluarga row in place; true when it did. */
  keluarga(cells: Cell[], family: Family, period: PeriodInfo): boolean {
    if (!this.rng.chance(this.rate)) return false;
    const rng = this.rng;
    let kind = rng.int(7);
    const outside = kind === 1 ? this.dateOutside(family, period) : null;
    if (kind === 1 && outside === null) kind = 0;
    switch (kind) {
      case 0:
        cells[KELUARGA.kodeKelurahan] = rng.pick(NOT_DKI_KELURAHAN);
        return this.count('kelurahan_unknown');
      case 1:
        cells[KELUARGA.tanggal] = isoDate(outside ?? period.last + 1);
        return this.count('pendataan_outside_periode');
      case 2:
        cells[KELUARGA.rw] = rng.chance(0.5) ? '0' : '1000';
        return this.count('rw_out_of_range');
      case 3:
        cells[KELUARGA.makanan] = rng.pick(BAD_STAPLES);
        return this.count('makanan_pokok_invalid');
      case 4: {
        const kk = String(cells[KELUARGA.noKk] ?? '');
        const r = rng.int(3);
        cells[KELUARGA.noKk] =
          r === 0 ? kk.slice(0, 15) : r === 1 ? `${kk}7` : `${kk.slice(0, 10)}A${kk.slice(11)}`;
        return this.count('no_kk_malformed');
      }
      case 5:
        cells[KELUARGA.dasawisma] = '';
        return this.count('dasawisma_empty');
      default:
        cells[KELUARGA.hunian] = `${cells[KELUARGA.hunian] ?? ''}-X`;
        return this.count('hunian_unknown');
    }
  }

  /**
   * Maybe breaks an individu row in place; true when it did. The head of a family is left intact, so that
   * a family never loses its only `kepala` to a planted fault, and so are the members of a family whose
   * own row is broken (they are rejected with it anyway); other rows are broken a little more often to
   * keep the rate.
   */
  individu(
    cells: Cell[],
    person: Person,
    family: Family,
    familyBroken: boolean,
    ids: IdentityAllocator,
  ): boolean {
    this.individuRows++;
    if (person.role === Role.kepala || familyBroken) return false;
    this.individuEligible++;
    const eligibleShare =
      this.individuRows < 1000 ? PRIOR_ELIGIBLE_SHARE : this.individuEligible / this.individuRows;
    if (!this.rng.chance(Math.min(1, this.rate / eligibleShare))) return false;
    const rng = this.rng;
    for (let attempt = 0; attempt < 8; attempt++) {
      switch (rng.int(7)) {
        case 0: {
          const shift = 1 + rng.int(27);
          const forward = person.birth + shift;
          const other = yearOfDay(forward) === yearOfDay(person.birth) ? forward : person.birth - shift;
          if (this.renumber(cells, ids, person, other, person.female))
            return this.count('nik_birthdate_mismatch');
          break;
        }
        case 1:
          if (person.female && this.renumber(cells, ids, person, person.birth, false)) {
            return this.count('nik_sex_mismatch');
          }
          break;
        case 2: {
          const born = family.date + 1 + rng.int(60);
          if (this.renumber(cells, ids, person, born, person.female)) {
            cells[INDIVIDU.tanggalLahir] = isoDate(born);
            return this.count('born_after_pendataan');
          }
          break;
        }
        case 3:
          cells[INDIVIDU.hubungan] = rng.pick(BAD_RELATIONS);
          return this.count('hubungan_invalid');
        case 4:
          cells[INDIVIDU.jenisKelamin] = rng.pick(BAD_SEXES);
          return this.count('jenis_kelamin_invalid');
        case 5:
          // Not a pregnant woman: her family's stiker_p4k would then speak of nobody.
          if (person.due !== NONE) break;
          cells[INDIVIDU.noKk] = ids.unknownFamilyNumber();
          return this.count('no_kk_unknown');
        default:
          if (!person.female) {
            cells[INDIVIDU.hamil] = 'tidak';
            return this.count('hamil_for_man');
          }
      }
    }
    return false;
  }

  /** Maybe breaks a hunian row in place; true when it did. */
  hunian(cells: Cell[]): boolean {
    if (!this.rng.chance(this.rate)) return false;
    if (this.rng.chance(0.5)) {
      cells[HUNIAN.luas] = this.rng.pick(BAD_AREAS);
      return this.count('luas_lantai_invalid');
    }
    cells[HUNIAN.kriteria] = this.rng.pick(BAD_HOUSE_CRITERIA);
    return this.count('kriteria_rumah_invalid');
  }

  /**
   * A survey date just outside the period at which every member has the same age in full years and is
   * already born, so the members' rows stay as valid as they were (only the family row is wrong).
   */
  private dateOutside(family: Family, period: PeriodInfo): number | null {
    for (let attempt = 0; attempt < 6; attempt++) {
      const day =
        attempt % 2 === 0 ? period.last + 1 + this.rng.int(45) : period.first - 1 - this.rng.int(45);
      let keeps = true;
      for (const member of family.members) {
        if (member.birth > day || ageOn(member.birth, day) !== ageOn(member.birth, family.date)) {
          keeps = false;
          break;
        }
      }
      if (keeps) return day;
    }
    return null;
  }

  /** A NIK from the reserved serials whose date part encodes `birth` and `female` (so unique, yet wrong). */
  private renumber(
    cells: Cell[],
    ids: IdentityAllocator,
    person: Person,
    birth: number,
    female: boolean,
  ): boolean {
    const nik = ids.nik(person.origin, birth, female, true);
    if (nik === null) return false;
    cells[INDIVIDU.nik] = nik;
    return true;
  }

  private count(kind: BrokenRowKind): true {
    this.counts[kind]++;
    return true;
  }
}
