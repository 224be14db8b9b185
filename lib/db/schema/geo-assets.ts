import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Geometry as it is served, built once at import: the body is the exact JSON sent to browsers
 * and the hash is its SHA-256, used as ETag and as the cache-busting version in URLs.
 */
export const geoAssets = pgTable('geo_assets', {
  name: text('name').primaryKey(),
  body: text('body').notNull(),
  sha256: text('sha256').notNull(),
  source: text('source').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
