import { date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Every indicator of the catalogue per periode and kelurahan, as numerator and denominator (null for the
 * counts), recomputed from the register after each import. Levels above the kelurahan are sums of these
 * rows, made when read. A kelurahan without records has no rows; `coverage` has a row only where the
 * kelurahan has a target.
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    periode: text('periode').notNull(),
    indicator: text('indicator').notNull(),
    kodeKelurahan: text('kode_kelurahan').notNull(),
    numerator: integer('numerator').notNull(),
    denominator: integer('denominator'),
  },
  (table) => [
    primaryKey({ columns: [table.periode, table.indicator, table.kodeKelurahan] }),
    index('indicator_values_indicator_kelurahan_idx').on(table.indicator, table.kodeKelurahan),
  ],
);

/**
 * How fresh each kelurahan's records of a periode are: how many families were recorded and the first and
 * last `tanggal_pendataan` among them; recomputed with the indicator values, so that pages on data
 * quality never scan the register.
 */
export const kelurahanPendataan = pgTable(
  'kelurahan_pendataan',
  {
    periode: text('periode').notNull(),
    kodeKelurahan: text('kode_kelurahan').notNull(),
    families: integer('families').notNull(),
    firstPendataan: date('first_pendataan').notNull(),
    lastPendataan: date('last_pendataan').notNull(),
  },
  (table) => [primaryKey({ columns: [table.periode, table.kodeKelurahan] })],
);
