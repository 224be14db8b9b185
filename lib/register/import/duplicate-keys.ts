/**
 * Which identity keys (a NIK, a No KK) occur more than once in a submission, found while its rows
 * stream past, so that the rules about duplicates need look only at those in SQL instead of grouping
 * eleven million rows. Each key is the first 64 bits of its hash, mixed with its periode: two keys
 * that agree there are reported as candidates, and SQL decides on the whole hash, so a chance
 * agreement costs nothing but a look. Memory is capped (the table holds at most MAX_SLOTS keys, 128 MB,
 * enough for 11.7 million; a moment longer while it grows): past that, or past MAX_CANDIDATES, the set
 * gives up and the rules look at every row, as without it.
 */
const INITIAL_SLOTS = 1 << 16;
const MAX_SLOTS = 1 << 24;
/** More candidates than this (a file sent twice within itself, say) and the rules look at every row. */
const MAX_CANDIDATES = 100_000;
const MAX_LOAD = 0.7;

/** Three words per key in a block's answer: the hash's first two 32-bit words and the periode. */
export const KEY_WORDS = 3;

export class DuplicateKeys {
  /** Two words per slot, linear probing; (0, 0) marks an empty slot. */
  #slots: Int32Array;
  #mask: number;
  #count = 0;
  #overflowed = false;
  readonly #candidates = new Set<string>();

  /** `maxSlots`: a power of two; tests make it small to see the set give up. */
  constructor(private readonly maxSlots = MAX_SLOTS) {
    const slots = Math.min(INITIAL_SLOTS, maxSlots);
    this.#slots = new Int32Array(slots * 2);
    this.#mask = slots - 1;
  }

  addAll(keys: Uint32Array): void {
    for (let index = 0; index + 2 < keys.length; index += KEY_WORDS)
      this.#add(keys[index] as number, keys[index + 1] as number, keys[index + 2] as number);
  }

  /** The hash prefixes (16 hex digits) seen more than once; null when the set gave up. */
  candidates(): string[] | null {
    return this.#overflowed ? null : [...this.#candidates];
  }

  #add(high: number, low: number, periode: number): void {
    if (this.#overflowed) return;
    const a = (high ^ Math.imul(periode, 0x9e3779b1)) | 0;
    const b = low | 0 || 1;
    if (this.#insert(this.#slots, this.#mask, a, b)) {
      this.#candidates.add(`${hex8(high)}${hex8(low)}`);
      if (this.#candidates.size > MAX_CANDIDATES) this.#giveUp();
      return;
    }
    this.#count += 1;
    if (this.#count > (this.#mask + 1) * MAX_LOAD) this.#grow();
  }

  /** Puts (a, b) in the table; true when it was there already. */
  #insert(slots: Int32Array, mask: number, a: number, b: number): boolean {
    let slot = Math.imul(a ^ b, 0x85ebca6b) & mask;
    for (;;) {
      const at = slot * 2;
      const storedA = slots[at] as number;
      const storedB = slots[at + 1] as number;
      if (storedA === 0 && storedB === 0) {
        slots[at] = a;
        slots[at + 1] = b;
        return false;
      }
      if (storedA === a && storedB === b) return true;
      slot = (slot + 1) & mask;
    }
  }

  #giveUp(): void {
    this.#overflowed = true;
    this.#slots = new Int32Array(0);
    this.#candidates.clear();
  }

  #grow(): void {
    const size = (this.#mask + 1) * 2;
    if (size > this.maxSlots) {
      this.#giveUp();
      return;
    }
    const slots = new Int32Array(size * 2);
    const old = this.#slots;
    for (let at = 0; at < old.length; at += 2)
      if (old[at] !== 0 || old[at + 1] !== 0)
        this.#insert(slots, size - 1, old[at] as number, old[at + 1] as number);
    this.#slots = slots;
    this.#mask = size - 1;
  }
}

const hex8 = (word: number) => (word >>> 0).toString(16).padStart(8, '0');
