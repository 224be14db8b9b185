/**
 * The families of one kelurahan through the periods: the same families from round to round (same No KK,
 * same NIKs, older), with births, deaths, divorces, children who marry and set up their own KK or bring a
 * spouse home, families who move away and newcomers from outside Jakarta, and in each round the share of
 * families the cadres actually record.
 */
import { ageOn, type PeriodInfo } from './calendar';
import { DwellingRegistry } from './dwellings';
import { HouseholdBuilder } from './households';
import { IdentityAllocator, LOCAL } from './identity';
import { coverageIn, type KelurahanProfile } from './kelurahan-profiles';
import {
  childRoleOf,
  deathChance,
  type Family,
  marriageChance,
  NONE,
  type Person,
  PersonFactory,
  type Pools,
  pregnancyChance,
} from './people';
import { Random, Trait, traitUnit } from './random';
import { Marital, Role } from './vocabulary';

/** Fewest persons a kelurahan has, however small the scale. */
const MIN_PERSONS = 4;
/** Share of newly pregnant women found at a round among those pregnant at any moment (9 months vs 6). */
const NEW_PREGNANCY_SHARE = 0.68;
const INDEX_BITS = 2 ** 21;
/** Chance per period that a widowed parent comes to live with a family whose head is 35-59. */
const ELDERLY_PARENT_JOINS = 0.006;

export type SimulationOptions = { seed: number; scale: number; kelurahanTotal: number; pools: Pools };

export class KelurahanSimulation {
  families: Family[] = [];
  readonly dwellings: DwellingRegistry;
  readonly ids: IdentityAllocator;
  private readonly rng: Random;
  private readonly factory: PersonFactory;
  private readonly builder: HouseholdBuilder;

  constructor(
    readonly profile: KelurahanProfile,
    private readonly options: SimulationOptions,
  ) {
    this.rng = new Random('population', options.seed, profile.code);
    this.ids = new IdentityAllocator(profile, options.kelurahanTotal);
    this.dwellings = new DwellingRegistry(profile, this.rng, options.pools.dwellings);
    this.factory = new PersonFactory(this.rng, this.ids, options.pools);
    this.builder = new HouseholdBuilder(profile, this.rng, this.factory, this.dwellings);
  }

  /** Persons living here (recorded or not) such that the recorded ones match the kelurahan's share. */
  targetPersons(period: PeriodInfo): number {
    const recorded = this.profile.recordedPersons * this.options.scale;
    return Math.max(MIN_PERSONS, recorded / coverageIn(this.profile, period.index));
  }

  /** Hands every person, family and dwelling back to the pools: the simulation must not be used after. */
  recycle(): void {
    const pools = this.options.pools;
    for (const family of this.families) {
      for (const member of family.members) {
        member.spouse = null;
        pools.persons.push(member);
      }
      family.members.length = 0;
      pools.families.push(family);
    }
    for (const dwelling of this.dwellings.all) pools.dwellings.push(dwelling);
    this.families = [];
  }

  /** The population as found at the first round. */
  start(period: PeriodInfo): void {
    const target = this.targetPersons(period);
    let persons = 0;
    while (persons < target) {
      const family = this.builder.resident(period);
      this.families.push(family);
      persons += family.members.length;
    }
    for (const family of this.families) {
      for (const member of family.members) this.maybeConceive(family, member, true);
    }
    this.record(period);
  }

  /** Half a year later: who was born, died, married, left or came, and who is recorded this round. */
  advance(period: PeriodInfo): void {
    for (const family of this.families) family.date = this.builder.surveyDate(family.dwelling, period);
    const formed: Family[] = [];
    const existing = this.families.length;
    for (let i = 0; i < existing; i++) {
      const family = this.families[i];
      if (family) this.live(family, period, formed);
    }
    for (const family of formed) this.families.push(family);
    this.balance(period);
    this.families = this.families.filter((family) => !family.gone);
    this.dwellings.prune();
    this.record(period);
  }

  private live(family: Family, period: PeriodInfo, formed: Family[]): void {
    const rng = this.rng;
    const date = family.date;

    const dying: Person[] = [];
    for (const member of family.members) {
      if (rng.chance(deathChance(ageOn(member.birth, date), member.female))) dying.push(member);
    }
    for (const member of dying) this.remove(family, member, true);
    if (family.gone) return;

    for (const member of [...family.members]) {
      if (member.due !== NONE && member.due <= date) this.deliver(family, member);
    }

    for (const husband of [...family.members]) {
      const wife = husband.spouse;
      if (family.gone || !wife || husband.female) continue;
      if (rng.chance(ageOn(husband.birth, date) < 45 ? 0.005 : 0.002)) {
        // The one who married into the family is the one who leaves it.
        this.remove(family, husband.role === Role.anak ? wife : husband, false);
      }
    }
    if (family.gone) return;

    for (const member of [...family.members]) this.grownChild(family, member, period, formed);
    for (const member of [...family.members]) {
      if (
        (member.role === Role.familiLain || member.role === Role.lainnya) &&
        member.marital !== Marital.kawin
      ) {
        if (ageOn(member.birth, date) >= 18 && rng.chance(0.04)) this.remove(family, member, false);
      }
    }
    if (family.gone) return;

    const head = family.members.find((member) => member.role === Role.kepala);
    const headAge = head ? ageOn(head.birth, date) : 0;
    const renting = family.dwelling.status !== 0;
    if (rng.chance(0.018 + (headAge < 35 ? 0.02 : 0) + (renting ? 0.012 : 0))) {
      this.depart(family);
      return;
    }
    if (head) this.headEvents(family, head, headAge);
    for (const member of family.members) this.maybeConceive(family, member, false);
  }

  /** An unmarried head may marry (the spouse joins); a widowed parent may come to live with the family. */
  private headEvents(family: Family, head: Person, age: number): void {
    const rng = this.rng;
    if (head.marital !== Marital.kawin && age < 45 && rng.chance(marriageChance(age, head.female))) {
      if (head.female) {
        // The husband becomes the head, as the Kartu Keluarga is usually written.
        this.builder.spouseFor(family, head, Role.kepala);
        head.role = Role.istri;
        for (const member of family.members) if (member.role === Role.orangTua) member.role = Role.familiLain;
      } else {
        this.builder.spouseFor(family, head, Role.istri);
      }
    } else if (age >= 35 && age < 60 && rng.chance(ELDERLY_PARENT_JOINS)) {
      if (!family.members.some((member) => member.role === Role.orangTua))
        this.builder.elderlyParent(family, head);
    }
  }

  /** An adult child may leave home, marry and move away, set up a new KK here, or bring a spouse home. */
  private grownChild(family: Family, child: Person, period: PeriodInfo, formed: Family[]): void {
    if (child.role !== Role.anak || family.gone) return;
    const rng = this.rng;
    const age = ageOn(child.birth, family.date);
    if (child.marital === Marital.kawin) {
      if (child.spouse && rng.chance(0.12)) this.splitOff(family, child, child.spouse, period, formed);
      return;
    }
    if (age < 19 || child.due !== NONE) return;
    if (!rng.chance(marriageChance(age, child.female))) {
      if (child.marital === Marital.belumKawin && age >= 20 && rng.chance(0.015))
        this.remove(family, child, false);
      return;
    }
    const r = rng.next();
    if (r < 0.35) {
      this.remove(family, child, false);
    } else if (r < 0.75) {
      this.detach(family, child);
      const wealth = this.youngWealth(family);
      const dwelling = rng.chance(0.45) ? this.dwellings.join(family.dwelling) : this.dwellings.house(wealth);
      const own = this.factory.family(LOCAL, wealth, dwelling, this.builder.surveyDate(dwelling, period));
      this.builder.newlyweds(own, child);
      formed.push(own);
    } else {
      this.builder.spouseFor(family, child, Role.menantu);
    }
  }

  /** A married child and spouse who lived with the parents take their own KK, with their children. */
  private splitOff(
    family: Family,
    child: Person,
    spouse: Person,
    period: PeriodInfo,
    formed: Family[],
  ): void {
    const married = family.members.filter((member) => member.role === Role.anak && member.spouse).length;
    const leaving = [child, spouse];
    if (married === 1)
      for (const member of family.members) if (member.role === Role.cucu) leaving.push(member);
    for (const member of leaving) this.detach(family, member);

    const wealth = this.youngWealth(family);
    const sameHouse = this.rng.chance(0.5);
    const dwelling = sameHouse ? this.dwellings.join(family.dwelling) : this.dwellings.house(wealth);
    let date = sameHouse ? family.date : this.builder.surveyDate(dwelling, period);
    for (const member of leaving) date = Math.max(date, member.birth);
    const own = this.factory.family(LOCAL, wealth, dwelling, date);
    for (const member of leaving) {
      member.role =
        member === child || member === spouse ? (member.female ? Role.istri : Role.kepala) : Role.anak;
      own.members.push(member);
    }
    formed.push(own);
  }

  private youngWealth(family: Family): number {
    const welfare = this.profile.welfare;
    return welfare + 0.5 * (family.wealth - welfare) + 0.7 * this.rng.normal();
  }

  private deliver(family: Family, mother: Person): void {
    const rng = this.rng;
    const birth = mother.due;
    mother.due = NONE;
    if (rng.chance(0.03)) return;
    const count = rng.chance(0.015) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      this.factory.person(
        family,
        rng.chance(0.488),
        birth,
        childRoleOf(mother),
        Marital.belumKawin,
        LOCAL,
        birth,
      );
    }
    mother.lastBirth = birth;
  }

  private maybeConceive(family: Family, woman: Person, atStart: boolean): void {
    if (!woman.female || woman.marital !== Marital.kawin || woman.due !== NONE || !woman.spouse) return;
    const age = ageOn(woman.birth, family.date);
    let chance = pregnancyChance(age, this.childrenOf(family, woman));
    if (chance === 0) return;
    const rng = this.rng;
    const due = atStart ? family.date + 1 + rng.int(270) : family.date + 60 + rng.int(210);
    const spacing = due - woman.lastBirth;
    if (spacing < 300) return;
    if (spacing < 730) chance *= 0.25;
    if (atStart) chance /= NEW_PREGNANCY_SHARE;
    if (rng.chance(chance)) woman.due = due;
  }

  private childrenOf(family: Family, woman: Person): number {
    const role = childRoleOf(woman);
    let count = 0;
    for (const member of family.members) if (member.role === role) count++;
    return count;
  }

  /** Takes a person out of the family without touching the marriage (they leave together). */
  private detach(family: Family, person: Person): void {
    const index = family.members.indexOf(person);
    if (index >= 0) family.members.splice(index, 1);
  }

  /** A member dies or leaves: the spouse is widowed or divorced, and a new head is found if needed. */
  private remove(family: Family, person: Person, died: boolean): void {
    this.detach(family, person);
    const spouse = person.spouse;
    if (spouse) {
      spouse.spouse = null;
      spouse.marital = died ? Marital.ceraiMati : Marital.ceraiHidup;
      person.spouse = null;
      if (person.marital === Marital.kawin) person.marital = died ? Marital.ceraiMati : Marital.ceraiHidup;
    }
    if (family.members.length === 0) this.depart(family);
    else if (person.role === Role.kepala) this.reassignHead(family, spouse);
  }

  private reassignHead(family: Family, widow: Person | null): void {
    if (widow && family.members.includes(widow)) {
      widow.role = Role.kepala;
      for (const member of family.members) if (member.role === Role.orangTua) member.role = Role.familiLain;
      return;
    }
    const date = family.date;
    const adults = family.members.filter((member) => ageOn(member.birth, date) >= 17);
    const oldest = (role: number) =>
      adults.filter((member) => member.role === role).sort((a, b) => a.birth - b.birth)[0];
    const head = oldest(Role.anak) ?? oldest(Role.orangTua) ?? adults.sort((a, b) => a.birth - b.birth)[0];
    if (!head) {
      // Only young children are left: they go to relatives elsewhere.
      this.depart(family);
      return;
    }
    const before = head.role;
    head.role = Role.kepala;
    const partner = head.spouse;
    if (partner) partner.role = partner.female ? Role.istri : Role.suami;
    for (const member of family.members) {
      if (member === head || member === partner || member.role === Role.lainnya) continue;
      if (before === Role.anak) {
        member.role = member.role === Role.cucu && partner ? Role.anak : Role.familiLain;
      } else if (before === Role.orangTua) {
        member.role = member.role === Role.anak ? Role.cucu : Role.familiLain;
      } else {
        member.role = Role.familiLain;
      }
    }
  }

  private depart(family: Family): void {
    if (family.gone) return;
    family.gone = true;
    this.dwellings.leave(family.dwelling);
  }

  /** Newcomers fill the kelurahan back up to its size; where it has grown too full, families move away. */
  private balance(period: PeriodInfo): void {
    const target = this.targetPersons(period);
    let persons = 0;
    for (const family of this.families) if (!family.gone) persons += family.members.length;
    while (persons < target) {
      const family = this.builder.newcomer(period);
      for (const member of family.members) this.maybeConceive(family, member, true);
      this.families.push(family);
      persons += family.members.length;
    }
    const rng = this.rng;
    while (persons > target * 1.02) {
      const family = this.families[rng.int(this.families.length)];
      if (!family || family.gone) continue;
      persons -= family.members.length;
      this.depart(family);
    }
  }

  /** Marks the families the cadres record this round: the kelurahan's coverage, mostly the same ones. */
  private record(period: PeriodInfo): void {
    const families = this.families;
    const count = families.length;
    if (count >= INDEX_BITS) throw new Error(`kelurahan ${this.profile.code} has too many families`);
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const family = families[i];
      const score = 0.65 * (family ? traitUnit(family.seed, Trait.record) : 0) + 0.35 * this.rng.next();
      keys[i] = Math.floor(score * 2 ** 30) * INDEX_BITS + i;
    }
    keys.sort();
    const recorded = Math.max(1, Math.round(coverageIn(this.profile, period.index) * count));
    for (let i = 0; i < count; i++) {
      const family = families[(keys[i] ?? 0) % INDEX_BITS];
      if (family) family.recorded = i < recorded;
    }
  }
}
