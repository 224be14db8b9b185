-- Keys of the register put periode last. Each partition holds one periode, so a leading periode column
-- never tells two rows apart and every comparison of an index build had to go past it: building a new
-- periode's indexes took about three times as long. Equality lookups on both columns are unchanged.
DROP INDEX "families_periode_kelurahan_idx";--> statement-breakpoint
DROP INDEX "persons_periode_family_idx";--> statement-breakpoint
ALTER TABLE "dwellings" DROP CONSTRAINT "dwellings_periode_kode_kelurahan_id_hunian_pk";--> statement-breakpoint
ALTER TABLE "families" DROP CONSTRAINT "families_periode_kk_hash_pk";--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_periode_nik_hash_pk";--> statement-breakpoint
ALTER TABLE "dwellings" ADD CONSTRAINT "dwellings_kode_kelurahan_id_hunian_periode_pk" PRIMARY KEY("kode_kelurahan","id_hunian","periode");--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_kk_hash_periode_pk" PRIMARY KEY("kk_hash","periode");--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_nik_hash_periode_pk" PRIMARY KEY("nik_hash","periode");--> statement-breakpoint
CREATE INDEX "families_kelurahan_periode_idx" ON "families" USING btree ("kode_kelurahan","periode");--> statement-breakpoint
CREATE INDEX "persons_family_periode_idx" ON "persons" USING btree ("kk_hash","periode");