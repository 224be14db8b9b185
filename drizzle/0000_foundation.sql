CREATE TYPE "public"."region_level" AS ENUM('province', 'city', 'district', 'village');--> statement-breakpoint
CREATE TABLE "kelurahan_boundaries" (
	"code" text PRIMARY KEY NOT NULL,
	"geometry" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_assets" (
	"name" text PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"sha256" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"level" "region_level" NOT NULL,
	"name" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
ALTER TABLE "kelurahan_boundaries" ADD CONSTRAINT "kelurahan_boundaries_code_regions_code_fk" FOREIGN KEY ("code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_level_parent_idx" ON "regions" USING btree ("level","parent_code");