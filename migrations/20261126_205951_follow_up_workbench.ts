import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_areas_kind" AS ENUM('district', 'local-area');
  CREATE TYPE "public"."enum_population_figures_group" AS ENUM('danish', 'immigrants', 'descendants');
  CREATE TYPE "public"."enum_population_figures_age_band" AS ENUM('0-17', '18-29', '30-49', '50-64', '65+');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('job-centre', 'social-centre', 'other');
  CREATE TYPE "public"."enum_meetings_invitation_languages" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_meetings_kind" AS ENUM('citizen-meeting', 'working-group', 'steering-group', 'information-meeting', 'market-day', 'event');
  CREATE TYPE "public"."enum_no_show_months_source" AS ENUM('case-system', 'letters', 'manual', 'illustrative');
  CREATE TYPE "public"."enum_inclusion_figures_measure" AS ENUM('trust', 'influence');
  CREATE TYPE "public"."enum_inclusion_figures_group" AS ENUM('all', 'danish', 'immigrants', 'descendants');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'organiser';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'centre-manager';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'analyst';
  CREATE TABLE "areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_areas_kind" DEFAULT 'district' NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "population_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"area_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"group" "enum_population_figures_group" NOT NULL,
  	"age_band" "enum_population_figures_age_band" NOT NULL,
  	"count" numeric,
  	"source_table" varchar NOT NULL,
  	"extracted_on" timestamp(3) with time zone NOT NULL,
  	"illustrative" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"department_id" integer,
  	"baseline_from" varchar,
  	"baseline_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_invitation_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_meetings_invitation_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "meetings_reflection_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question_group_id" integer,
  	"question" varchar NOT NULL,
  	"note" varchar NOT NULL,
  	"answered_on" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_meetings_kind" NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"area_id" integer NOT NULL,
  	"department_id" integer NOT NULL,
  	"attendance_danish" numeric DEFAULT 0,
  	"attendance_immigrants" numeric DEFAULT 0,
  	"attendance_descendants" numeric DEFAULT 0,
  	"attendance_not_stated" numeric DEFAULT 0,
  	"attendance_total" numeric DEFAULT 0,
  	"illustrative" boolean DEFAULT false,
  	"learned" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"methods_id" integer
  );
  
  CREATE TABLE "no_show_months" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"with_translation_invitations" numeric DEFAULT 0 NOT NULL,
  	"with_translation_no_shows" numeric DEFAULT 0 NOT NULL,
  	"without_translation_invitations" numeric DEFAULT 0 NOT NULL,
  	"without_translation_no_shows" numeric DEFAULT 0 NOT NULL,
  	"source" "enum_no_show_months_source" DEFAULT 'manual' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inclusion_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"measure" "enum_inclusion_figures_measure" NOT NULL,
  	"group" "enum_inclusion_figures_group" NOT NULL,
  	"percent" numeric NOT NULL,
  	"respondents" numeric,
  	"source" varchar NOT NULL,
  	"illustrative" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_rels" ADD COLUMN "units_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "areas_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "population_figures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "units_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "no_show_months_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inclusion_figures_id" integer;
  ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_id_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "population_figures" ADD CONSTRAINT "population_figures_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_invitation_languages" ADD CONSTRAINT "meetings_invitation_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_reflection_answers" ADD CONSTRAINT "meetings_reflection_answers_question_group_id_reflection_questions_id_fk" FOREIGN KEY ("question_group_id") REFERENCES "public"."reflection_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_reflection_answers" ADD CONSTRAINT "meetings_reflection_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "no_show_months" ADD CONSTRAINT "no_show_months_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "areas_name_idx" ON "areas" USING btree ("name");
  CREATE UNIQUE INDEX "areas_code_idx" ON "areas" USING btree ("code");
  CREATE INDEX "areas_parent_idx" ON "areas" USING btree ("parent_id");
  CREATE INDEX "areas_updated_at_idx" ON "areas" USING btree ("updated_at");
  CREATE INDEX "areas_created_at_idx" ON "areas" USING btree ("created_at");
  CREATE INDEX "population_figures_area_idx" ON "population_figures" USING btree ("area_id");
  CREATE INDEX "population_figures_year_idx" ON "population_figures" USING btree ("year");
  CREATE INDEX "population_figures_updated_at_idx" ON "population_figures" USING btree ("updated_at");
  CREATE INDEX "population_figures_created_at_idx" ON "population_figures" USING btree ("created_at");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_department_idx" ON "units" USING btree ("department_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "meetings_invitation_languages_order_idx" ON "meetings_invitation_languages" USING btree ("order");
  CREATE INDEX "meetings_invitation_languages_parent_idx" ON "meetings_invitation_languages" USING btree ("parent_id");
  CREATE INDEX "meetings_reflection_answers_order_idx" ON "meetings_reflection_answers" USING btree ("_order");
  CREATE INDEX "meetings_reflection_answers_parent_id_idx" ON "meetings_reflection_answers" USING btree ("_parent_id");
  CREATE INDEX "meetings_reflection_answers_question_group_idx" ON "meetings_reflection_answers" USING btree ("question_group_id");
  CREATE INDEX "meetings_date_idx" ON "meetings" USING btree ("date");
  CREATE INDEX "meetings_area_idx" ON "meetings" USING btree ("area_id");
  CREATE INDEX "meetings_department_idx" ON "meetings" USING btree ("department_id");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "meetings_rels_order_idx" ON "meetings_rels" USING btree ("order");
  CREATE INDEX "meetings_rels_parent_idx" ON "meetings_rels" USING btree ("parent_id");
  CREATE INDEX "meetings_rels_path_idx" ON "meetings_rels" USING btree ("path");
  CREATE INDEX "meetings_rels_methods_id_idx" ON "meetings_rels" USING btree ("methods_id");
  CREATE INDEX "no_show_months_unit_idx" ON "no_show_months" USING btree ("unit_id");
  CREATE INDEX "no_show_months_month_idx" ON "no_show_months" USING btree ("month");
  CREATE INDEX "no_show_months_updated_at_idx" ON "no_show_months" USING btree ("updated_at");
  CREATE INDEX "no_show_months_created_at_idx" ON "no_show_months" USING btree ("created_at");
  CREATE INDEX "inclusion_figures_year_idx" ON "inclusion_figures" USING btree ("year");
  CREATE INDEX "inclusion_figures_updated_at_idx" ON "inclusion_figures" USING btree ("updated_at");
  CREATE INDEX "inclusion_figures_created_at_idx" ON "inclusion_figures" USING btree ("created_at");
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_population_figures_fk" FOREIGN KEY ("population_figures_id") REFERENCES "public"."population_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_no_show_months_fk" FOREIGN KEY ("no_show_months_id") REFERENCES "public"."no_show_months"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inclusion_figures_fk" FOREIGN KEY ("inclusion_figures_id") REFERENCES "public"."inclusion_figures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_units_id_idx" ON "users_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("areas_id");
  CREATE INDEX "payload_locked_documents_rels_population_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("population_figures_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_no_show_months_id_idx" ON "payload_locked_documents_rels" USING btree ("no_show_months_id");
  CREATE INDEX "payload_locked_documents_rels_inclusion_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("inclusion_figures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "population_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_invitation_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_reflection_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "no_show_months" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inclusion_figures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "areas" CASCADE;
  DROP TABLE "population_figures" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "meetings_invitation_languages" CASCADE;
  DROP TABLE "meetings_reflection_answers" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_rels" CASCADE;
  DROP TABLE "no_show_months" CASCADE;
  DROP TABLE "inclusion_figures" CASCADE;
  ALTER TABLE "users_rels" DROP CONSTRAINT "users_rels_units_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_areas_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_population_figures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_units_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_no_show_months_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inclusion_figures_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator', 'caseworker', 'api-consumer');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "users_rels_units_id_idx";
  DROP INDEX "payload_locked_documents_rels_areas_id_idx";
  DROP INDEX "payload_locked_documents_rels_population_figures_id_idx";
  DROP INDEX "payload_locked_documents_rels_units_id_idx";
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_no_show_months_id_idx";
  DROP INDEX "payload_locked_documents_rels_inclusion_figures_id_idx";
  ALTER TABLE "users_rels" DROP COLUMN "units_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "areas_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "population_figures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "units_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "no_show_months_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inclusion_figures_id";
  DROP TYPE "public"."enum_areas_kind";
  DROP TYPE "public"."enum_population_figures_group";
  DROP TYPE "public"."enum_population_figures_age_band";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_meetings_invitation_languages";
  DROP TYPE "public"."enum_meetings_kind";
  DROP TYPE "public"."enum_no_show_months_source";
  DROP TYPE "public"."enum_inclusion_figures_measure";
  DROP TYPE "public"."enum_inclusion_figures_group";`)
}
