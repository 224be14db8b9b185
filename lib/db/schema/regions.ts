import { index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';

export const regionLevel = pgEnum('region_level', ['province', 'city', 'district', 'village']);

/** Province 31 and every kota, kecamatan and kelurahan below it, with Kemendagri codes in dotted form. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    level: regionLevel('level').notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
  },
  (table) => [index('regions_level_parent_idx').on(table.level, table.parentCode)],
);
