ALTER TABLE "persons" ADD COLUMN "umur" smallint;
--> statement-breakpoint
-- Persons imported before this column existed get their age at their family's tanggal_pendataan.
UPDATE "persons" p SET "umur" = date_part('year', age(f."tanggal_pendataan", p."tanggal_lahir"))
FROM "families" f WHERE f."periode" = p."periode" AND f."kk_hash" = p."kk_hash";
