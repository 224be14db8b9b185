/** Numbers as text, cached for the small ones that every row repeats (RW, RT, serials, areas). */

const CACHED = 10_000;
const plain: (string | undefined)[] = Array.from({ length: CACHED }, () => undefined);
/** Per width, the padded texts made so far. */
const zeroPadded: (string | undefined)[][] = [];

/** `String(value)`, without allocating for values below 10,000. */
export function digits(value: number): string {
  if (value < 0 || value >= CACHED || !Number.isInteger(value)) return String(value);
  let text = plain[value];
  if (text === undefined) {
    text = String(value);
    plain[value] = text;
  }
  return text;
}

/** `value` left-padded with zeros to `width` digits (longer values are kept whole). */
export function padded(value: number, width: number): string {
  if (value < 0 || value >= CACHED || !Number.isInteger(value)) return String(value).padStart(width, '0');
  let table = zeroPadded[width];
  if (!table) {
    table = Array.from({ length: CACHED }, () => undefined);
    zeroPadded[width] = table;
  }
  let text = table[value];
  if (text === undefined) {
    text = String(value).padStart(width, '0');
    table[value] = text;
  }
  return text;
}
