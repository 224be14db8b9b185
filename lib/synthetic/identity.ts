/**
 * NIK and No KK numbers that are unique without a global register: each kelurahan hands out serials from
 * its own residue class, so two kelurahan can never issue the same number.
 *
 * NIK = 6-digit kabupaten/kota+kecamatan prefix + DDMMYY of birth (DD + 40 for women) + 4-digit serial.
 * The serial is `base + slot + slots * counter`, where `slot` is the kelurahan's position among the
 * kelurahan sharing that prefix and `counter` counts the people it has numbered with that prefix, birth
 * date and sex (kept across periods). Serials 0001-8999 are real people; 9000-9999 are reserved for the
 * deliberately broken rows, so a corrupted NIK never collides with a real one.
 *
 * No KK = prefix + 2-digit kelurahan position + 8-digit serial for families registered in Jakarta, and
 * origin prefix + 3-digit kelurahan number + 7-digit serial for families that came from elsewhere.
 */
import { nikDateDigits } from './calendar';
import type { KelurahanProfile } from './kelurahan-profiles';
import { cumulativeShares } from './random';

/**
 * Kabupaten/kota+kecamatan codes outside DKI (real codes from idn-area-data) that newcomers' NIK and No KK
 * begin with, weighted by how many people come from there: mostly the Jabodetabek ring and Java.
 */
export const ORIGIN_PREFIXES: readonly (readonly [prefix: string, weight: number])[] = [
  ['320101', 8], // Kab. Bogor, Cibinong
  ['320102', 4], // Kab. Bogor, Gunung Putri
  ['327501', 6], // Kota Bekasi, Bekasi Timur
  ['327502', 4], // Kota Bekasi, Bekasi Barat
  ['327601', 6], // Kota Depok, Pancoran Mas
  ['327602', 3], // Kota Depok, Cimanggis
  ['321601', 3], // Kab. Bekasi, Tarumajaya
  ['360301', 3], // Kab. Tangerang, Balaraja
  ['367101', 5], // Kota Tangerang, Tangerang
  ['367403', 4], // Kota Tangerang Selatan, Pondok Aren
  ['321501', 3], // Kab. Karawang, Karawang Barat
  ['320901', 4], // Kab. Cirebon, Waled
  ['327301', 3], // Kota Bandung, Sukasari
  ['320405', 2], // Kab. Bandung, Cileunyi
  ['330201', 4], // Kab. Banyumas, Lumbir
  ['332701', 4], // Kab. Pemalang, Moga
  ['332901', 4], // Kab. Brebes, Salem
  ['337401', 3], // Kota Semarang, Semarang Tengah
  ['347101', 2], // Kota Yogyakarta, Tegalrejo
  ['357801', 3], // Kota Surabaya, Karang Pilang
  ['127101', 3], // Kota Medan, Medan Kota
  ['137101', 2], // Kota Padang, Padang Selatan
  ['147101', 1], // Kota Pekanbaru, Sukajadi
  ['167101', 2], // Kota Palembang, Ilir Barat Dua
  ['187101', 2], // Kota Bandar Lampung, Kedaton
  ['517101', 1], // Kota Denpasar, Denpasar Selatan
  ['737101', 2], // Kota Makassar, Mariso
];
export const ORIGIN_SHARES: readonly number[] = cumulativeShares(ORIGIN_PREFIXES.map(([, weight]) => weight));

/** `origin` of a person or family registered in the kelurahan's own kecamatan. */
export const LOCAL = -1;

const VALID_SERIAL = { base: 1, max: 8999 };
const RESERVED_SERIAL = { base: 9000, max: 9999 };
/** Birth days are shifted by this much to make them non-negative in a counter key. */
const DAY_OFFSET = 30_000;
const DAY_SPAN = 120_000;
/** Kelurahan position digits that no real kelurahan has: No KK numbers of families that do not exist. */
const UNKNOWN_FAMILY_MARK = 99;
/**
 * NIK and No KK are kept as integers (no string per person to store and collect) and written as digits:
 * every prefix here begins with 1-7, so a 16-digit number stays below 2^53, where doubles are exact.
 */
const AFTER_PREFIX = 1e10;

export class IdentityAllocator {
  /** NIKs handed out per birth day and sex for the kelurahan's own prefix: the common case, kept flat. */
  private readonly localCounters = new Uint16Array(DAY_SPAN * 2);
  private readonly counters = new Map<number, number>();
  private localFamilies = 0;
  private originFamilies = 0;
  private unknownFamilies = 0;

  constructor(
    private readonly profile: KelurahanProfile,
    private readonly kelurahanTotal: number,
  ) {
    this.localPrefix = Number(profile.idPrefix);
  }

  private readonly localPrefix: number;

  prefixOf(origin: number): number {
    if (origin === LOCAL) return this.localPrefix;
    const entry = ORIGIN_PREFIXES[origin];
    if (!entry) throw new Error(`no origin prefix ${origin}`);
    return Number(entry[0]);
  }

  /** A new NIK, or null when this kelurahan has no serial left for that prefix, birth date and sex. */
  nik(origin: number, birth: number, female: boolean, reserved = false): number | null {
    const range = reserved ? RESERVED_SERIAL : VALID_SERIAL;
    const local = origin === LOCAL;
    const slot = local ? this.profile.indexInKecamatan : this.profile.globalIndex;
    const slots = local ? this.profile.kelurahanInKecamatan : this.kelurahanTotal;
    const flat = local && !reserved;
    const key = flat
      ? (birth + DAY_OFFSET) * 2 + (female ? 1 : 0)
      : (((origin + 1) * 2 + (reserved ? 1 : 0)) * 2 + (female ? 1 : 0)) * DAY_SPAN + birth + DAY_OFFSET;
    const counter = flat ? (this.localCounters[key] ?? 0) : (this.counters.get(key) ?? 0);
    const serial = range.base + slot + slots * counter;
    if (serial > range.max) return null;
    if (flat) this.localCounters[key] = counter + 1;
    else this.counters.set(key, counter + 1);
    return this.prefixOf(origin) * AFTER_PREFIX + nikDateDigits(birth, female) * 10_000 + serial;
  }

  familyNumber(origin: number): number {
    if (origin === LOCAL) {
      this.localFamilies++;
      if (this.localFamilies >= 1e8)
        throw new Error(`kelurahan ${this.profile.code} ran out of No KK serials`);
      const position = this.profile.indexInKecamatan + 1;
      return this.localPrefix * AFTER_PREFIX + position * 1e8 + this.localFamilies;
    }
    this.originFamilies++;
    if (this.originFamilies >= 1e7)
      throw new Error(`kelurahan ${this.profile.code} ran out of No KK serials`);
    return this.prefixOf(origin) * AFTER_PREFIX + this.profile.globalIndex * 1e7 + this.originFamilies;
  }

  /** A well-formed No KK that no family in any submission has. */
  unknownFamilyNumber(): number {
    this.unknownFamilies++;
    return this.localPrefix * AFTER_PREFIX + UNKNOWN_FAMILY_MARK * 1e8 + this.unknownFamilies;
  }
}
