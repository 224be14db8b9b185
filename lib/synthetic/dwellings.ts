/**
 * The dwellings (`hunian`) of one kelurahan: where they are (RW, RT, the cadre group that visits them and in
 * which month of the period), how big, and how many families name them. Dense kelurahan have small
 * dwellings shared by several families; the south has spacious ones; a few stand empty.
 */
import { padded } from './digits';
import type { KelurahanProfile } from './kelurahan-profiles';
import { cumulativeShares, logistic, type Random } from './random';

export type Dwelling = {
  id: string;
  rw: number;
  rt: number;
  /** The Dasawisma group (kelompok_dasawisma) that records the families living here. */
  group: string;
  /** Month of the period (0-5) in which that group does its rounds. */
  month: number;
  area: number;
  /** Seed of its fixed uniforms: whether it counts as a healthy house depends on it and the period. */
  seed: number;
  /** Welfare of the household it was built for (standard-normal scale, kelurahan level included). */
  wealth: number;
  /** Index into STATUS_MILIK. */
  status: number;
  /** How many families it was built to hold (1, or 2-4 for a shared house). */
  capacity: number;
  /** Families currently naming it. */
  families: number;
  /** Index of the last period in which a recorded family named it. */
  stamp: number;
  removed: boolean;
};

const FLOWERS = [
  'Melati',
  'Mawar',
  'Anggrek',
  'Kenanga',
  'Dahlia',
  'Teratai',
  'Cempaka',
  'Flamboyan',
  'Bougenville',
  'Kamboja',
  'Seroja',
  'Asoka',
  'Aster',
  'Matahari',
  'Kemuning',
  'Lili',
];
const HOUSES_PER_GROUP = 12;
/** Share of newly registered dwellings that nobody lives in yet. */
const VACANT_SHARE = 0.025;
/** Chance per period that an empty dwelling is demolished or merged and leaves the register. */
const VACANT_REMOVAL = 0.25;
/** Weights of sewa, kontrak, dinas, menumpang, lainnya for dwellings not owned by their occupants. */
const NOT_OWNED = cumulativeShares([0, 0.25, 0.5, 0.04, 0.15, 0.06]);

const NEVER_STAMPED = -1_000_000;

/**
 * Dwelling ids and group names recur from kelurahan to kelurahan (`RW03-RT005-0123`): each is made once
 * and shared, rather than made anew for every dwelling of every kelurahan.
 */
const dwellingIds = new Map<number, string>();
const groupNames = new Map<string, string>();

function dwellingId(rw: number, rt: number, serial: number): string {
  const key = rw < 100 && rt < 1000 && serial < 1e5 ? (rw * 1000 + rt) * 1e5 + serial : -1;
  let id = key >= 0 ? dwellingIds.get(key) : undefined;
  if (id === undefined) {
    id = `RW${padded(rw, 2)}-RT${padded(rt, 3)}-${padded(serial, 4)}`;
    if (key >= 0) dwellingIds.set(key, id);
  }
  return id;
}

function groupName(flower: string, group: number): string {
  const key = `${flower} ${group}`;
  let name = groupNames.get(key);
  if (name === undefined) {
    name = `Dasawisma ${key}`;
    groupNames.set(key, name);
  }
  return name;
}

function blankDwelling(): Dwelling {
  return {
    id: '',
    rw: 0,
    rt: 0,
    group: '',
    month: 0,
    area: 0,
    seed: 0,
    wealth: 0,
    status: 0,
    capacity: 0,
    families: 0,
    stamp: NEVER_STAMPED,
    removed: false,
  };
}

type RtState = { flower: string; houses: number; groupMonths: number[]; groupNames: string[] };

export class DwellingRegistry {
  readonly all: Dwelling[] = [];
  private readonly rts = new Map<number, RtState>();
  private open: Dwelling | null = null;
  private readonly vacant: Dwelling[] = [];
  private vacantHead = 0;
  private readonly shareChance: number;

  constructor(
    private readonly profile: KelurahanProfile,
    private readonly rng: Random,
    /** Dwellings of finished kelurahan, to reuse (see Pools). */
    private readonly pool: Dwelling[],
  ) {
    this.shareChance = Math.min(0.4, Math.max(0.02, 0.02 + 0.26 * profile.density - 0.06 * profile.welfare));
  }

  /** A home for a family: the last shared dwelling while it has room, else a new one. */
  house(wealth: number): Dwelling {
    const open = this.open;
    if (open && !open.removed && open.families < open.capacity) {
      open.families++;
      return open;
    }
    const capacity = this.rng.chance(this.shareChance)
      ? 2 + (this.rng.chance(0.35) ? 1 : 0) + (this.rng.chance(0.12) ? 1 : 0)
      : 1;
    const dwelling = this.create(wealth, capacity);
    dwelling.families = 1;
    if (capacity > 1) this.open = dwelling;
    if (this.rng.chance(VACANT_SHARE / (1 - VACANT_SHARE))) this.vacant.push(this.create(wealth, 1));
    return dwelling;
  }

  /** A home for a family that moves in: often one that another family left. */
  houseNewcomer(wealth: number): Dwelling {
    while (this.vacantHead < this.vacant.length && this.rng.chance(0.7)) {
      const dwelling = this.vacant[this.vacantHead++];
      if (dwelling && !dwelling.removed && dwelling.families === 0) {
        dwelling.families = 1;
        return dwelling;
      }
    }
    return this.house(wealth);
  }

  /** Another family (a newly married child) moves into an existing dwelling. */
  join(dwelling: Dwelling): Dwelling {
    dwelling.families++;
    return dwelling;
  }

  leave(dwelling: Dwelling): void {
    dwelling.families--;
    if (dwelling.families === 0) this.vacant.push(dwelling);
  }

  /** End of a period: some empty dwellings disappear from the register. */
  prune(): void {
    let kept = 0;
    for (const dwelling of this.all) {
      if (dwelling.families === 0 && this.rng.chance(VACANT_REMOVAL)) dwelling.removed = true;
      else this.all[kept++] = dwelling;
    }
    this.all.length = kept;
    if (this.vacantHead > 1024 && this.vacantHead * 2 > this.vacant.length) {
      this.vacant.splice(0, this.vacantHead);
      this.vacantHead = 0;
    }
  }

  private create(wealth: number, capacity: number): Dwelling {
    const { profile, rng } = this;
    const rw = 1 + rng.int(profile.rwCount);
    const rt = 1 + rng.int(profile.rtPerRw);
    const rtState = this.rtState(rw, rt);
    rtState.houses++;
    const groupIndex = Math.floor((rtState.houses - 1) / HOUSES_PER_GROUP);
    let month = rtState.groupMonths[groupIndex];
    if (month === undefined) {
      month = rng.int(6);
      rtState.groupMonths.push(month);
      rtState.groupNames.push(groupName(rtState.flower, groupIndex + 1));
    }
    const medianArea = 48 * Math.exp(0.3 * wealth - 1.1 * (profile.density - 0.5) - 0.2 * profile.coastal);
    const area = Math.round(Math.min(1500, Math.max(6, medianArea * Math.exp(0.45 * rng.normal()))));
    const owned = rng.chance(logistic(0.3 + 0.6 * wealth - 0.9 * (profile.density - 0.5)));
    const dwelling = this.pool.pop() ?? blankDwelling();
    dwelling.id = dwellingId(rw, rt, rtState.houses);
    dwelling.rw = rw;
    dwelling.rt = rt;
    dwelling.group = rtState.groupNames[groupIndex] ?? groupName(rtState.flower, groupIndex + 1);
    dwelling.month = month;
    dwelling.area = area;
    dwelling.seed = rng.seed();
    dwelling.wealth = wealth;
    dwelling.status = owned ? 0 : rng.index(NOT_OWNED);
    dwelling.capacity = capacity;
    dwelling.families = 0;
    dwelling.stamp = NEVER_STAMPED;
    dwelling.removed = false;
    this.all.push(dwelling);
    return dwelling;
  }

  private rtState(rw: number, rt: number): RtState {
    const key = rw * 1000 + rt;
    let state = this.rts.get(key);
    if (!state) {
      state = {
        flower: FLOWERS[(rw * 7 + rt * 3) % FLOWERS.length] ?? 'Melati',
        houses: 0,
        groupMonths: [],
        groupNames: [],
      };
      this.rts.set(key, state);
    }
    return state;
  }
}
