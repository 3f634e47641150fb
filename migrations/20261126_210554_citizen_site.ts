import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_leaflets_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum_leaflets_audience" AS ENUM('citizens', 'staff');
  CREATE TYPE "public"."enum__leaflets_v_version_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum__leaflets_v_version_audience" AS ENUM('citizens', 'staff');
  CREATE TYPE "public"."enum_welcome_materials_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum_welcome_materials_audience" AS ENUM('citizens', 'staff');
  CREATE TYPE "public"."enum__welcome_materials_v_version_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum__welcome_materials_v_version_audience" AS ENUM('citizens', 'staff');
  CREATE TYPE "public"."enum_interface_texts_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_interface_texts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interface_texts_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__interface_texts_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__interface_texts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_help_points_languages_spoken" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_help_points_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum_help_points_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_help_points_kind" AS ENUM('health-house', 'job-centre', 'social-centre', 'day-care', 'school', 'library', 'citizens-advisor', 'volunteer', 'neighbourhood-mothers');
  CREATE TYPE "public"."enum_help_points_district" AS ENUM('indre-by', 'osterbro', 'norrebro', 'vesterbro-kongens-enghave', 'valby', 'vanlose', 'bronshoj-husum', 'bispebjerg', 'amager-ost', 'amager-vest');
  CREATE TYPE "public"."enum_help_points_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__help_points_v_version_languages_spoken" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__help_points_v_version_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum__help_points_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__help_points_v_version_kind" AS ENUM('health-house', 'job-centre', 'social-centre', 'day-care', 'school', 'library', 'citizens-advisor', 'volunteer', 'neighbourhood-mothers');
  CREATE TYPE "public"."enum__help_points_v_version_district" AS ENUM('indre-by', 'osterbro', 'norrebro', 'vesterbro-kongens-enghave', 'valby', 'vanlose', 'bronshoj-husum', 'bispebjerg', 'amager-ost', 'amager-vest');
  CREATE TYPE "public"."enum__help_points_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__help_points_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum_events_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('information-meeting', 'market-day');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum__events_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('information-meeting', 'market-day');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_films_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum_films_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_films_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__films_v_version_life_situations" AS ENUM('new-in-copenhagen', 'family-children', 'work-education', 'health', 'housing', 'letters-meetings');
  CREATE TYPE "public"."enum__films_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__films_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__films_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_translation_tasks_collection" ADD VALUE 'interface-texts';
  ALTER TYPE "public"."enum_translation_tasks_collection" ADD VALUE 'help-points';
  ALTER TYPE "public"."enum_translation_tasks_collection" ADD VALUE 'events';
  ALTER TYPE "public"."enum_translation_tasks_collection" ADD VALUE 'films';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'build-offline-packs' BEFORE 'machine-translate';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'build-offline-packs' BEFORE 'machine-translate';
  CREATE TABLE "leaflets_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_leaflets_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_leaflets_v_version_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__leaflets_v_version_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "welcome_materials_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_welcome_materials_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_welcome_materials_v_version_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__welcome_materials_v_version_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "interface_texts_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_interface_texts_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "interface_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"department_id" integer,
  	"context" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "interface_texts_locales" (
  	"title" varchar,
  	"_status" "enum_interface_texts_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_interface_texts_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__interface_texts_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_interface_texts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_department_id" integer,
  	"version_context" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__interface_texts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_interface_texts_v_locales" (
  	"version_title" varchar,
  	"version__status" "enum__interface_texts_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "help_points_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_help_points_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "help_points_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_help_points_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "help_points_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_help_points_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "help_points" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"kind" "enum_help_points_kind",
  	"district" "enum_help_points_district",
  	"address" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "help_points_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"opening_hours" varchar,
  	"helps_with" varchar,
  	"_status" "enum_help_points_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_help_points_v_version_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__help_points_v_version_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_help_points_v_version_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__help_points_v_version_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_help_points_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__help_points_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_help_points_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_kind" "enum__help_points_v_version_kind",
  	"version_district" "enum__help_points_v_version_district",
  	"version_address" varchar,
  	"version_phone" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__help_points_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_help_points_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_opening_hours" varchar,
  	"version_helps_with" varchar,
  	"version__status" "enum__help_points_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"kind" "enum_events_kind",
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"location" varchar,
  	"_status" "enum_events_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_kind" "enum__events_v_version_kind",
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_address" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_location" varchar,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "films_cues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start_ms" numeric,
  	"end_ms" numeric
  );
  
  CREATE TABLE "films_cues_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "films_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_films_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "films_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_films_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "films" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"video_id" integer,
  	"danish_subtitles_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "films_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_films_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_films_v_version_cues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start_ms" numeric,
  	"end_ms" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_films_v_version_cues_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_films_v_version_life_situations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__films_v_version_life_situations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_films_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__films_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_films_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_video_id" integer,
  	"version_danish_subtitles_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__films_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_films_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__films_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "page_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "leaflets" ADD COLUMN "audience" "enum_leaflets_audience" DEFAULT 'citizens';
  ALTER TABLE "_leaflets_v" ADD COLUMN "version_audience" "enum__leaflets_v_version_audience" DEFAULT 'citizens';
  ALTER TABLE "welcome_materials" ADD COLUMN "audience" "enum_welcome_materials_audience" DEFAULT 'citizens';
  ALTER TABLE "_welcome_materials_v" ADD COLUMN "version_audience" "enum__welcome_materials_v_version_audience" DEFAULT 'citizens';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interface_texts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_points_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "films_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_views_id" integer;
  ALTER TABLE "leaflets_life_situations" ADD CONSTRAINT "leaflets_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaflets_v_version_life_situations" ADD CONSTRAINT "_leaflets_v_version_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_leaflets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "welcome_materials_life_situations" ADD CONSTRAINT "welcome_materials_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."welcome_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v_version_life_situations" ADD CONSTRAINT "_welcome_materials_v_version_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_welcome_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interface_texts_published_locales" ADD CONSTRAINT "interface_texts_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interface_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interface_texts" ADD CONSTRAINT "interface_texts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interface_texts_locales" ADD CONSTRAINT "interface_texts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interface_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interface_texts_v_version_published_locales" ADD CONSTRAINT "_interface_texts_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interface_texts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interface_texts_v" ADD CONSTRAINT "_interface_texts_v_parent_id_interface_texts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interface_texts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interface_texts_v" ADD CONSTRAINT "_interface_texts_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interface_texts_v_locales" ADD CONSTRAINT "_interface_texts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interface_texts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_points_languages_spoken" ADD CONSTRAINT "help_points_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_points_life_situations" ADD CONSTRAINT "help_points_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_points_published_locales" ADD CONSTRAINT "help_points_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_points" ADD CONSTRAINT "help_points_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_points_locales" ADD CONSTRAINT "help_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_points_v_version_languages_spoken" ADD CONSTRAINT "_help_points_v_version_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_points_v_version_life_situations" ADD CONSTRAINT "_help_points_v_version_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_points_v_version_published_locales" ADD CONSTRAINT "_help_points_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_points_v" ADD CONSTRAINT "_help_points_v_parent_id_help_points_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_points"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_help_points_v" ADD CONSTRAINT "_help_points_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_help_points_v_locales" ADD CONSTRAINT "_help_points_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_help_points_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_life_situations" ADD CONSTRAINT "events_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_published_locales" ADD CONSTRAINT "events_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_life_situations" ADD CONSTRAINT "_events_v_version_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_published_locales" ADD CONSTRAINT "_events_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_cues" ADD CONSTRAINT "films_cues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_cues_locales" ADD CONSTRAINT "films_cues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films_cues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_life_situations" ADD CONSTRAINT "films_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_published_locales" ADD CONSTRAINT "films_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_danish_subtitles_id_media_id_fk" FOREIGN KEY ("danish_subtitles_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films_locales" ADD CONSTRAINT "films_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_cues" ADD CONSTRAINT "_films_v_version_cues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_cues_locales" ADD CONSTRAINT "_films_v_version_cues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v_version_cues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_life_situations" ADD CONSTRAINT "_films_v_version_life_situations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_published_locales" ADD CONSTRAINT "_films_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_parent_id_films_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_danish_subtitles_id_media_id_fk" FOREIGN KEY ("version_danish_subtitles_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v_locales" ADD CONSTRAINT "_films_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "leaflets_life_situations_order_idx" ON "leaflets_life_situations" USING btree ("order");
  CREATE INDEX "leaflets_life_situations_parent_idx" ON "leaflets_life_situations" USING btree ("parent_id");
  CREATE INDEX "_leaflets_v_version_life_situations_order_idx" ON "_leaflets_v_version_life_situations" USING btree ("order");
  CREATE INDEX "_leaflets_v_version_life_situations_parent_idx" ON "_leaflets_v_version_life_situations" USING btree ("parent_id");
  CREATE INDEX "welcome_materials_life_situations_order_idx" ON "welcome_materials_life_situations" USING btree ("order");
  CREATE INDEX "welcome_materials_life_situations_parent_idx" ON "welcome_materials_life_situations" USING btree ("parent_id");
  CREATE INDEX "_welcome_materials_v_version_life_situations_order_idx" ON "_welcome_materials_v_version_life_situations" USING btree ("order");
  CREATE INDEX "_welcome_materials_v_version_life_situations_parent_idx" ON "_welcome_materials_v_version_life_situations" USING btree ("parent_id");
  CREATE INDEX "interface_texts_published_locales_order_idx" ON "interface_texts_published_locales" USING btree ("order");
  CREATE INDEX "interface_texts_published_locales_parent_idx" ON "interface_texts_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "interface_texts_key_idx" ON "interface_texts" USING btree ("key");
  CREATE INDEX "interface_texts_department_idx" ON "interface_texts" USING btree ("department_id");
  CREATE INDEX "interface_texts_updated_at_idx" ON "interface_texts" USING btree ("updated_at");
  CREATE INDEX "interface_texts_created_at_idx" ON "interface_texts" USING btree ("created_at");
  CREATE INDEX "interface_texts__status_idx" ON "interface_texts_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "interface_texts_locales_locale_parent_id_unique" ON "interface_texts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_interface_texts_v_version_published_locales_order_idx" ON "_interface_texts_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_interface_texts_v_version_published_locales_parent_idx" ON "_interface_texts_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_interface_texts_v_parent_idx" ON "_interface_texts_v" USING btree ("parent_id");
  CREATE INDEX "_interface_texts_v_version_version_key_idx" ON "_interface_texts_v" USING btree ("version_key");
  CREATE INDEX "_interface_texts_v_version_version_department_idx" ON "_interface_texts_v" USING btree ("version_department_id");
  CREATE INDEX "_interface_texts_v_version_version_updated_at_idx" ON "_interface_texts_v" USING btree ("version_updated_at");
  CREATE INDEX "_interface_texts_v_version_version_created_at_idx" ON "_interface_texts_v" USING btree ("version_created_at");
  CREATE INDEX "_interface_texts_v_created_at_idx" ON "_interface_texts_v" USING btree ("created_at");
  CREATE INDEX "_interface_texts_v_updated_at_idx" ON "_interface_texts_v" USING btree ("updated_at");
  CREATE INDEX "_interface_texts_v_snapshot_idx" ON "_interface_texts_v" USING btree ("snapshot");
  CREATE INDEX "_interface_texts_v_published_locale_idx" ON "_interface_texts_v" USING btree ("published_locale");
  CREATE INDEX "_interface_texts_v_latest_idx" ON "_interface_texts_v" USING btree ("latest");
  CREATE INDEX "_interface_texts_v_version_version__status_idx" ON "_interface_texts_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_interface_texts_v_locales_locale_parent_id_unique" ON "_interface_texts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "help_points_languages_spoken_order_idx" ON "help_points_languages_spoken" USING btree ("order");
  CREATE INDEX "help_points_languages_spoken_parent_idx" ON "help_points_languages_spoken" USING btree ("parent_id");
  CREATE INDEX "help_points_life_situations_order_idx" ON "help_points_life_situations" USING btree ("order");
  CREATE INDEX "help_points_life_situations_parent_idx" ON "help_points_life_situations" USING btree ("parent_id");
  CREATE INDEX "help_points_published_locales_order_idx" ON "help_points_published_locales" USING btree ("order");
  CREATE INDEX "help_points_published_locales_parent_idx" ON "help_points_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "help_points_slug_idx" ON "help_points" USING btree ("slug");
  CREATE INDEX "help_points_department_idx" ON "help_points" USING btree ("department_id");
  CREATE INDEX "help_points_updated_at_idx" ON "help_points" USING btree ("updated_at");
  CREATE INDEX "help_points_created_at_idx" ON "help_points" USING btree ("created_at");
  CREATE INDEX "help_points__status_idx" ON "help_points_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "help_points_locales_locale_parent_id_unique" ON "help_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_help_points_v_version_languages_spoken_order_idx" ON "_help_points_v_version_languages_spoken" USING btree ("order");
  CREATE INDEX "_help_points_v_version_languages_spoken_parent_idx" ON "_help_points_v_version_languages_spoken" USING btree ("parent_id");
  CREATE INDEX "_help_points_v_version_life_situations_order_idx" ON "_help_points_v_version_life_situations" USING btree ("order");
  CREATE INDEX "_help_points_v_version_life_situations_parent_idx" ON "_help_points_v_version_life_situations" USING btree ("parent_id");
  CREATE INDEX "_help_points_v_version_published_locales_order_idx" ON "_help_points_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_help_points_v_version_published_locales_parent_idx" ON "_help_points_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_help_points_v_parent_idx" ON "_help_points_v" USING btree ("parent_id");
  CREATE INDEX "_help_points_v_version_version_slug_idx" ON "_help_points_v" USING btree ("version_slug");
  CREATE INDEX "_help_points_v_version_version_department_idx" ON "_help_points_v" USING btree ("version_department_id");
  CREATE INDEX "_help_points_v_version_version_updated_at_idx" ON "_help_points_v" USING btree ("version_updated_at");
  CREATE INDEX "_help_points_v_version_version_created_at_idx" ON "_help_points_v" USING btree ("version_created_at");
  CREATE INDEX "_help_points_v_created_at_idx" ON "_help_points_v" USING btree ("created_at");
  CREATE INDEX "_help_points_v_updated_at_idx" ON "_help_points_v" USING btree ("updated_at");
  CREATE INDEX "_help_points_v_snapshot_idx" ON "_help_points_v" USING btree ("snapshot");
  CREATE INDEX "_help_points_v_published_locale_idx" ON "_help_points_v" USING btree ("published_locale");
  CREATE INDEX "_help_points_v_latest_idx" ON "_help_points_v" USING btree ("latest");
  CREATE INDEX "_help_points_v_version_version__status_idx" ON "_help_points_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_help_points_v_locales_locale_parent_id_unique" ON "_help_points_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_life_situations_order_idx" ON "events_life_situations" USING btree ("order");
  CREATE INDEX "events_life_situations_parent_idx" ON "events_life_situations" USING btree ("parent_id");
  CREATE INDEX "events_published_locales_order_idx" ON "events_published_locales" USING btree ("order");
  CREATE INDEX "events_published_locales_parent_idx" ON "events_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_department_idx" ON "events" USING btree ("department_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_life_situations_order_idx" ON "_events_v_version_life_situations" USING btree ("order");
  CREATE INDEX "_events_v_version_life_situations_parent_idx" ON "_events_v_version_life_situations" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_published_locales_order_idx" ON "_events_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_events_v_version_published_locales_parent_idx" ON "_events_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_department_idx" ON "_events_v" USING btree ("version_department_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "films_cues_order_idx" ON "films_cues" USING btree ("_order");
  CREATE INDEX "films_cues_parent_id_idx" ON "films_cues" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "films_cues_locales_locale_parent_id_unique" ON "films_cues_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "films_life_situations_order_idx" ON "films_life_situations" USING btree ("order");
  CREATE INDEX "films_life_situations_parent_idx" ON "films_life_situations" USING btree ("parent_id");
  CREATE INDEX "films_published_locales_order_idx" ON "films_published_locales" USING btree ("order");
  CREATE INDEX "films_published_locales_parent_idx" ON "films_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "films_slug_idx" ON "films" USING btree ("slug");
  CREATE INDEX "films_department_idx" ON "films" USING btree ("department_id");
  CREATE INDEX "films_video_idx" ON "films" USING btree ("video_id");
  CREATE INDEX "films_danish_subtitles_idx" ON "films" USING btree ("danish_subtitles_id");
  CREATE INDEX "films_updated_at_idx" ON "films" USING btree ("updated_at");
  CREATE INDEX "films_created_at_idx" ON "films" USING btree ("created_at");
  CREATE INDEX "films__status_idx" ON "films_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "films_locales_locale_parent_id_unique" ON "films_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_films_v_version_cues_order_idx" ON "_films_v_version_cues" USING btree ("_order");
  CREATE INDEX "_films_v_version_cues_parent_id_idx" ON "_films_v_version_cues" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_films_v_version_cues_locales_locale_parent_id_unique" ON "_films_v_version_cues_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_films_v_version_life_situations_order_idx" ON "_films_v_version_life_situations" USING btree ("order");
  CREATE INDEX "_films_v_version_life_situations_parent_idx" ON "_films_v_version_life_situations" USING btree ("parent_id");
  CREATE INDEX "_films_v_version_published_locales_order_idx" ON "_films_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_films_v_version_published_locales_parent_idx" ON "_films_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_films_v_parent_idx" ON "_films_v" USING btree ("parent_id");
  CREATE INDEX "_films_v_version_version_slug_idx" ON "_films_v" USING btree ("version_slug");
  CREATE INDEX "_films_v_version_version_department_idx" ON "_films_v" USING btree ("version_department_id");
  CREATE INDEX "_films_v_version_version_video_idx" ON "_films_v" USING btree ("version_video_id");
  CREATE INDEX "_films_v_version_version_danish_subtitles_idx" ON "_films_v" USING btree ("version_danish_subtitles_id");
  CREATE INDEX "_films_v_version_version_updated_at_idx" ON "_films_v" USING btree ("version_updated_at");
  CREATE INDEX "_films_v_version_version_created_at_idx" ON "_films_v" USING btree ("version_created_at");
  CREATE INDEX "_films_v_created_at_idx" ON "_films_v" USING btree ("created_at");
  CREATE INDEX "_films_v_updated_at_idx" ON "_films_v" USING btree ("updated_at");
  CREATE INDEX "_films_v_snapshot_idx" ON "_films_v" USING btree ("snapshot");
  CREATE INDEX "_films_v_published_locale_idx" ON "_films_v" USING btree ("published_locale");
  CREATE INDEX "_films_v_latest_idx" ON "_films_v" USING btree ("latest");
  CREATE INDEX "_films_v_version_version__status_idx" ON "_films_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_films_v_locales_locale_parent_id_unique" ON "_films_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "page_views_path_idx" ON "page_views" USING btree ("path");
  CREATE INDEX "page_views_locale_idx" ON "page_views" USING btree ("locale");
  CREATE INDEX "page_views_day_idx" ON "page_views" USING btree ("day");
  CREATE INDEX "page_views_updated_at_idx" ON "page_views" USING btree ("updated_at");
  CREATE INDEX "page_views_created_at_idx" ON "page_views" USING btree ("created_at");
  CREATE UNIQUE INDEX "path_locale_day_idx" ON "page_views" USING btree ("path","locale","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interface_texts_fk" FOREIGN KEY ("interface_texts_id") REFERENCES "public"."interface_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_points_fk" FOREIGN KEY ("help_points_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_films_fk" FOREIGN KEY ("films_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_views_fk" FOREIGN KEY ("page_views_id") REFERENCES "public"."page_views"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "leaflets_audience_idx" ON "leaflets" USING btree ("audience");
  CREATE INDEX "_leaflets_v_version_version_audience_idx" ON "_leaflets_v" USING btree ("version_audience");
  CREATE INDEX "welcome_materials_audience_idx" ON "welcome_materials" USING btree ("audience");
  CREATE INDEX "_welcome_materials_v_version_version_audience_idx" ON "_welcome_materials_v" USING btree ("version_audience");
  CREATE INDEX "payload_locked_documents_rels_interface_texts_id_idx" ON "payload_locked_documents_rels" USING btree ("interface_texts_id");
  CREATE INDEX "payload_locked_documents_rels_help_points_id_idx" ON "payload_locked_documents_rels" USING btree ("help_points_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_films_id_idx" ON "payload_locked_documents_rels" USING btree ("films_id");
  CREATE INDEX "payload_locked_documents_rels_page_views_id_idx" ON "payload_locked_documents_rels" USING btree ("page_views_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leaflets_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaflets_v_version_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "welcome_materials_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_welcome_materials_v_version_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interface_texts_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interface_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interface_texts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interface_texts_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interface_texts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interface_texts_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_points_languages_spoken" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_points_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_points_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "help_points_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_points_v_version_languages_spoken" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_points_v_version_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_points_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_points_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_help_points_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "films_cues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "films_cues_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "films_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "films_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "films" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "films_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_films_v_version_cues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_films_v_version_cues_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_films_v_version_life_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_films_v_version_published_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_films_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_films_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "page_views" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "leaflets_life_situations" CASCADE;
  DROP TABLE "_leaflets_v_version_life_situations" CASCADE;
  DROP TABLE "welcome_materials_life_situations" CASCADE;
  DROP TABLE "_welcome_materials_v_version_life_situations" CASCADE;
  DROP TABLE "interface_texts_published_locales" CASCADE;
  DROP TABLE "interface_texts" CASCADE;
  DROP TABLE "interface_texts_locales" CASCADE;
  DROP TABLE "_interface_texts_v_version_published_locales" CASCADE;
  DROP TABLE "_interface_texts_v" CASCADE;
  DROP TABLE "_interface_texts_v_locales" CASCADE;
  DROP TABLE "help_points_languages_spoken" CASCADE;
  DROP TABLE "help_points_life_situations" CASCADE;
  DROP TABLE "help_points_published_locales" CASCADE;
  DROP TABLE "help_points" CASCADE;
  DROP TABLE "help_points_locales" CASCADE;
  DROP TABLE "_help_points_v_version_languages_spoken" CASCADE;
  DROP TABLE "_help_points_v_version_life_situations" CASCADE;
  DROP TABLE "_help_points_v_version_published_locales" CASCADE;
  DROP TABLE "_help_points_v" CASCADE;
  DROP TABLE "_help_points_v_locales" CASCADE;
  DROP TABLE "events_life_situations" CASCADE;
  DROP TABLE "events_published_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v_version_life_situations" CASCADE;
  DROP TABLE "_events_v_version_published_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "films_cues" CASCADE;
  DROP TABLE "films_cues_locales" CASCADE;
  DROP TABLE "films_life_situations" CASCADE;
  DROP TABLE "films_published_locales" CASCADE;
  DROP TABLE "films" CASCADE;
  DROP TABLE "films_locales" CASCADE;
  DROP TABLE "_films_v_version_cues" CASCADE;
  DROP TABLE "_films_v_version_cues_locales" CASCADE;
  DROP TABLE "_films_v_version_life_situations" CASCADE;
  DROP TABLE "_films_v_version_published_locales" CASCADE;
  DROP TABLE "_films_v" CASCADE;
  DROP TABLE "_films_v_locales" CASCADE;
  DROP TABLE "page_views" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_interface_texts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_help_points_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_films_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_views_fk";
  
  ALTER TABLE "translation_tasks" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_translation_tasks_collection";
  CREATE TYPE "public"."enum_translation_tasks_collection" AS ENUM('leaflets', 'welcome-materials', 'letter-templates', 'methods', 'reflection-questions');
  ALTER TABLE "translation_tasks" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_translation_tasks_collection" USING "collection"::"public"."enum_translation_tasks_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-webhook', 'machine-translate', 'sweep-translation-queue', 'translator-digest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-webhook', 'machine-translate', 'sweep-translation-queue', 'translator-digest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "leaflets_audience_idx";
  DROP INDEX "_leaflets_v_version_version_audience_idx";
  DROP INDEX "welcome_materials_audience_idx";
  DROP INDEX "_welcome_materials_v_version_version_audience_idx";
  DROP INDEX "payload_locked_documents_rels_interface_texts_id_idx";
  DROP INDEX "payload_locked_documents_rels_help_points_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_films_id_idx";
  DROP INDEX "payload_locked_documents_rels_page_views_id_idx";
  ALTER TABLE "leaflets" DROP COLUMN "audience";
  ALTER TABLE "_leaflets_v" DROP COLUMN "version_audience";
  ALTER TABLE "welcome_materials" DROP COLUMN "audience";
  ALTER TABLE "_welcome_materials_v" DROP COLUMN "version_audience";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interface_texts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_points_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "films_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_views_id";
  DROP TYPE "public"."enum_leaflets_life_situations";
  DROP TYPE "public"."enum_leaflets_audience";
  DROP TYPE "public"."enum__leaflets_v_version_life_situations";
  DROP TYPE "public"."enum__leaflets_v_version_audience";
  DROP TYPE "public"."enum_welcome_materials_life_situations";
  DROP TYPE "public"."enum_welcome_materials_audience";
  DROP TYPE "public"."enum__welcome_materials_v_version_life_situations";
  DROP TYPE "public"."enum__welcome_materials_v_version_audience";
  DROP TYPE "public"."enum_interface_texts_published_locales";
  DROP TYPE "public"."enum_interface_texts_status";
  DROP TYPE "public"."enum__interface_texts_v_version_published_locales";
  DROP TYPE "public"."enum__interface_texts_v_published_locale";
  DROP TYPE "public"."enum__interface_texts_v_version_status";
  DROP TYPE "public"."enum_help_points_languages_spoken";
  DROP TYPE "public"."enum_help_points_life_situations";
  DROP TYPE "public"."enum_help_points_published_locales";
  DROP TYPE "public"."enum_help_points_kind";
  DROP TYPE "public"."enum_help_points_district";
  DROP TYPE "public"."enum_help_points_status";
  DROP TYPE "public"."enum__help_points_v_version_languages_spoken";
  DROP TYPE "public"."enum__help_points_v_version_life_situations";
  DROP TYPE "public"."enum__help_points_v_version_published_locales";
  DROP TYPE "public"."enum__help_points_v_version_kind";
  DROP TYPE "public"."enum__help_points_v_version_district";
  DROP TYPE "public"."enum__help_points_v_published_locale";
  DROP TYPE "public"."enum__help_points_v_version_status";
  DROP TYPE "public"."enum_events_life_situations";
  DROP TYPE "public"."enum_events_published_locales";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_life_situations";
  DROP TYPE "public"."enum__events_v_version_published_locales";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_films_life_situations";
  DROP TYPE "public"."enum_films_published_locales";
  DROP TYPE "public"."enum_films_status";
  DROP TYPE "public"."enum__films_v_version_life_situations";
  DROP TYPE "public"."enum__films_v_version_published_locales";
  DROP TYPE "public"."enum__films_v_published_locale";
  DROP TYPE "public"."enum__films_v_version_status";`)
}
