CREATE TABLE "kelurahan_pendataan" (
	"periode" text NOT NULL,
	"kode_kelurahan" text NOT NULL,
	"families" integer NOT NULL,
	"first_pendataan" date NOT NULL,
	"last_pendataan" date NOT NULL,
	CONSTRAINT "kelurahan_pendataan_periode_kode_kelurahan_pk" PRIMARY KEY("periode","kode_kelurahan")
);
--> statement-breakpoint
-- A database upgraded from 0003 has records but no freshness rows yet: fill them from the register.
INSERT INTO "kelurahan_pendataan" ("periode", "kode_kelurahan", "families", "first_pendataan", "last_pendataan")
SELECT "periode", "kode_kelurahan", count(*)::integer, min("tanggal_pendataan"), max("tanggal_pendataan")
FROM "families"
GROUP BY "periode", "kode_kelurahan";
