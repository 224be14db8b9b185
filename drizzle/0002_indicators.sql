CREATE TABLE "indicator_values" (
	"periode" text NOT NULL,
	"indicator" text NOT NULL,
	"kode_kelurahan" text NOT NULL,
	"numerator" integer NOT NULL,
	"denominator" integer,
	CONSTRAINT "indicator_values_periode_indicator_kode_kelurahan_pk" PRIMARY KEY("periode","indicator","kode_kelurahan")
);
--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_kelurahan_idx" ON "indicator_values" USING btree ("indicator","kode_kelurahan");