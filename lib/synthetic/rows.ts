/**
 * One row of each table as text cells, in the column order of the exchange format. The arrays are reused
 * from row to row (this runs once per person per period), so a sink must consume them before the next call.
 */
import { ageOn, isoDate, type PeriodInfo } from './calendar';
import { digits } from './digits';
import type { Dwelling } from './dwellings';
import type { KelurahanProfile } from './kelurahan-profiles';
import { Model, type PeriodLevels, PROSPERITY_CUTS } from './levels';
import { type Family, NONE, type Person } from './people';
import { cumulativeShares, indexAt, logit, Trait, traitUnit } from './random';
import {
  BERKEBUTUHAN_KHUSUS,
  Education,
  HUBUNGAN,
  HUNIAN_COLUMNS,
  INDIVIDU_COLUMNS,
  JAMBAN,
  KB,
  KELUARGA_COLUMNS,
  KRITERIA_RUMAH,
  MAKANAN_POKOK,
  Marital,
  NO,
  PENDIDIKAN,
  STATUS_KAWIN,
  STATUS_MILIK,
  type SUMBER_AIR,
  TAHAPAN_KS,
  TARGET_COLUMNS,
  YES,
} from './vocabulary';
import type { Cell } from './writers';

const SAFE_WATER = [
  'pdam',
  'sumur_terlindung',
  'air_kemasan',
] as const satisfies readonly (typeof SUMBER_AIR)[number][];
const UNSAFE_WATER = [
  'sumur_tidak_terlindung',
  'mata_air',
  'sungai',
  'lainnya',
] as const satisfies readonly (typeof SUMBER_AIR)[number][];
/** Age at which someone whose education ends at each PENDIDIKAN level leaves school. */
const LEAVING_AGE = [0, 13, 16, 19, 22, 23, 26];
/** Modern methods recorded in a PUS woman's `kb`, with their weights (injection is by far the commonest). */
const MODERN_KB = [1, 2, 3, 4, 5, 6, 7] as const;
const MODERN_KB_CUMULATIVE = cumulativeShares([16, 42, 12, 14, 7, 8, 1]);
const TRADITIONAL_KB_SHARE = 0.03;
const BREASTFEEDING_DAYS = 730;
/** Babies under one are brought to the posyandu more often (welfare-scale bonus). */
const INFANT_POSYANDU_BONUS = 0.8;

function yesNo(value: boolean): string {
  return value ? YES : NO;
}

/** The chances all members of one family share in one period, worked out once per family. */
class MemberChances {
  private family: Family | null = null;
  private levels: PeriodLevels | null = null;
  dropOut = 0;
  paud = 0;
  posyandu = 0;
  posyanduInfant = 0;
  jkn = 0;
  savingsAdult = 0;
  savingsChild = 0;
  kbModern = 0;

  update(family: Family, levels: PeriodLevels): void {
    if (family === this.family && levels === this.levels) return;
    this.family = family;
    this.levels = levels;
    const wealth = family.wealth;
    this.dropOut = levels.chance(Model.dropOut, wealth);
    this.paud = levels.chance(Model.paud, wealth);
    this.posyandu = levels.chance(Model.posyandu, wealth);
    this.posyanduInfant = levels.chance(Model.posyandu, wealth + INFANT_POSYANDU_BONUS);
    this.jkn = levels.chance(Model.jkn, wealth);
    this.savingsAdult = levels.chance(Model.savingsAdult, wealth);
    this.savingsChild = levels.chance(Model.savingsChild, wealth);
    this.kbModern = levels.chance(Model.kbModern, wealth);
  }
}

export class RowFormatter {
  private readonly keluarga: Cell[] = new Array(KELUARGA_COLUMNS.length).fill('');
  private readonly individu: Cell[] = new Array(INDIVIDU_COLUMNS.length).fill('');
  private readonly hunian: Cell[] = new Array(HUNIAN_COLUMNS.length).fill('');
  private readonly target: Cell[] = new Array(TARGET_COLUMNS.length).fill('');
  private readonly chances = new MemberChances();

  constructor(private readonly profile: KelurahanProfile) {}

  keluargaRow(family: Family, levels: PeriodLevels, period: PeriodInfo): Cell[] {
    const cells = this.keluarga;
    const dwelling = family.dwelling;
    const wealth = family.wealth;
    const seed = family.seed;
    const waterKind = traitUnit(seed, Trait.waterKind);
    const latrineKind = traitUnit(seed, Trait.latrineKind);
    let pregnant = false;
    for (const member of family.members) if (member.due !== NONE) pregnant = true;

    cells[0] = period.label;
    cells[1] = isoDate(family.date);
    cells[2] = this.profile.code;
    cells[3] = digits(dwelling.rw);
    cells[4] = digits(dwelling.rt);
    cells[5] = dwelling.group;
    cells[6] = family.kk;
    cells[7] = dwelling.id;
    cells[8] = MAKANAN_POKOK[traitUnit(seed, Trait.staple) < levels.nonRiceStaple ? 1 : 0];
    cells[9] =
      traitUnit(seed, Trait.water) < levels.chance(Model.safeWater, wealth)
        ? (SAFE_WATER[indexAt(levels.safeWaterCumulative, waterKind)] ?? 'pdam')
        : (UNSAFE_WATER[indexAt(levels.unsafeWaterCumulative, waterKind)] ?? 'lainnya');
    cells[10] =
      traitUnit(seed, Trait.latrine) < levels.chance(Model.properLatrine, wealth)
        ? JAMBAN[latrineKind < (dwelling.families > 1 ? 0.5 : 0.08) ? 1 : 0]
        : JAMBAN[latrineKind < 0.75 ? 2 : 3];
    cells[11] = this.yes(seed, Trait.wasteBin, levels, Model.wasteBin, wealth);
    cells[12] = this.yes(seed, Trait.wastewater, levels, Model.wastewater, wealth);
    cells[13] = pregnant ? this.yes(seed, Trait.p4k, levels, Model.p4k, wealth) : '';
    cells[14] = this.yes(seed, Trait.up2k, levels, Model.up2k, wealth);
    cells[15] = this.yes(seed, Trait.yard, levels, Model.yard, wealth);
    cells[16] = this.yes(seed, Trait.homeIndustry, levels, Model.homeIndustry, wealth);
    cells[17] = this.yes(seed, Trait.communityWork, levels, Model.communityWork, wealth);
    const stage = levels.prosperityScore(wealth) + 0.55 * logit(traitUnit(seed, Trait.prosperity));
    let ks = 0;
    while (ks < PROSPERITY_CUTS.length && stage >= (PROSPERITY_CUTS[ks] ?? 0)) ks++;
    cells[18] = TAHAPAN_KS[ks] ?? 'ks3_plus';
    return cells;
  }

  individuRow(person: Person, family: Family, levels: PeriodLevels, period: PeriodInfo): Cell[] {
    const cells = this.individu;
    const date = family.date;
    const age = ageOn(person.birth, date);
    const female = person.female;
    const seed = person.seed;
    const care = traitUnit(seed, Trait.care);
    const chances = this.chances;
    chances.update(family, levels);

    let education = Education.tidakSekolah as number;
    let inSchool = false;
    if (age >= 7) {
      const final = person.education;
      const stage =
        age < 13
          ? Education.sd
          : age < 16
            ? Education.smp
            : age < 19
              ? Education.sma
              : age < 23
                ? Education.s1
                : Education.s2s3;
      education = Math.min(final, stage);
      inSchool = age < (LEAVING_AGE[final] ?? 0) && age < 30;
      if (inSchool && age >= 13 && age <= 18 && care < chances.dropOut) {
        inSchool = false;
        education = Math.min(final, age < 16 ? Education.sd : Education.smp);
      }
    }
    const literate =
      age >= 7 &&
      (education === Education.tidakSekolah
        ? traitUnit(seed, Trait.literacy) < 0.5
        : !(education === Education.sd && age >= 60 && traitUnit(seed, Trait.literacy) < 0.04));
    const pus = female && age >= 15 && age <= 49 && person.marital === Marital.kawin;
    const pregnant = person.due !== NONE;

    cells[0] = period.label;
    cells[1] = family.kk;
    cells[2] = person.nik;
    cells[3] = female ? 'P' : 'L';
    cells[4] = isoDate(person.birth);
    cells[5] = HUBUNGAN[person.role] ?? 'lainnya';
    cells[6] = STATUS_KAWIN[person.marital] ?? 'belum_kawin';
    cells[7] = PENDIDIKAN[education] ?? 'tidak_sekolah';
    cells[8] = yesNo(inSchool);
    cells[9] = yesNo(literate);
    cells[10] = age >= 3 && age <= 6 ? yesNo(care < chances.paud) : '';
    cells[11] = pus ? this.contraception(person, pregnant, chances.kbModern) : '';
    cells[12] = female ? yesNo(pregnant) : '';
    cells[13] = female
      ? yesNo(person.lastBirth > date - BREASTFEEDING_DAYS && traitUnit(seed, Trait.breastfeeding) < 0.8)
      : '';
    cells[14] = age < 5 ? yesNo(care < (age < 1 ? chances.posyanduInfant : chances.posyandu)) : '';
    cells[15] = BERKEBUTUHAN_KHUSUS[person.disability] ?? 'tidak';
    // Insurance and savings mostly go by household: most members share the family's uniform.
    const jkn =
      traitUnit(seed, Trait.ownJkn) < 0.8 ? traitUnit(family.seed, Trait.jkn) : traitUnit(seed, Trait.jkn);
    const savings =
      traitUnit(seed, Trait.ownSavings) < 0.6
        ? traitUnit(family.seed, Trait.savings)
        : traitUnit(seed, Trait.savings);
    cells[16] = yesNo(jkn < chances.jkn);
    cells[17] = yesNo(
      age >= 17 ? savings < chances.savingsAdult : age >= 7 && savings < chances.savingsChild,
    );
    return cells;
  }

  hunianRow(dwelling: Dwelling, levels: PeriodLevels, period: PeriodInfo): Cell[] {
    const cells = this.hunian;
    const roomy = Math.log(dwelling.area / 40) / 0.8;
    cells[0] = period.label;
    cells[1] = this.profile.code;
    cells[2] = dwelling.id;
    cells[3] = digits(dwelling.area);
    cells[4] =
      KRITERIA_RUMAH[
        traitUnit(dwelling.seed, Trait.houseQuality) <
        levels.chance(Model.healthyHouse, dwelling.wealth + roomy)
          ? 0
          : 1
      ];
    cells[5] = STATUS_MILIK[dwelling.status] ?? 'lainnya';
    return cells;
  }

  private yes(seed: number, trait: number, levels: PeriodLevels, model: number, wealth: number): string {
    return yesNo(traitUnit(seed, trait) < levels.chance(model, wealth));
  }

  targetRow(families: number, period: PeriodInfo): Cell[] {
    const cells = this.target;
    cells[0] = period.label;
    cells[1] = this.profile.code;
    cells[2] = digits(families);
    return cells;
  }

  private contraception(woman: Person, pregnant: boolean, modern: number): string {
    if (pregnant) return KB[0];
    const u = traitUnit(woman.seed, Trait.kb);
    if (u < modern)
      return KB[MODERN_KB[indexAt(MODERN_KB_CUMULATIVE, traitUnit(woman.seed, Trait.kbMethod))] ?? 2];
    return u < modern + TRADITIONAL_KB_SHARE ? KB[8] : KB[0];
  }
}
