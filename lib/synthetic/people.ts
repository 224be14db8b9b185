/**
 * Persons and families as the simulation keeps them, how a new one is made, and the demographic rates
 * (per half-year) that move them: death, pregnancy, marriage.
 */
import { ageOn, yearOfDay } from './calendar';
import type { Dwelling } from './dwellings';
import type { IdentityAllocator } from './identity';
import type { Random } from './random';
import { Marital, Role } from './vocabulary';

/** A date that is not set (not pregnant, never gave birth). */
export const NONE = -1_000_000;
export const DAYS_PER_YEAR = 365.25;

export type Person = {
  /** The 16-digit NIK as an integer (see IdentityAllocator). */
  nik: number;
  /** Index into ORIGIN_PREFIXES, or LOCAL: needed to re-number a NIK for a broken row. */
  origin: number;
  female: boolean;
  birth: number;
  role: number;
  marital: number;
  /** The spouse living in the same family; set exactly when marital is kawin. */
  spouse: Person | null;
  /** Highest level this person completes in life (PENDIDIKAN index); what is shown depends on age. */
  education: number;
  /** BERKEBUTUHAN_KHUSUS index. */
  disability: number;
  /** Seed of the person's fixed uniforms (see Trait). */
  seed: number;
  /** Due date while pregnant, else NONE. */
  due: number;
  lastBirth: number;
};

export type Family = {
  /** The 16-digit No KK as an integer. */
  kk: number;
  members: Person[];
  dwelling: Dwelling;
  /** Welfare on a standard-normal scale, the kelurahan's level included. */
  wealth: number;
  /** tanggal_pendataan in the current period. */
  date: number;
  /** Seed of the family's fixed uniforms (see Trait). */
  seed: number;
  gone: boolean;
  recorded: boolean;
};

/**
 * Persons, families and dwellings of finished kelurahan, to be filled in again for the next one rather
 * than left to the garbage collector: millions are made at scale 1, and reusing them keeps both the
 * collector's work and the memory flat.
 */
export type Pools = { persons: Person[]; families: Family[]; dwellings: Dwelling[] };

export function createPools(): Pools {
  return { persons: [], families: [], dwellings: [] };
}

/** Education score cut points: below the n-th, level n (tidak_sekolah, sd, smp, sma, diploma, s1; else s2_s3). */
const EDUCATION_CUTS = [-2.6, -1.15, -0.45, 0.85, 1.1, 2.05];

export class PersonFactory {
  constructor(
    private readonly rng: Random,
    private readonly ids: IdentityAllocator,
    private readonly pools: Pools,
  ) {}

  family(origin: number, wealth: number, dwelling: Dwelling, date: number): Family {
    const family = this.pools.families.pop() ?? blankFamily(dwelling);
    family.kk = this.ids.familyNumber(origin);
    family.members.length = 0;
    family.dwelling = dwelling;
    family.wealth = wealth;
    family.date = date;
    family.seed = this.rng.seed();
    family.gone = false;
    family.recorded = false;
    return family;
  }

  /** A new member of `family`, numbered; `birth` may move a day earlier if the NIK serials of a day run out. */
  person(
    family: Family,
    female: boolean,
    birth: number,
    role: number,
    marital: number,
    origin: number,
    now: number,
  ): Person {
    const rng = this.rng;
    let day = birth;
    let nik = this.ids.nik(origin, day, female);
    while (nik === null) {
      day--;
      nik = this.ids.nik(origin, day, female);
    }
    const age = ageOn(day, now);
    const disabilityChance = age >= 60 ? 0.045 : age >= 5 ? 0.011 : 0.004;
    const person = this.pools.persons.pop() ?? blankPerson();
    person.nik = nik;
    person.origin = origin;
    person.female = female;
    person.birth = day;
    person.role = role;
    person.marital = marital;
    person.spouse = null;
    person.education = this.education(family.wealth, yearOfDay(day));
    person.disability = rng.chance(disabilityChance) ? (rng.chance(0.6) ? 1 : 2) : 0;
    person.seed = rng.seed();
    person.due = NONE;
    person.lastBirth = NONE;
    family.members.push(person);
    return person;
  }

  private education(wealth: number, birthYear: number): number {
    const cohort = Math.min(0.9, Math.max(-1, (birthYear - 1978) * 0.028));
    const score = 0.7 * wealth + cohort + this.rng.normal();
    let level = 0;
    while (level < EDUCATION_CUTS.length && score >= (EDUCATION_CUTS[level] ?? 0)) level++;
    return level;
  }
}

function blankPerson(): Person {
  return {
    nik: 0,
    origin: 0,
    female: false,
    birth: 0,
    role: 0,
    marital: 0,
    spouse: null,
    education: 0,
    disability: 0,
    seed: 0,
    due: NONE,
    lastBirth: NONE,
  };
}

function blankFamily(dwelling: Dwelling): Family {
  return { kk: 0, members: [], dwelling, wealth: 0, date: 0, seed: 0, gone: false, recorded: false };
}

export function marry(a: Person, b: Person): void {
  a.spouse = b;
  b.spouse = a;
  a.marital = Marital.kawin;
  b.marital = Marital.kawin;
}

/** Chance of dying within half a year at a given age; men die younger from middle age on. */
export function deathChance(age: number, female: boolean): number {
  return age >= 40 && !female ? 1.35 * deathChanceAtAge(age) : deathChanceAtAge(age);
}

function deathChanceAtAge(age: number): number {
  if (age < 1) return 0.008;
  if (age < 5) return 0.0005;
  if (age < 15) return 0.00015;
  if (age < 40) return 0.0006;
  if (age < 50) return 0.0016;
  if (age < 60) return 0.0045;
  if (age < 70) return 0.008;
  if (age < 80) return 0.02;
  if (age < 90) return 0.055;
  return 0.16;
}

/** Chance that a married woman who is not pregnant is found newly pregnant at a round. */
export function pregnancyChance(age: number, children: number): number {
  let chance: number;
  if (age < 18 || age > 45) return 0;
  if (age < 25) chance = 0.11;
  else if (age < 30) chance = 0.09;
  else if (age < 35) chance = 0.065;
  else if (age < 40) chance = 0.035;
  else chance = 0.01;
  if (children >= 4) chance *= 0.3;
  else if (children >= 3) chance *= 0.5;
  return chance;
}

/** Chance that an unmarried adult child marries within half a year. */
export function marriageChance(age: number, female: boolean): number {
  if (female) {
    if (age < 19) return 0;
    if (age < 25) return 0.075;
    if (age < 30) return 0.09;
    if (age < 35) return 0.05;
    return 0.012;
  }
  if (age < 21) return 0;
  if (age < 26) return 0.05;
  if (age < 32) return 0.09;
  if (age < 40) return 0.04;
  return 0.01;
}

/** The child's relation to the head of the family, from its mother's. */
export function childRoleOf(mother: Person): number {
  if (mother.role === Role.kepala || mother.role === Role.istri || mother.role === Role.suami)
    return Role.anak;
  if (mother.role === Role.anak || mother.role === Role.menantu) return Role.cucu;
  return Role.familiLain;
}

export function ageYears(person: Person, on: number): number {
  return ageOn(person.birth, on);
}
