import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_leaflets_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_leaflets_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum_leaflets_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum__leaflets_v_version_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__leaflets_v_version_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum__leaflets_v_version_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_welcome_materials_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_welcome_materials_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum_welcome_materials_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum__welcome_materials_v_version_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__welcome_materials_v_version_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum__welcome_materials_v_version_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_letter_templates_placeholders_type" AS ENUM('text', 'name', 'date', 'time', 'place', 'phone', 'unit', 'number', 'cpr');
  CREATE TYPE "public"."enum_letter_templates_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_letter_templates_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum_letter_templates_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum__letter_templates_v_version_placeholders_type" AS ENUM('text', 'name', 'date', 'time', 'place', 'phone', 'unit', 'number', 'cpr');
  CREATE TYPE "public"."enum__letter_templates_v_version_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__letter_templates_v_version_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum__letter_templates_v_version_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_methods_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_methods_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum_methods_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum__methods_v_version_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__methods_v_version_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum__methods_v_version_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_reflection_questions_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_reflection_questions_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum_reflection_questions_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum__reflection_questions_v_version_target_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__reflection_questions_v_version_translate_into" AS ENUM('default', 'all', 'chosen', 'none');
  CREATE TYPE "public"."enum__reflection_questions_v_version_translation_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_translation_tasks_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_letter_counts_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_letter_practice_letter_type" AS ENUM('decision', 'meeting-invitation', 'reminder', 'request', 'information', 'complaint-guidance', 'other');
  CREATE TYPE "public"."enum_letter_practice_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__letter_practice_v_version_letter_type" AS ENUM('decision', 'meeting-invitation', 'reminder', 'request', 'information', 'complaint-guidance', 'other');
  CREATE TYPE "public"."enum__letter_practice_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__letter_practice_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_readability_overrides_collection" AS ENUM('leaflets', 'welcome-materials', 'letter-templates', 'methods', 'reflection-questions');
  CREATE TYPE "public"."enum_webhook_attempts_trigger" AS ENUM('first', 'retry', 'resend');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'caseworker' BEFORE 'api-consumer';
  ALTER TYPE "public"."enum_translation_tasks_state" ADD VALUE 'withdrawn';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'readability-override';
  CREATE TABLE "leaflets_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_leaflets_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_leaflets_v_version_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__leaflets_v_version_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "welcome_materials_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_welcome_materials_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_welcome_materials_v_version_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__welcome_materials_v_version_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "letter_templates_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_letter_templates_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "letter_templates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leaflets_id" integer
  );
  
  CREATE TABLE "_letter_templates_v_version_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__letter_templates_v_version_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_letter_templates_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leaflets_id" integer
  );
  
  CREATE TABLE "methods_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_methods_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__methods_v_version_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reflection_questions_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_reflection_questions_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_reflection_questions_v_version_target_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__reflection_questions_v_version_target_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "letter_counts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"template_id" integer NOT NULL,
  	"locale" "enum_letter_counts_locale" NOT NULL,
  	"unit_code" varchar NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"with_translation" boolean DEFAULT false NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plain_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"plainer" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "letter_practice" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"department_id" integer,
  	"letter_type" "enum_letter_practice_letter_type",
  	"before" varchar,
  	"after" varchar,
  	"what_changed" varchar,
  	"why" varchar,
  	"before_lix" jsonb,
  	"after_lix" jsonb,
  	"submitted_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_letter_practice_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_letter_practice_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_department_id" integer,
  	"version_letter_type" "enum__letter_practice_v_version_letter_type",
  	"version_before" varchar,
  	"version_after" varchar,
  	"version_what_changed" varchar,
  	"version_why" varchar,
  	"version_before_lix" jsonb,
  	"version_after_lix" jsonb,
  	"version_submitted_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__letter_practice_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__letter_practice_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "translation_budgets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"department_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"characters" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "machine_translation_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"year" numeric NOT NULL,
  	"department_id" integer,
  	"task_id" integer,
  	"locale" varchar,
  	"characters" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "readability_overrides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_readability_overrides_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"reason" varchar NOT NULL,
  	"score" numeric,
  	"limit" numeric,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"delivery_id" integer NOT NULL,
  	"endpoint_id" integer NOT NULL,
  	"event_id" varchar NOT NULL,
  	"attempt" numeric NOT NULL,
  	"trigger" "enum_webhook_attempts_trigger" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"ok" boolean DEFAULT false NOT NULL,
  	"status_code" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "live_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"document_id" numeric NOT NULL,
  	"locale" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"etag" varchar NOT NULL,
  	"document" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "letter_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "letter_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leaflets_id" integer
  );
  
  ALTER TABLE "leaflets" ADD COLUMN "readability" jsonb;
  ALTER TABLE "leaflets" ADD COLUMN "translate_into" "enum_leaflets_translate_into" DEFAULT 'default';
  ALTER TABLE "leaflets" ADD COLUMN "translation_priority" "enum_leaflets_translation_priority" DEFAULT 'normal';
  ALTER TABLE "leaflets" ADD COLUMN "translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "_leaflets_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_leaflets_v" ADD COLUMN "version_translate_into" "enum__leaflets_v_version_translate_into" DEFAULT 'default';
  ALTER TABLE "_leaflets_v" ADD COLUMN "version_translation_priority" "enum__leaflets_v_version_translation_priority" DEFAULT 'normal';
  ALTER TABLE "_leaflets_v" ADD COLUMN "version_translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "welcome_materials" ADD COLUMN "readability" jsonb;
  ALTER TABLE "welcome_materials" ADD COLUMN "translate_into" "enum_welcome_materials_translate_into" DEFAULT 'default';
  ALTER TABLE "welcome_materials" ADD COLUMN "translation_priority" "enum_welcome_materials_translation_priority" DEFAULT 'normal';
  ALTER TABLE "welcome_materials" ADD COLUMN "translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "_welcome_materials_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_welcome_materials_v" ADD COLUMN "version_translate_into" "enum__welcome_materials_v_version_translate_into" DEFAULT 'default';
  ALTER TABLE "_welcome_materials_v" ADD COLUMN "version_translation_priority" "enum__welcome_materials_v_version_translation_priority" DEFAULT 'normal';
  ALTER TABLE "_welcome_materials_v" ADD COLUMN "version_translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "letter_templates_placeholders" ADD COLUMN "type" "enum_letter_templates_placeholders_type" DEFAULT 'text';
  ALTER TABLE "letter_templates" ADD COLUMN "readability" jsonb;
  ALTER TABLE "letter_templates" ADD COLUMN "translate_into" "enum_letter_templates_translate_into" DEFAULT 'default';
  ALTER TABLE "letter_templates" ADD COLUMN "translation_priority" "enum_letter_templates_translation_priority" DEFAULT 'normal';
  ALTER TABLE "letter_templates" ADD COLUMN "translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "letter_templates_locales" ADD COLUMN "sms_reminder" varchar;
  ALTER TABLE "_letter_templates_v_version_placeholders" ADD COLUMN "type" "enum__letter_templates_v_version_placeholders_type" DEFAULT 'text';
  ALTER TABLE "_letter_templates_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_letter_templates_v" ADD COLUMN "version_translate_into" "enum__letter_templates_v_version_translate_into" DEFAULT 'default';
  ALTER TABLE "_letter_templates_v" ADD COLUMN "version_translation_priority" "enum__letter_templates_v_version_translation_priority" DEFAULT 'normal';
  ALTER TABLE "_letter_templates_v" ADD COLUMN "version_translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "_letter_templates_v_locales" ADD COLUMN "version_sms_reminder" varchar;
  ALTER TABLE "methods" ADD COLUMN "readability" jsonb;
  ALTER TABLE "methods" ADD COLUMN "translate_into" "enum_methods_translate_into" DEFAULT 'default';
  ALTER TABLE "methods" ADD COLUMN "translation_priority" "enum_methods_translation_priority" DEFAULT 'normal';
  ALTER TABLE "methods" ADD COLUMN "translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "_methods_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_methods_v" ADD COLUMN "version_translate_into" "enum__methods_v_version_translate_into" DEFAULT 'default';
  ALTER TABLE "_methods_v" ADD COLUMN "version_translation_priority" "enum__methods_v_version_translation_priority" DEFAULT 'normal';
  ALTER TABLE "_methods_v" ADD COLUMN "version_translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "reflection_questions" ADD COLUMN "readability" jsonb;
  ALTER TABLE "reflection_questions" ADD COLUMN "translate_into" "enum_reflection_questions_translate_into" DEFAULT 'default';
  ALTER TABLE "reflection_questions" ADD COLUMN "translation_priority" "enum_reflection_questions_translation_priority" DEFAULT 'normal';
  ALTER TABLE "reflection_questions" ADD COLUMN "translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "_reflection_questions_v" ADD COLUMN "version_readability" jsonb;
  ALTER TABLE "_reflection_questions_v" ADD COLUMN "version_translate_into" "enum__reflection_questions_v_version_translate_into" DEFAULT 'default';
  ALTER TABLE "_reflection_questions_v" ADD COLUMN "version_translation_priority" "enum__reflection_questions_v_version_translation_priority" DEFAULT 'normal';
  ALTER TABLE "_reflection_questions_v" ADD COLUMN "version_translation_due_date" timestamp(3) with time zone;
  ALTER TABLE "translation_tasks" ADD COLUMN "priority" "enum_translation_tasks_priority" DEFAULT 'normal';
  ALTER TABLE "webhook_deliveries" ADD COLUMN "next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "letter_counts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "plain_words_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "letter_practice_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_budgets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "machine_translation_usage_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "readability_overrides_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "live_documents_id" integer;
  ALTER TABLE "leaflets_target_languages" ADD CONSTRAINT "leaflets_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaflets_v_version_target_languages" ADD CONSTRAINT "_leaflets_v_version_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_leaflets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "welcome_materials_target_languages" ADD CONSTRAINT "welcome_materials_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."welcome_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v_version_target_languages" ADD CONSTRAINT "_welcome_materials_v_version_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_welcome_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates_target_languages" ADD CONSTRAINT "letter_templates_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates_rels" ADD CONSTRAINT "letter_templates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates_rels" ADD CONSTRAINT "letter_templates_rels_leaflets_fk" FOREIGN KEY ("leaflets_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_version_target_languages" ADD CONSTRAINT "_letter_templates_v_version_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_letter_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_rels" ADD CONSTRAINT "_letter_templates_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_letter_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_rels" ADD CONSTRAINT "_letter_templates_v_rels_leaflets_fk" FOREIGN KEY ("leaflets_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_target_languages" ADD CONSTRAINT "methods_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_target_languages" ADD CONSTRAINT "_methods_v_version_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reflection_questions_target_languages" ADD CONSTRAINT "reflection_questions_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reflection_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reflection_questions_v_version_target_languages" ADD CONSTRAINT "_reflection_questions_v_version_target_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reflection_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_counts" ADD CONSTRAINT "letter_counts_template_id_letter_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."letter_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letter_practice" ADD CONSTRAINT "letter_practice_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letter_practice" ADD CONSTRAINT "letter_practice_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letter_practice_v" ADD CONSTRAINT "_letter_practice_v_parent_id_letter_practice_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letter_practice"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letter_practice_v" ADD CONSTRAINT "_letter_practice_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letter_practice_v" ADD CONSTRAINT "_letter_practice_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_budgets" ADD CONSTRAINT "translation_budgets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "machine_translation_usage" ADD CONSTRAINT "machine_translation_usage_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "machine_translation_usage" ADD CONSTRAINT "machine_translation_usage_task_id_translation_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."translation_tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "readability_overrides" ADD CONSTRAINT "readability_overrides_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letter_settings_rels" ADD CONSTRAINT "letter_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letter_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_settings_rels" ADD CONSTRAINT "letter_settings_rels_leaflets_fk" FOREIGN KEY ("leaflets_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "leaflets_target_languages_order_idx" ON "leaflets_target_languages" USING btree ("order");
  CREATE INDEX "leaflets_target_languages_parent_idx" ON "leaflets_target_languages" USING btree ("parent_id");
  CREATE INDEX "_leaflets_v_version_target_languages_order_idx" ON "_leaflets_v_version_target_languages" USING btree ("order");
  CREATE INDEX "_leaflets_v_version_target_languages_parent_idx" ON "_leaflets_v_version_target_languages" USING btree ("parent_id");
  CREATE INDEX "welcome_materials_target_languages_order_idx" ON "welcome_materials_target_languages" USING btree ("order");
  CREATE INDEX "welcome_materials_target_languages_parent_idx" ON "welcome_materials_target_languages" USING btree ("parent_id");
  CREATE INDEX "_welcome_materials_v_version_target_languages_order_idx" ON "_welcome_materials_v_version_target_languages" USING btree ("order");
  CREATE INDEX "_welcome_materials_v_version_target_languages_parent_idx" ON "_welcome_materials_v_version_target_languages" USING btree ("parent_id");
  CREATE INDEX "letter_templates_target_languages_order_idx" ON "letter_templates_target_languages" USING btree ("order");
  CREATE INDEX "letter_templates_target_languages_parent_idx" ON "letter_templates_target_languages" USING btree ("parent_id");
  CREATE INDEX "letter_templates_rels_order_idx" ON "letter_templates_rels" USING btree ("order");
  CREATE INDEX "letter_templates_rels_parent_idx" ON "letter_templates_rels" USING btree ("parent_id");
  CREATE INDEX "letter_templates_rels_path_idx" ON "letter_templates_rels" USING btree ("path");
  CREATE INDEX "letter_templates_rels_leaflets_id_idx" ON "letter_templates_rels" USING btree ("leaflets_id");
  CREATE INDEX "_letter_templates_v_version_target_languages_order_idx" ON "_letter_templates_v_version_target_languages" USING btree ("order");
  CREATE INDEX "_letter_templates_v_version_target_languages_parent_idx" ON "_letter_templates_v_version_target_languages" USING btree ("parent_id");
  CREATE INDEX "_letter_templates_v_rels_order_idx" ON "_letter_templates_v_rels" USING btree ("order");
  CREATE INDEX "_letter_templates_v_rels_parent_idx" ON "_letter_templates_v_rels" USING btree ("parent_id");
  CREATE INDEX "_letter_templates_v_rels_path_idx" ON "_letter_templates_v_rels" USING btree ("path");
  CREATE INDEX "_letter_templates_v_rels_leaflets_id_idx" ON "_letter_templates_v_rels" USING btree ("leaflets_id");
  CREATE INDEX "methods_target_languages_order_idx" ON "methods_target_languages" USING btree ("order");
  CREATE INDEX "methods_target_languages_parent_idx" ON "methods_target_languages" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_target_languages_order_idx" ON "_methods_v_version_target_languages" USING btree ("order");
  CREATE INDEX "_methods_v_version_target_languages_parent_idx" ON "_methods_v_version_target_languages" USING btree ("parent_id");
  CREATE INDEX "reflection_questions_target_languages_order_idx" ON "reflection_questions_target_languages" USING btree ("order");
  CREATE INDEX "reflection_questions_target_languages_parent_idx" ON "reflection_questions_target_languages" USING btree ("parent_id");
  CREATE INDEX "_reflection_questions_v_version_target_languages_order_idx" ON "_reflection_questions_v_version_target_languages" USING btree ("order");
  CREATE INDEX "_reflection_questions_v_version_target_languages_parent_idx" ON "_reflection_questions_v_version_target_languages" USING btree ("parent_id");
  CREATE INDEX "letter_counts_template_idx" ON "letter_counts" USING btree ("template_id");
  CREATE INDEX "letter_counts_unit_code_idx" ON "letter_counts" USING btree ("unit_code");
  CREATE INDEX "letter_counts_day_idx" ON "letter_counts" USING btree ("day");
  CREATE INDEX "letter_counts_updated_at_idx" ON "letter_counts" USING btree ("updated_at");
  CREATE INDEX "letter_counts_created_at_idx" ON "letter_counts" USING btree ("created_at");
  CREATE UNIQUE INDEX "template_locale_unitCode_day_withTranslation_idx" ON "letter_counts" USING btree ("template_id","locale","unit_code","day","with_translation");
  CREATE UNIQUE INDEX "plain_words_word_idx" ON "plain_words" USING btree ("word");
  CREATE INDEX "plain_words_updated_at_idx" ON "plain_words" USING btree ("updated_at");
  CREATE INDEX "plain_words_created_at_idx" ON "plain_words" USING btree ("created_at");
  CREATE INDEX "letter_practice_department_idx" ON "letter_practice" USING btree ("department_id");
  CREATE INDEX "letter_practice_letter_type_idx" ON "letter_practice" USING btree ("letter_type");
  CREATE INDEX "letter_practice_submitted_by_idx" ON "letter_practice" USING btree ("submitted_by_id");
  CREATE INDEX "letter_practice_updated_at_idx" ON "letter_practice" USING btree ("updated_at");
  CREATE INDEX "letter_practice_created_at_idx" ON "letter_practice" USING btree ("created_at");
  CREATE INDEX "letter_practice__status_idx" ON "letter_practice" USING btree ("_status");
  CREATE INDEX "_letter_practice_v_parent_idx" ON "_letter_practice_v" USING btree ("parent_id");
  CREATE INDEX "_letter_practice_v_version_version_department_idx" ON "_letter_practice_v" USING btree ("version_department_id");
  CREATE INDEX "_letter_practice_v_version_version_letter_type_idx" ON "_letter_practice_v" USING btree ("version_letter_type");
  CREATE INDEX "_letter_practice_v_version_version_submitted_by_idx" ON "_letter_practice_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_letter_practice_v_version_version_updated_at_idx" ON "_letter_practice_v" USING btree ("version_updated_at");
  CREATE INDEX "_letter_practice_v_version_version_created_at_idx" ON "_letter_practice_v" USING btree ("version_created_at");
  CREATE INDEX "_letter_practice_v_version_version__status_idx" ON "_letter_practice_v" USING btree ("version__status");
  CREATE INDEX "_letter_practice_v_created_at_idx" ON "_letter_practice_v" USING btree ("created_at");
  CREATE INDEX "_letter_practice_v_updated_at_idx" ON "_letter_practice_v" USING btree ("updated_at");
  CREATE INDEX "_letter_practice_v_snapshot_idx" ON "_letter_practice_v" USING btree ("snapshot");
  CREATE INDEX "_letter_practice_v_published_locale_idx" ON "_letter_practice_v" USING btree ("published_locale");
  CREATE INDEX "_letter_practice_v_latest_idx" ON "_letter_practice_v" USING btree ("latest");
  CREATE INDEX "translation_budgets_department_idx" ON "translation_budgets" USING btree ("department_id");
  CREATE INDEX "translation_budgets_year_idx" ON "translation_budgets" USING btree ("year");
  CREATE INDEX "translation_budgets_updated_at_idx" ON "translation_budgets" USING btree ("updated_at");
  CREATE INDEX "translation_budgets_created_at_idx" ON "translation_budgets" USING btree ("created_at");
  CREATE INDEX "machine_translation_usage_year_idx" ON "machine_translation_usage" USING btree ("year");
  CREATE INDEX "machine_translation_usage_department_idx" ON "machine_translation_usage" USING btree ("department_id");
  CREATE INDEX "machine_translation_usage_task_idx" ON "machine_translation_usage" USING btree ("task_id");
  CREATE INDEX "machine_translation_usage_updated_at_idx" ON "machine_translation_usage" USING btree ("updated_at");
  CREATE INDEX "machine_translation_usage_created_at_idx" ON "machine_translation_usage" USING btree ("created_at");
  CREATE INDEX "readability_overrides_document_id_idx" ON "readability_overrides" USING btree ("document_id");
  CREATE INDEX "readability_overrides_user_idx" ON "readability_overrides" USING btree ("user_id");
  CREATE INDEX "readability_overrides_updated_at_idx" ON "readability_overrides" USING btree ("updated_at");
  CREATE INDEX "readability_overrides_created_at_idx" ON "readability_overrides" USING btree ("created_at");
  CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" USING btree ("delivery_id");
  CREATE INDEX "webhook_attempts_endpoint_idx" ON "webhook_attempts" USING btree ("endpoint_id");
  CREATE INDEX "webhook_attempts_at_idx" ON "webhook_attempts" USING btree ("at");
  CREATE INDEX "webhook_attempts_updated_at_idx" ON "webhook_attempts" USING btree ("updated_at");
  CREATE INDEX "webhook_attempts_created_at_idx" ON "webhook_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "live_documents_key_idx" ON "live_documents" USING btree ("key");
  CREATE INDEX "live_documents_collection_idx" ON "live_documents" USING btree ("collection");
  CREATE INDEX "live_documents_document_id_idx" ON "live_documents" USING btree ("document_id");
  CREATE INDEX "live_documents_locale_idx" ON "live_documents" USING btree ("locale");
  CREATE INDEX "live_documents_slug_idx" ON "live_documents" USING btree ("slug");
  CREATE INDEX "live_documents_updated_at_idx" ON "live_documents" USING btree ("updated_at");
  CREATE INDEX "live_documents_created_at_idx" ON "live_documents" USING btree ("created_at");
  CREATE INDEX "letter_settings_rels_order_idx" ON "letter_settings_rels" USING btree ("order");
  CREATE INDEX "letter_settings_rels_parent_idx" ON "letter_settings_rels" USING btree ("parent_id");
  CREATE INDEX "letter_settings_rels_path_idx" ON "letter_settings_rels" USING btree ("path");
  CREATE INDEX "letter_settings_rels_leaflets_id_idx" ON "letter_settings_rels" USING btree ("leaflets_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_counts_fk" FOREIGN KEY ("letter_counts_id") REFERENCES "public"."letter_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plain_words_fk" FOREIGN KEY ("plain_words_id") REFERENCES "public"."plain_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_practice_fk" FOREIGN KEY ("letter_practice_id") REFERENCES "public"."letter_practice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_budgets_fk" FOREIGN KEY ("translation_budgets_id") REFERENCES "public"."translation_budgets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_machine_translation_usage_fk" FOREIGN KEY ("machine_translation_usage_id") REFERENCES "public"."machine_translation_usage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_readability_overrides_fk" FOREIGN KEY ("readability_overrides_id") REFERENCES "public"."readability_overrides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_attempts_fk" FOREIGN KEY ("webhook_attempts_id") REFERENCES "public"."webhook_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_live_documents_fk" FOREIGN KEY ("live_documents_id") REFERENCES "public"."live_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "translation_tasks_priority_idx" ON "translation_tasks" USING btree ("priority");
  CREATE INDEX "payload_locked_documents_rels_letter_counts_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_counts_id");
  CREATE INDEX "payload_locked_documents_rels_plain_words_id_idx" ON "payload_locked_documents_rels" USING btree ("plain_words_id");
  CREATE INDEX "payload_locked_documents_rels_letter_practice_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_practice_id");
  CREATE INDEX "payload_locked_documents_rels_translation_budgets_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_budgets_id");
  CREATE INDEX "payload_locked_documents_rels_machine_translation_usage__idx" ON "payload_locked_documents_rels" USING btree ("machine_translation_usage_id");
  CREATE INDEX "payload_locked_documents_rels_readability_overrides_id_idx" ON "payload_locked_documents_rels" USING btree ("readability_overrides_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_live_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("live_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leaflets_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_leaflets_v_version_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "welcome_materials_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_welcome_materials_v_version_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_templates_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_templates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letter_templates_v_version_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letter_templates_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "methods_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_methods_v_version_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reflection_questions_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reflection_questions_v_version_target_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_counts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "plain_words" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_practice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letter_practice_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translation_budgets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "machine_translation_usage" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "readability_overrides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "live_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letter_settings_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "leaflets_target_languages" CASCADE;
  DROP TABLE "_leaflets_v_version_target_languages" CASCADE;
  DROP TABLE "welcome_materials_target_languages" CASCADE;
  DROP TABLE "_welcome_materials_v_version_target_languages" CASCADE;
  DROP TABLE "letter_templates_target_languages" CASCADE;
  DROP TABLE "letter_templates_rels" CASCADE;
  DROP TABLE "_letter_templates_v_version_target_languages" CASCADE;
  DROP TABLE "_letter_templates_v_rels" CASCADE;
  DROP TABLE "methods_target_languages" CASCADE;
  DROP TABLE "_methods_v_version_target_languages" CASCADE;
  DROP TABLE "reflection_questions_target_languages" CASCADE;
  DROP TABLE "_reflection_questions_v_version_target_languages" CASCADE;
  DROP TABLE "letter_counts" CASCADE;
  DROP TABLE "plain_words" CASCADE;
  DROP TABLE "letter_practice" CASCADE;
  DROP TABLE "_letter_practice_v" CASCADE;
  DROP TABLE "translation_budgets" CASCADE;
  DROP TABLE "machine_translation_usage" CASCADE;
  DROP TABLE "readability_overrides" CASCADE;
  DROP TABLE "webhook_attempts" CASCADE;
  DROP TABLE "live_documents" CASCADE;
  DROP TABLE "letter_settings" CASCADE;
  DROP TABLE "letter_settings_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_letter_counts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_plain_words_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_letter_practice_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_budgets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_machine_translation_usage_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_readability_overrides_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_live_documents_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator', 'api-consumer');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "translation_tasks" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "translation_tasks" ALTER COLUMN "state" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_translation_tasks_state";
  CREATE TYPE "public"."enum_translation_tasks_state" AS ENUM('queued', 'machine_translated', 'needs_human', 'in_review', 'approved', 'published', 'outdated', 'failed');
  ALTER TABLE "translation_tasks" ALTER COLUMN "state" SET DEFAULT 'queued'::"public"."enum_translation_tasks_state";
  ALTER TABLE "translation_tasks" ALTER COLUMN "state" SET DATA TYPE "public"."enum_translation_tasks_state" USING "state"::"public"."enum_translation_tasks_state";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('publish', 'unpublish', 'approve', 'send-back', 'submit', 'retry');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "translation_tasks_priority_idx";
  DROP INDEX "payload_locked_documents_rels_letter_counts_id_idx";
  DROP INDEX "payload_locked_documents_rels_plain_words_id_idx";
  DROP INDEX "payload_locked_documents_rels_letter_practice_id_idx";
  DROP INDEX "payload_locked_documents_rels_translation_budgets_id_idx";
  DROP INDEX "payload_locked_documents_rels_machine_translation_usage__idx";
  DROP INDEX "payload_locked_documents_rels_readability_overrides_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_live_documents_id_idx";
  ALTER TABLE "leaflets" DROP COLUMN "readability";
  ALTER TABLE "leaflets" DROP COLUMN "translate_into";
  ALTER TABLE "leaflets" DROP COLUMN "translation_priority";
  ALTER TABLE "leaflets" DROP COLUMN "translation_due_date";
  ALTER TABLE "_leaflets_v" DROP COLUMN "version_readability";
  ALTER TABLE "_leaflets_v" DROP COLUMN "version_translate_into";
  ALTER TABLE "_leaflets_v" DROP COLUMN "version_translation_priority";
  ALTER TABLE "_leaflets_v" DROP COLUMN "version_translation_due_date";
  ALTER TABLE "welcome_materials" DROP COLUMN "readability";
  ALTER TABLE "welcome_materials" DROP COLUMN "translate_into";
  ALTER TABLE "welcome_materials" DROP COLUMN "translation_priority";
  ALTER TABLE "welcome_materials" DROP COLUMN "translation_due_date";
  ALTER TABLE "_welcome_materials_v" DROP COLUMN "version_readability";
  ALTER TABLE "_welcome_materials_v" DROP COLUMN "version_translate_into";
  ALTER TABLE "_welcome_materials_v" DROP COLUMN "version_translation_priority";
  ALTER TABLE "_welcome_materials_v" DROP COLUMN "version_translation_due_date";
  ALTER TABLE "letter_templates_placeholders" DROP COLUMN "type";
  ALTER TABLE "letter_templates" DROP COLUMN "readability";
  ALTER TABLE "letter_templates" DROP COLUMN "translate_into";
  ALTER TABLE "letter_templates" DROP COLUMN "translation_priority";
  ALTER TABLE "letter_templates" DROP COLUMN "translation_due_date";
  ALTER TABLE "letter_templates_locales" DROP COLUMN "sms_reminder";
  ALTER TABLE "_letter_templates_v_version_placeholders" DROP COLUMN "type";
  ALTER TABLE "_letter_templates_v" DROP COLUMN "version_readability";
  ALTER TABLE "_letter_templates_v" DROP COLUMN "version_translate_into";
  ALTER TABLE "_letter_templates_v" DROP COLUMN "version_translation_priority";
  ALTER TABLE "_letter_templates_v" DROP COLUMN "version_translation_due_date";
  ALTER TABLE "_letter_templates_v_locales" DROP COLUMN "version_sms_reminder";
  ALTER TABLE "methods" DROP COLUMN "readability";
  ALTER TABLE "methods" DROP COLUMN "translate_into";
  ALTER TABLE "methods" DROP COLUMN "translation_priority";
  ALTER TABLE "methods" DROP COLUMN "translation_due_date";
  ALTER TABLE "_methods_v" DROP COLUMN "version_readability";
  ALTER TABLE "_methods_v" DROP COLUMN "version_translate_into";
  ALTER TABLE "_methods_v" DROP COLUMN "version_translation_priority";
  ALTER TABLE "_methods_v" DROP COLUMN "version_translation_due_date";
  ALTER TABLE "reflection_questions" DROP COLUMN "readability";
  ALTER TABLE "reflection_questions" DROP COLUMN "translate_into";
  ALTER TABLE "reflection_questions" DROP COLUMN "translation_priority";
  ALTER TABLE "reflection_questions" DROP COLUMN "translation_due_date";
  ALTER TABLE "_reflection_questions_v" DROP COLUMN "version_readability";
  ALTER TABLE "_reflection_questions_v" DROP COLUMN "version_translate_into";
  ALTER TABLE "_reflection_questions_v" DROP COLUMN "version_translation_priority";
  ALTER TABLE "_reflection_questions_v" DROP COLUMN "version_translation_due_date";
  ALTER TABLE "translation_tasks" DROP COLUMN "priority";
  ALTER TABLE "webhook_deliveries" DROP COLUMN "next_attempt_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "letter_counts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "plain_words_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "letter_practice_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_budgets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "machine_translation_usage_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "readability_overrides_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "live_documents_id";
  DROP TYPE "public"."enum_leaflets_target_languages";
  DROP TYPE "public"."enum_leaflets_translate_into";
  DROP TYPE "public"."enum_leaflets_translation_priority";
  DROP TYPE "public"."enum__leaflets_v_version_target_languages";
  DROP TYPE "public"."enum__leaflets_v_version_translate_into";
  DROP TYPE "public"."enum__leaflets_v_version_translation_priority";
  DROP TYPE "public"."enum_welcome_materials_target_languages";
  DROP TYPE "public"."enum_welcome_materials_translate_into";
  DROP TYPE "public"."enum_welcome_materials_translation_priority";
  DROP TYPE "public"."enum__welcome_materials_v_version_target_languages";
  DROP TYPE "public"."enum__welcome_materials_v_version_translate_into";
  DROP TYPE "public"."enum__welcome_materials_v_version_translation_priority";
  DROP TYPE "public"."enum_letter_templates_placeholders_type";
  DROP TYPE "public"."enum_letter_templates_target_languages";
  DROP TYPE "public"."enum_letter_templates_translate_into";
  DROP TYPE "public"."enum_letter_templates_translation_priority";
  DROP TYPE "public"."enum__letter_templates_v_version_placeholders_type";
  DROP TYPE "public"."enum__letter_templates_v_version_target_languages";
  DROP TYPE "public"."enum__letter_templates_v_version_translate_into";
  DROP TYPE "public"."enum__letter_templates_v_version_translation_priority";
  DROP TYPE "public"."enum_methods_target_languages";
  DROP TYPE "public"."enum_methods_translate_into";
  DROP TYPE "public"."enum_methods_translation_priority";
  DROP TYPE "public"."enum__methods_v_version_target_languages";
  DROP TYPE "public"."enum__methods_v_version_translate_into";
  DROP TYPE "public"."enum__methods_v_version_translation_priority";
  DROP TYPE "public"."enum_reflection_questions_target_languages";
  DROP TYPE "public"."enum_reflection_questions_translate_into";
  DROP TYPE "public"."enum_reflection_questions_translation_priority";
  DROP TYPE "public"."enum__reflection_questions_v_version_target_languages";
  DROP TYPE "public"."enum__reflection_questions_v_version_translate_into";
  DROP TYPE "public"."enum__reflection_questions_v_version_translation_priority";
  DROP TYPE "public"."enum_translation_tasks_priority";
  DROP TYPE "public"."enum_letter_counts_locale";
  DROP TYPE "public"."enum_letter_practice_letter_type";
  DROP TYPE "public"."enum_letter_practice_status";
  DROP TYPE "public"."enum__letter_practice_v_version_letter_type";
  DROP TYPE "public"."enum__letter_practice_v_version_status";
  DROP TYPE "public"."enum__letter_practice_v_published_locale";
  DROP TYPE "public"."enum_readability_overrides_collection";
  DROP TYPE "public"."enum_webhook_attempts_trigger";`)
}
