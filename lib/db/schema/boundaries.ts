import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { MultiPolygon, Polygon } from 'geojson';
import { regions } from './regions';

/** One simplified boundary per kelurahan, as loaded by `npm run geo:import`. */
export const kelurahanBoundaries = pgTable('kelurahan_boundaries', {
  code: text('code')
    .primaryKey()
    .references(() => regions.code),
  geometry: jsonb('geometry').$type<Polygon | MultiPolygon>().notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
