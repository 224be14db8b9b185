-- NIK and No KK are stored as the first 128 bits (16 bytes) of their HMAC-SHA-256, as the importer now
-- writes them: hashes stored before keep matching the same numbers in later imports.
UPDATE "persons" SET "nik_hash" = substring("nik_hash" FROM 1 FOR 16), "kk_hash" = substring("kk_hash" FROM 1 FOR 16)
WHERE length("nik_hash") > 16 OR length("kk_hash") > 16;--> statement-breakpoint
UPDATE "families" SET "kk_hash" = substring("kk_hash" FROM 1 FOR 16) WHERE length("kk_hash") > 16;
