/**
 * Who lives together: the families found at the first round (singles, couples, parents with children,
 * single parents, three-generation households) and the families that move in later from outside Jakarta.
 * Ages are drawn so that Jakarta's shape comes out: a bulge of young adults, about 7-8% under five and
 * 8-10% aged 60+, husbands usually a few years older than their wives, children mostly two or more years
 * apart.
 */
import { ageOn, type PeriodInfo } from './calendar';
import type { Dwelling, DwellingRegistry } from './dwellings';
import { LOCAL, ORIGIN_SHARES } from './identity';
import type { KelurahanProfile } from './kelurahan-profiles';
import { DAYS_PER_YEAR, type Family, marry, type Person, type PersonFactory } from './people';
import { cumulativeShares, type Random } from './random';
import { Marital, Role } from './vocabulary';

enum Kind {
  Single = 0,
  Couple = 1,
  Nuclear = 2,
  SingleParent = 3,
  Extended = 4,
}

/** Weights of the mother's age at a round (five-year bands from 20) in families with children at home. */
const MOTHER_AGE_BANDS = cumulativeShares([8, 16, 19, 19, 16, 12, 10]);
const EXTENDED_MOTHER_AGE_BANDS = cumulativeShares([0, 4, 8, 12, 16, 18, 18, 14, 10]);
/** Weights of the number of children a mother has: 1, 2, 3, 4, 5, 6. */
const FAMILY_SIZE = cumulativeShares([27, 38, 21, 9, 4, 1]);
/** Newcomers: young single, young couple, young parents. */
const NEWCOMER_KINDS = cumulativeShares([0.22, 0.23, 0.55]);

export class HouseholdBuilder {
  constructor(
    private readonly profile: KelurahanProfile,
    private readonly rng: Random,
    private readonly factory: PersonFactory,
    private readonly dwellings: DwellingRegistry,
  ) {
    const density = profile.density;
    this.residentKinds = cumulativeShares([
      0.1 + 0.04 * density,
      0.12,
      0.48 - 0.04 * density,
      0.09,
      0.18 + 0.03 * density,
    ]);
  }

  /** Shares of the household kinds among residents (denser kelurahan: more singles and extended). */
  private readonly residentKinds: readonly number[];

  /** The survey day of a family living in `dwelling`: its cadre group's month, any day of it. */
  surveyDate(dwelling: Dwelling, period: PeriodInfo): number {
    return (period.monthStarts[dwelling.month] ?? period.first) + this.rng.int(28);
  }

  originIndex(): number {
    return this.rng.index(ORIGIN_SHARES);
  }

  /** A family already living in the kelurahan when the first round starts. */
  resident(period: PeriodInfo): Family {
    const { rng, profile } = this;
    const wealth = profile.welfare + 0.9 * rng.normal();
    const dwelling = this.dwellings.house(wealth);
    const family = this.factory.family(LOCAL, wealth, dwelling, this.surveyDate(dwelling, period));
    const adults = rng.chance(0.12) ? this.originIndex() : LOCAL;
    switch (rng.index(this.residentKinds)) {
      case Kind.Single:
        this.single(family, adults);
        break;
      case Kind.Couple:
        this.couple(family, adults, rng.chance(0.5));
        break;
      case Kind.Nuclear:
        this.nuclear(family, adults, this.bandAge(MOTHER_AGE_BANDS));
        break;
      case Kind.SingleParent:
        this.singleParent(family, adults);
        break;
      default:
        this.extended(family, adults);
    }
    return family;
  }

  /** A family moving in from outside Jakarta: young singles, young couples, young parents. */
  newcomer(period: PeriodInfo): Family {
    const { rng, profile } = this;
    const origin = this.originIndex();
    const wealth = profile.welfare - 0.2 + 0.9 * rng.normal();
    const dwelling = this.dwellings.houseNewcomer(wealth);
    const family = this.factory.family(origin, wealth, dwelling, this.surveyDate(dwelling, period));
    const kind = rng.index(NEWCOMER_KINDS);
    if (kind === 0) this.youngSingle(family, origin);
    else if (kind === 1) this.couple(family, origin, true);
    else this.nuclear(family, origin, rng.between(21, 37));
    return family;
  }

  /** A couple that has just married and set up its own Kartu Keluarga; the husband heads it. */
  newlyweds(family: Family, child: Person): Person {
    const { rng } = this;
    const spouseAge = this.ageOf(child, family.date) + (child.female ? 1 : -1) * this.spouseGap();
    const spouse = this.factory.person(
      family,
      !child.female,
      this.birthAt(family.date, Math.max(18, spouseAge)),
      Role.kepala,
      Marital.kawin,
      rng.chance(0.6) ? LOCAL : this.originIndex(),
      family.date,
    );
    family.members.push(child);
    const husband = child.female ? spouse : child;
    const wife = child.female ? child : spouse;
    husband.role = Role.kepala;
    wife.role = Role.istri;
    marry(husband, wife);
    return spouse;
  }

  /** A spouse who joins `person` in the family with the given role (a child's spouse is a menantu). */
  spouseFor(family: Family, person: Person, role: number): Person {
    const spouseAge = this.ageOf(person, family.date) + (person.female ? 1 : -1) * this.spouseGap();
    const spouse = this.factory.person(
      family,
      !person.female,
      this.birthAt(family.date, Math.max(18, spouseAge)),
      role,
      Marital.kawin,
      this.rng.chance(0.6) ? LOCAL : this.originIndex(),
      family.date,
    );
    marry(person, spouse);
    return spouse;
  }

  /** A widowed parent of the head who comes to live with the family. */
  elderlyParent(family: Family, head: Person): Person {
    const age = Math.min(92, Math.max(60, this.ageOf(head, family.date) + this.rng.between(22, 32)));
    return this.add(family, this.rng.chance(0.65), age, Role.orangTua, Marital.ceraiMati, LOCAL);
  }

  private single(family: Family, origin: number): void {
    const { rng } = this;
    const r = rng.next();
    if (r < 0.65) {
      this.youngSingle(family, rng.chance(0.45) ? this.originIndex() : origin);
    } else if (r < 0.88) {
      const female = rng.chance(0.6);
      const age = 60 + Math.floor(28 * rng.next() * rng.next());
      this.add(family, female, age, Role.kepala, Marital.ceraiMati, origin);
    } else {
      const female = rng.chance(0.4);
      this.add(
        family,
        female,
        rng.between(35, 59),
        Role.kepala,
        rng.chance(0.6) ? Marital.ceraiHidup : 0,
        origin,
      );
    }
  }

  private youngSingle(family: Family, origin: number): void {
    this.add(
      family,
      this.rng.chance(0.27),
      this.rng.between(19, 34),
      Role.kepala,
      Marital.belumKawin,
      origin,
    );
  }

  private couple(family: Family, origin: number, young: boolean): void {
    const rng = this.rng;
    const wifeAge = young ? rng.between(19, 33) : rng.between(48, 76);
    this.pair(family, origin, wifeAge);
  }

  /** Husband and wife; usually the husband is the head. Returns the wife. */
  private pair(family: Family, origin: number, wifeAge: number): Person {
    const rng = this.rng;
    const husbandHeads = rng.chance(0.96);
    const husband = this.add(
      family,
      false,
      Math.max(18, wifeAge + this.spouseGap()),
      husbandHeads ? Role.kepala : Role.suami,
      Marital.kawin,
      origin,
    );
    const wife = this.add(
      family,
      true,
      wifeAge,
      husbandHeads ? Role.istri : Role.kepala,
      Marital.kawin,
      origin,
    );
    marry(husband, wife);
    return wife;
  }

  private nuclear(family: Family, origin: number, motherAge: number): Person {
    const wife = this.pair(family, origin, motherAge);
    this.children(family, wife, wife.birth, Role.anak, origin, 6);
    return wife;
  }

  private singleParent(family: Family, origin: number): void {
    const rng = this.rng;
    const female = rng.chance(0.85);
    const age = rng.between(25, 60);
    const widowed = rng.chance(age < 40 ? 0.3 : 0.55);
    const parent = this.add(
      family,
      female,
      age,
      Role.kepala,
      widowed ? Marital.ceraiMati : Marital.ceraiHidup,
      origin,
    );
    const motherBirth = female ? parent.birth : parent.birth + Math.floor(3 * DAYS_PER_YEAR);
    const count = this.children(family, female ? parent : null, motherBirth, Role.anak, LOCAL, 4);
    if (count === 0)
      this.add(family, rng.chance(0.5), rng.between(8, 17), Role.anak, Marital.belumKawin, LOCAL);
  }

  private extended(family: Family, origin: number): void {
    const rng = this.rng;
    const wife = this.nuclear(family, origin, this.bandAge(EXTENDED_MOTHER_AGE_BANDS));
    const head = family.members.find((member) => member.role === Role.kepala) ?? wife;
    let eldest: Person | undefined;
    for (const member of family.members) {
      if (
        member.role === Role.anak &&
        this.ageOf(member, family.date) >= 20 &&
        (!eldest || member.birth < eldest.birth)
      ) {
        eldest = member;
      }
    }
    const extras = rng.chance(0.25) ? 2 : 1;
    for (let i = 0; i < extras; i++) {
      const r = rng.next();
      if (eldest && eldest.marital === Marital.belumKawin && r < 0.4) {
        const inLaw = this.spouseFor(family, eldest, Role.menantu);
        const mother = eldest.female ? eldest : inLaw;
        this.children(family, mother, mother.birth, Role.cucu, LOCAL, 3);
      } else if (r < 0.68) {
        const age = Math.min(95, Math.max(58, this.ageOf(head, family.date) + rng.between(22, 34)));
        this.add(family, rng.chance(0.6), age, Role.orangTua, Marital.ceraiMati, origin);
      } else if (r < 0.92) {
        this.add(family, rng.chance(0.35), rng.between(12, 35), Role.familiLain, Marital.belumKawin, origin);
      } else {
        const status = rng.chance(0.7) ? Marital.belumKawin : Marital.ceraiHidup;
        this.add(family, true, rng.between(18, 50), Role.lainnya, status, this.originIndex());
      }
    }
  }

  /**
   * The children a mother has had who still live at home, born from her early twenties on, mostly two or
   * more years apart, now and then twins. Returns how many were added.
   */
  private children(
    family: Family,
    mother: Person | null,
    motherBirth: number,
    role: number,
    origin: number,
    max: number,
  ): number {
    const rng = this.rng;
    const date = family.date;
    const wanted = 1 + rng.index(FAMILY_SIZE);
    const firstAge = Math.min(38, Math.max(17, 24.5 + 3.6 * rng.normal()));
    const lastPossible = Math.min(date, motherBirth + Math.floor(45 * DAYS_PER_YEAR));
    let birth = motherBirth + Math.floor(firstAge * DAYS_PER_YEAR) + rng.int(365);
    let added = 0;
    for (let i = 0; i < wanted && birth <= lastPossible && added < max; i++) {
      const age = (date - birth) / DAYS_PER_YEAR;
      const stays =
        age < 18 ? 1 : age < 23 ? 0.85 : age < 27 ? 0.6 : age < 31 ? 0.35 : age < 36 ? 0.15 : 0.05;
      if (rng.chance(stays)) {
        this.factory.person(family, rng.chance(0.488), birth, role, Marital.belumKawin, origin, date);
        added++;
      }
      if (mother) mother.lastBirth = birth;
      const gap = rng.chance(0.015)
        ? 0
        : rng.chance(0.08)
          ? rng.between(330, 700)
          : 730 + Math.floor(365 * (rng.next() + rng.next() + rng.next()) * rng.next() * 2);
      birth += gap;
    }
    return added;
  }

  private add(
    family: Family,
    female: boolean,
    age: number,
    role: number,
    marital: number,
    origin: number,
  ): Person {
    return this.factory.person(
      family,
      female,
      this.birthAt(family.date, age),
      role,
      marital,
      origin,
      family.date,
    );
  }

  /** A birth date at which someone is `age` full years old on `date`. */
  private birthAt(date: number, age: number): number {
    return date - Math.floor((age + this.rng.next()) * DAYS_PER_YEAR);
  }

  private ageOf(person: Person, date: number): number {
    return ageOn(person.birth, date);
  }

  private bandAge(bands: readonly number[]): number {
    return 20 + 5 * this.rng.index(bands) + this.rng.int(5);
  }

  /** Years the husband is older than his wife: usually 0-8, sometimes younger, rarely far older. */
  private spouseGap(): number {
    return Math.min(14, Math.max(-3, Math.round(3.5 + 3 * this.rng.normal())));
  }
}
