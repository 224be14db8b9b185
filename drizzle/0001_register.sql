-- The register tables are partitioned by periode (one partition per round, created by the importer),
-- so that per-periode work reads only its own rows and a new round is bulk-loaded before its indexes are built.
CREATE TABLE "dwellings" (
	"periode" text NOT NULL,
	"kode_kelurahan" text NOT NULL,
	"id_hunian" text NOT NULL,
	"luas_lantai_m2" numeric NOT NULL,
	"kriteria_rumah" text NOT NULL,
	"status_milik" text NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "dwellings_periode_kode_kelurahan_id_hunian_pk" PRIMARY KEY("periode","kode_kelurahan","id_hunian")
) PARTITION BY LIST ("periode");
--> statement-breakpoint
CREATE TABLE "families" (
	"periode" text NOT NULL,
	"kk_hash" "bytea" NOT NULL,
	"kode_kelurahan" text NOT NULL,
	"tanggal_pendataan" date NOT NULL,
	"rw" smallint NOT NULL,
	"rt" smallint NOT NULL,
	"kelompok_dasawisma" text NOT NULL,
	"id_hunian" text NOT NULL,
	"makanan_pokok" text NOT NULL,
	"sumber_air" text NOT NULL,
	"jamban" text NOT NULL,
	"tempat_sampah" boolean NOT NULL,
	"spal" boolean NOT NULL,
	"stiker_p4k" boolean,
	"up2k" boolean NOT NULL,
	"pemanfaatan_pekarangan" boolean NOT NULL,
	"industri_rumah_tangga" boolean NOT NULL,
	"kerja_bakti" boolean NOT NULL,
	"tahapan_ks" text NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "families_periode_kk_hash_pk" PRIMARY KEY("periode","kk_hash")
) PARTITION BY LIST ("periode");
--> statement-breakpoint
CREATE TABLE "import_issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"import_id" integer NOT NULL,
	"kind" text NOT NULL,
	"file" text NOT NULL,
	"line" integer NOT NULL,
	"column" text NOT NULL,
	"reason_code" text NOT NULL,
	"reason_id" text NOT NULL,
	"reason_en" text NOT NULL,
	"periode" text,
	"kode_kelurahan" text
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"source_name" text NOT NULL,
	"source_sha256" text NOT NULL,
	"status" text NOT NULL,
	"counts" jsonb,
	"periods" text[] DEFAULT '{}' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"refusal_id" text,
	"refusal_en" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"periode" text NOT NULL,
	"nik_hash" "bytea" NOT NULL,
	"kk_hash" "bytea" NOT NULL,
	"kode_kelurahan" text NOT NULL,
	"jenis_kelamin" text NOT NULL,
	"tanggal_lahir" date NOT NULL,
	"hubungan" text NOT NULL,
	"status_kawin" text NOT NULL,
	"pendidikan" text NOT NULL,
	"sedang_sekolah" boolean NOT NULL,
	"bisa_baca_tulis" boolean NOT NULL,
	"ikut_paud" boolean,
	"kb" text,
	"hamil" boolean,
	"menyusui" boolean,
	"aktif_posyandu" boolean,
	"berkebutuhan_khusus" text NOT NULL,
	"punya_jkn" boolean NOT NULL,
	"punya_tabungan" boolean NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "persons_periode_nik_hash_pk" PRIMARY KEY("periode","nik_hash")
) PARTITION BY LIST ("periode");
--> statement-breakpoint
CREATE TABLE "register_settings" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"periode" text NOT NULL,
	"kode_kelurahan" text NOT NULL,
	"keluarga_sasaran" integer NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "targets_periode_kode_kelurahan_pk" PRIMARY KEY("periode","kode_kelurahan")
) PARTITION BY LIST ("periode");
--> statement-breakpoint
ALTER TABLE "import_issues" ADD CONSTRAINT "import_issues_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "families_periode_kelurahan_idx" ON "families" USING btree ("periode","kode_kelurahan");--> statement-breakpoint
CREATE INDEX "import_issues_import_idx" ON "import_issues" USING btree ("import_id","kind");--> statement-breakpoint
CREATE INDEX "persons_periode_family_idx" ON "persons" USING btree ("periode","kk_hash");