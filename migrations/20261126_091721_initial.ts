import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_leaflets_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_leaflets_kind" AS ENUM('general', 'complaint-guidance', 'questions', 'letter-insert');
  CREATE TYPE "public"."enum_leaflets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__leaflets_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__leaflets_v_version_kind" AS ENUM('general', 'complaint-guidance', 'questions', 'letter-insert');
  CREATE TYPE "public"."enum__leaflets_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__leaflets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_welcome_materials_audience_variants_audience" AS ENUM('families', 'students', 'refugees', 'workers', 'seniors');
  CREATE TYPE "public"."enum_welcome_materials_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_welcome_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__welcome_materials_v_version_audience_variants_audience" AS ENUM('families', 'students', 'refugees', 'workers', 'seniors');
  CREATE TYPE "public"."enum__welcome_materials_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__welcome_materials_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__welcome_materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_letter_templates_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_letter_templates_kind" AS ENUM('meeting-invitation', 'decision', 'other');
  CREATE TYPE "public"."enum_letter_templates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__letter_templates_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__letter_templates_v_version_kind" AS ENUM('meeting-invitation', 'decision', 'other');
  CREATE TYPE "public"."enum__letter_templates_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__letter_templates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_methods_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_methods_category" AS ENUM('citizen-involvement', 'good-letter-practice');
  CREATE TYPE "public"."enum_methods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__methods_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__methods_v_version_category" AS ENUM('citizen-involvement', 'good-letter-practice');
  CREATE TYPE "public"."enum__methods_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__methods_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reflection_questions_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_reflection_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reflection_questions_v_version_published_locales" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__reflection_questions_v_published_locale" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum__reflection_questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_media_subtitles_language" AS ENUM('da', 'en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator', 'api-consumer');
  CREATE TYPE "public"."enum_users_languages" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_translation_tasks_collection" AS ENUM('leaflets', 'welcome-materials', 'letter-templates', 'methods', 'reflection-questions');
  CREATE TYPE "public"."enum_translation_tasks_locale" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_translation_tasks_state" AS ENUM('queued', 'machine_translated', 'needs_human', 'in_review', 'approved', 'published', 'outdated', 'failed');
  CREATE TYPE "public"."enum_translation_memory_locale" AS ENUM('en', 'ar', 'tr', 'ur', 'so', 'fa');
  CREATE TYPE "public"."enum_translation_memory_origin" AS ENUM('human', 'machine');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('publish', 'unpublish', 'approve', 'send-back', 'submit', 'retry');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-webhook', 'machine-translate', 'sweep-translation-queue', 'translator-digest');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-webhook', 'machine-translate', 'sweep-translation-queue', 'translator-digest');
  CREATE TABLE "leaflets_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_leaflets_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "leaflets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"kind" "enum_leaflets_kind",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leaflets_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_leaflets_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_leaflets_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__leaflets_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_leaflets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_kind" "enum__leaflets_v_version_kind",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__leaflets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_leaflets_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__leaflets_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "welcome_materials_audience_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"audience" "enum_welcome_materials_audience_variants_audience",
  	"heading" varchar,
  	"body" jsonb
  );
  
  CREATE TABLE "welcome_materials_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_welcome_materials_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "welcome_materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "welcome_materials_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_welcome_materials_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_welcome_materials_v_version_audience_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"audience" "enum__welcome_materials_v_version_audience_variants_audience",
  	"heading" varchar,
  	"body" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_welcome_materials_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__welcome_materials_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_welcome_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__welcome_materials_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_welcome_materials_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__welcome_materials_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "letter_templates_placeholders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar
  );
  
  CREATE TABLE "letter_templates_placeholders_locales" (
  	"description" varchar,
  	"example" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "letter_templates_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_letter_templates_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "letter_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"kind" "enum_letter_templates_kind",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "letter_templates_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_letter_templates_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_letter_templates_v_version_placeholders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_letter_templates_v_version_placeholders_locales" (
  	"description" varchar,
  	"example" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_letter_templates_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__letter_templates_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_letter_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_kind" "enum__letter_templates_v_version_kind",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__letter_templates_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_letter_templates_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__letter_templates_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "methods_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_methods_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "methods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"category" "enum_methods_category",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "methods_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_methods_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__methods_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_methods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_category" "enum__methods_v_version_category",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__methods_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_methods_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__methods_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "reflection_questions_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "reflection_questions_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_reflection_questions_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reflection_questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"department_id" integer,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reflection_questions_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_reflection_questions_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_reflection_questions_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"help" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reflection_questions_v_version_published_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__reflection_questions_v_version_published_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_reflection_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__reflection_questions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_reflection_questions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__reflection_questions_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_subtitles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_media_subtitles_language" NOT NULL,
  	"file_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "translation_tasks_comments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "translation_tasks_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "translation_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"task_key" varchar NOT NULL,
  	"document_title" varchar NOT NULL,
  	"collection" "enum_translation_tasks_collection" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"department_id" integer,
  	"locale" "enum_translation_tasks_locale" NOT NULL,
  	"state" "enum_translation_tasks_state" DEFAULT 'queued' NOT NULL,
  	"assignee_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"awaiting_notice" boolean DEFAULT false,
  	"source_version" varchar,
  	"source_hashes" jsonb,
  	"approved_hashes" jsonb,
  	"segments" jsonb,
  	"qa_errors" numeric DEFAULT 0,
  	"qa_warnings" numeric DEFAULT 0,
  	"provider" varchar,
  	"billed_characters" numeric DEFAULT 0,
  	"failure_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "translation_memory" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entry_key" varchar NOT NULL,
  	"source_hash" varchar NOT NULL,
  	"locale" "enum_translation_memory_locale" NOT NULL,
  	"origin" "enum_translation_memory_origin" NOT NULL,
  	"source_text" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"provider" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"do_not_translate" boolean DEFAULT false,
  	"translations_en" varchar,
  	"translations_ar" varchar,
  	"translations_tr" varchar,
  	"translations_ur" varchar,
  	"translations_so" varchar,
  	"translations_fa" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"user_id" integer,
  	"collection" varchar NOT NULL,
  	"document_id" numeric NOT NULL,
  	"locale" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_endpoints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"endpoint_id" integer NOT NULL,
  	"event" jsonb NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_status_code" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leaflets_id" integer,
  	"welcome_materials_id" integer,
  	"letter_templates_id" integer,
  	"methods_id" integer,
  	"reflection_questions_id" integer,
  	"departments_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"translation_tasks_id" integer,
  	"translation_memory_id" integer,
  	"glossary_terms_id" integer,
  	"audit_log_id" integer,
  	"webhook_endpoints_id" integer,
  	"webhook_deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "leaflets_published_locales" ADD CONSTRAINT "leaflets_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leaflets" ADD CONSTRAINT "leaflets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leaflets_locales" ADD CONSTRAINT "leaflets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaflets_v_version_published_locales" ADD CONSTRAINT "_leaflets_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_leaflets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_leaflets_v" ADD CONSTRAINT "_leaflets_v_parent_id_leaflets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leaflets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leaflets_v" ADD CONSTRAINT "_leaflets_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_leaflets_v_locales" ADD CONSTRAINT "_leaflets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_leaflets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "welcome_materials_audience_variants" ADD CONSTRAINT "welcome_materials_audience_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."welcome_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "welcome_materials_published_locales" ADD CONSTRAINT "welcome_materials_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."welcome_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "welcome_materials" ADD CONSTRAINT "welcome_materials_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "welcome_materials_locales" ADD CONSTRAINT "welcome_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."welcome_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v_version_audience_variants" ADD CONSTRAINT "_welcome_materials_v_version_audience_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_welcome_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v_version_published_locales" ADD CONSTRAINT "_welcome_materials_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_welcome_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v" ADD CONSTRAINT "_welcome_materials_v_parent_id_welcome_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."welcome_materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v" ADD CONSTRAINT "_welcome_materials_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_welcome_materials_v_locales" ADD CONSTRAINT "_welcome_materials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_welcome_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates_placeholders" ADD CONSTRAINT "letter_templates_placeholders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates_placeholders_locales" ADD CONSTRAINT "letter_templates_placeholders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."letter_templates_placeholders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates_published_locales" ADD CONSTRAINT "letter_templates_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letter_templates_locales" ADD CONSTRAINT "letter_templates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_version_placeholders" ADD CONSTRAINT "_letter_templates_v_version_placeholders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_letter_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_version_placeholders_locales" ADD CONSTRAINT "_letter_templates_v_version_placeholders_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_letter_templates_v_version_placeholders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_version_published_locales" ADD CONSTRAINT "_letter_templates_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_letter_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letter_templates_v" ADD CONSTRAINT "_letter_templates_v_parent_id_letter_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letter_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letter_templates_v" ADD CONSTRAINT "_letter_templates_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letter_templates_v_locales" ADD CONSTRAINT "_letter_templates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_letter_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_published_locales" ADD CONSTRAINT "methods_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods" ADD CONSTRAINT "methods_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "methods_locales" ADD CONSTRAINT "methods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_published_locales" ADD CONSTRAINT "_methods_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_parent_id_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v_locales" ADD CONSTRAINT "_methods_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reflection_questions_questions" ADD CONSTRAINT "reflection_questions_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reflection_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reflection_questions_published_locales" ADD CONSTRAINT "reflection_questions_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reflection_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reflection_questions" ADD CONSTRAINT "reflection_questions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reflection_questions_locales" ADD CONSTRAINT "reflection_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reflection_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reflection_questions_v_version_questions" ADD CONSTRAINT "_reflection_questions_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reflection_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reflection_questions_v_version_published_locales" ADD CONSTRAINT "_reflection_questions_v_version_published_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reflection_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reflection_questions_v" ADD CONSTRAINT "_reflection_questions_v_parent_id_reflection_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reflection_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reflection_questions_v" ADD CONSTRAINT "_reflection_questions_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reflection_questions_v_locales" ADD CONSTRAINT "_reflection_questions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reflection_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments_locales" ADD CONSTRAINT "departments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_subtitles" ADD CONSTRAINT "media_subtitles_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_subtitles" ADD CONSTRAINT "media_subtitles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_languages" ADD CONSTRAINT "users_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_tasks_comments" ADD CONSTRAINT "translation_tasks_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_tasks_comments" ADD CONSTRAINT "translation_tasks_comments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."translation_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_tasks_history" ADD CONSTRAINT "translation_tasks_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_tasks_history" ADD CONSTRAINT "translation_tasks_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."translation_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_tasks" ADD CONSTRAINT "translation_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_tasks" ADD CONSTRAINT "translation_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leaflets_fk" FOREIGN KEY ("leaflets_id") REFERENCES "public"."leaflets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_welcome_materials_fk" FOREIGN KEY ("welcome_materials_id") REFERENCES "public"."welcome_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_templates_fk" FOREIGN KEY ("letter_templates_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reflection_questions_fk" FOREIGN KEY ("reflection_questions_id") REFERENCES "public"."reflection_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_tasks_fk" FOREIGN KEY ("translation_tasks_id") REFERENCES "public"."translation_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_memory_fk" FOREIGN KEY ("translation_memory_id") REFERENCES "public"."translation_memory"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_endpoints_fk" FOREIGN KEY ("webhook_endpoints_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "leaflets_published_locales_order_idx" ON "leaflets_published_locales" USING btree ("order");
  CREATE INDEX "leaflets_published_locales_parent_idx" ON "leaflets_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "leaflets_slug_idx" ON "leaflets" USING btree ("slug");
  CREATE INDEX "leaflets_department_idx" ON "leaflets" USING btree ("department_id");
  CREATE INDEX "leaflets_updated_at_idx" ON "leaflets" USING btree ("updated_at");
  CREATE INDEX "leaflets_created_at_idx" ON "leaflets" USING btree ("created_at");
  CREATE INDEX "leaflets__status_idx" ON "leaflets_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "leaflets_locales_locale_parent_id_unique" ON "leaflets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_leaflets_v_version_published_locales_order_idx" ON "_leaflets_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_leaflets_v_version_published_locales_parent_idx" ON "_leaflets_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_leaflets_v_parent_idx" ON "_leaflets_v" USING btree ("parent_id");
  CREATE INDEX "_leaflets_v_version_version_slug_idx" ON "_leaflets_v" USING btree ("version_slug");
  CREATE INDEX "_leaflets_v_version_version_department_idx" ON "_leaflets_v" USING btree ("version_department_id");
  CREATE INDEX "_leaflets_v_version_version_updated_at_idx" ON "_leaflets_v" USING btree ("version_updated_at");
  CREATE INDEX "_leaflets_v_version_version_created_at_idx" ON "_leaflets_v" USING btree ("version_created_at");
  CREATE INDEX "_leaflets_v_created_at_idx" ON "_leaflets_v" USING btree ("created_at");
  CREATE INDEX "_leaflets_v_updated_at_idx" ON "_leaflets_v" USING btree ("updated_at");
  CREATE INDEX "_leaflets_v_snapshot_idx" ON "_leaflets_v" USING btree ("snapshot");
  CREATE INDEX "_leaflets_v_published_locale_idx" ON "_leaflets_v" USING btree ("published_locale");
  CREATE INDEX "_leaflets_v_latest_idx" ON "_leaflets_v" USING btree ("latest");
  CREATE INDEX "_leaflets_v_version_version__status_idx" ON "_leaflets_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_leaflets_v_locales_locale_parent_id_unique" ON "_leaflets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "welcome_materials_audience_variants_order_idx" ON "welcome_materials_audience_variants" USING btree ("_order");
  CREATE INDEX "welcome_materials_audience_variants_parent_id_idx" ON "welcome_materials_audience_variants" USING btree ("_parent_id");
  CREATE INDEX "welcome_materials_audience_variants_locale_idx" ON "welcome_materials_audience_variants" USING btree ("_locale");
  CREATE INDEX "welcome_materials_published_locales_order_idx" ON "welcome_materials_published_locales" USING btree ("order");
  CREATE INDEX "welcome_materials_published_locales_parent_idx" ON "welcome_materials_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "welcome_materials_slug_idx" ON "welcome_materials" USING btree ("slug");
  CREATE INDEX "welcome_materials_department_idx" ON "welcome_materials" USING btree ("department_id");
  CREATE INDEX "welcome_materials_updated_at_idx" ON "welcome_materials" USING btree ("updated_at");
  CREATE INDEX "welcome_materials_created_at_idx" ON "welcome_materials" USING btree ("created_at");
  CREATE INDEX "welcome_materials__status_idx" ON "welcome_materials_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "welcome_materials_locales_locale_parent_id_unique" ON "welcome_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_welcome_materials_v_version_audience_variants_order_idx" ON "_welcome_materials_v_version_audience_variants" USING btree ("_order");
  CREATE INDEX "_welcome_materials_v_version_audience_variants_parent_id_idx" ON "_welcome_materials_v_version_audience_variants" USING btree ("_parent_id");
  CREATE INDEX "_welcome_materials_v_version_audience_variants_locale_idx" ON "_welcome_materials_v_version_audience_variants" USING btree ("_locale");
  CREATE INDEX "_welcome_materials_v_version_published_locales_order_idx" ON "_welcome_materials_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_welcome_materials_v_version_published_locales_parent_idx" ON "_welcome_materials_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_welcome_materials_v_parent_idx" ON "_welcome_materials_v" USING btree ("parent_id");
  CREATE INDEX "_welcome_materials_v_version_version_slug_idx" ON "_welcome_materials_v" USING btree ("version_slug");
  CREATE INDEX "_welcome_materials_v_version_version_department_idx" ON "_welcome_materials_v" USING btree ("version_department_id");
  CREATE INDEX "_welcome_materials_v_version_version_updated_at_idx" ON "_welcome_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_welcome_materials_v_version_version_created_at_idx" ON "_welcome_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_welcome_materials_v_created_at_idx" ON "_welcome_materials_v" USING btree ("created_at");
  CREATE INDEX "_welcome_materials_v_updated_at_idx" ON "_welcome_materials_v" USING btree ("updated_at");
  CREATE INDEX "_welcome_materials_v_snapshot_idx" ON "_welcome_materials_v" USING btree ("snapshot");
  CREATE INDEX "_welcome_materials_v_published_locale_idx" ON "_welcome_materials_v" USING btree ("published_locale");
  CREATE INDEX "_welcome_materials_v_latest_idx" ON "_welcome_materials_v" USING btree ("latest");
  CREATE INDEX "_welcome_materials_v_version_version__status_idx" ON "_welcome_materials_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_welcome_materials_v_locales_locale_parent_id_unique" ON "_welcome_materials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "letter_templates_placeholders_order_idx" ON "letter_templates_placeholders" USING btree ("_order");
  CREATE INDEX "letter_templates_placeholders_parent_id_idx" ON "letter_templates_placeholders" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "letter_templates_placeholders_locales_locale_parent_id_uniqu" ON "letter_templates_placeholders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "letter_templates_published_locales_order_idx" ON "letter_templates_published_locales" USING btree ("order");
  CREATE INDEX "letter_templates_published_locales_parent_idx" ON "letter_templates_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "letter_templates_slug_idx" ON "letter_templates" USING btree ("slug");
  CREATE INDEX "letter_templates_department_idx" ON "letter_templates" USING btree ("department_id");
  CREATE INDEX "letter_templates_updated_at_idx" ON "letter_templates" USING btree ("updated_at");
  CREATE INDEX "letter_templates_created_at_idx" ON "letter_templates" USING btree ("created_at");
  CREATE INDEX "letter_templates__status_idx" ON "letter_templates_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "letter_templates_locales_locale_parent_id_unique" ON "letter_templates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_letter_templates_v_version_placeholders_order_idx" ON "_letter_templates_v_version_placeholders" USING btree ("_order");
  CREATE INDEX "_letter_templates_v_version_placeholders_parent_id_idx" ON "_letter_templates_v_version_placeholders" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_letter_templates_v_version_placeholders_locales_locale_pare" ON "_letter_templates_v_version_placeholders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_letter_templates_v_version_published_locales_order_idx" ON "_letter_templates_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_letter_templates_v_version_published_locales_parent_idx" ON "_letter_templates_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_letter_templates_v_parent_idx" ON "_letter_templates_v" USING btree ("parent_id");
  CREATE INDEX "_letter_templates_v_version_version_slug_idx" ON "_letter_templates_v" USING btree ("version_slug");
  CREATE INDEX "_letter_templates_v_version_version_department_idx" ON "_letter_templates_v" USING btree ("version_department_id");
  CREATE INDEX "_letter_templates_v_version_version_updated_at_idx" ON "_letter_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_letter_templates_v_version_version_created_at_idx" ON "_letter_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_letter_templates_v_created_at_idx" ON "_letter_templates_v" USING btree ("created_at");
  CREATE INDEX "_letter_templates_v_updated_at_idx" ON "_letter_templates_v" USING btree ("updated_at");
  CREATE INDEX "_letter_templates_v_snapshot_idx" ON "_letter_templates_v" USING btree ("snapshot");
  CREATE INDEX "_letter_templates_v_published_locale_idx" ON "_letter_templates_v" USING btree ("published_locale");
  CREATE INDEX "_letter_templates_v_latest_idx" ON "_letter_templates_v" USING btree ("latest");
  CREATE INDEX "_letter_templates_v_version_version__status_idx" ON "_letter_templates_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_letter_templates_v_locales_locale_parent_id_unique" ON "_letter_templates_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "methods_published_locales_order_idx" ON "methods_published_locales" USING btree ("order");
  CREATE INDEX "methods_published_locales_parent_idx" ON "methods_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "methods_slug_idx" ON "methods" USING btree ("slug");
  CREATE INDEX "methods_department_idx" ON "methods" USING btree ("department_id");
  CREATE INDEX "methods_updated_at_idx" ON "methods" USING btree ("updated_at");
  CREATE INDEX "methods_created_at_idx" ON "methods" USING btree ("created_at");
  CREATE INDEX "methods__status_idx" ON "methods_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "methods_locales_locale_parent_id_unique" ON "methods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_methods_v_version_published_locales_order_idx" ON "_methods_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_methods_v_version_published_locales_parent_idx" ON "_methods_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_methods_v_parent_idx" ON "_methods_v" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_version_slug_idx" ON "_methods_v" USING btree ("version_slug");
  CREATE INDEX "_methods_v_version_version_department_idx" ON "_methods_v" USING btree ("version_department_id");
  CREATE INDEX "_methods_v_version_version_updated_at_idx" ON "_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_methods_v_version_version_created_at_idx" ON "_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_methods_v_created_at_idx" ON "_methods_v" USING btree ("created_at");
  CREATE INDEX "_methods_v_updated_at_idx" ON "_methods_v" USING btree ("updated_at");
  CREATE INDEX "_methods_v_snapshot_idx" ON "_methods_v" USING btree ("snapshot");
  CREATE INDEX "_methods_v_published_locale_idx" ON "_methods_v" USING btree ("published_locale");
  CREATE INDEX "_methods_v_latest_idx" ON "_methods_v" USING btree ("latest");
  CREATE INDEX "_methods_v_version_version__status_idx" ON "_methods_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_methods_v_locales_locale_parent_id_unique" ON "_methods_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "reflection_questions_questions_order_idx" ON "reflection_questions_questions" USING btree ("_order");
  CREATE INDEX "reflection_questions_questions_parent_id_idx" ON "reflection_questions_questions" USING btree ("_parent_id");
  CREATE INDEX "reflection_questions_questions_locale_idx" ON "reflection_questions_questions" USING btree ("_locale");
  CREATE INDEX "reflection_questions_published_locales_order_idx" ON "reflection_questions_published_locales" USING btree ("order");
  CREATE INDEX "reflection_questions_published_locales_parent_idx" ON "reflection_questions_published_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "reflection_questions_slug_idx" ON "reflection_questions" USING btree ("slug");
  CREATE INDEX "reflection_questions_department_idx" ON "reflection_questions" USING btree ("department_id");
  CREATE INDEX "reflection_questions_updated_at_idx" ON "reflection_questions" USING btree ("updated_at");
  CREATE INDEX "reflection_questions_created_at_idx" ON "reflection_questions" USING btree ("created_at");
  CREATE INDEX "reflection_questions__status_idx" ON "reflection_questions_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "reflection_questions_locales_locale_parent_id_unique" ON "reflection_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_reflection_questions_v_version_questions_order_idx" ON "_reflection_questions_v_version_questions" USING btree ("_order");
  CREATE INDEX "_reflection_questions_v_version_questions_parent_id_idx" ON "_reflection_questions_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_reflection_questions_v_version_questions_locale_idx" ON "_reflection_questions_v_version_questions" USING btree ("_locale");
  CREATE INDEX "_reflection_questions_v_version_published_locales_order_idx" ON "_reflection_questions_v_version_published_locales" USING btree ("order");
  CREATE INDEX "_reflection_questions_v_version_published_locales_parent_idx" ON "_reflection_questions_v_version_published_locales" USING btree ("parent_id");
  CREATE INDEX "_reflection_questions_v_parent_idx" ON "_reflection_questions_v" USING btree ("parent_id");
  CREATE INDEX "_reflection_questions_v_version_version_slug_idx" ON "_reflection_questions_v" USING btree ("version_slug");
  CREATE INDEX "_reflection_questions_v_version_version_department_idx" ON "_reflection_questions_v" USING btree ("version_department_id");
  CREATE INDEX "_reflection_questions_v_version_version_updated_at_idx" ON "_reflection_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_reflection_questions_v_version_version_created_at_idx" ON "_reflection_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_reflection_questions_v_created_at_idx" ON "_reflection_questions_v" USING btree ("created_at");
  CREATE INDEX "_reflection_questions_v_updated_at_idx" ON "_reflection_questions_v" USING btree ("updated_at");
  CREATE INDEX "_reflection_questions_v_snapshot_idx" ON "_reflection_questions_v" USING btree ("snapshot");
  CREATE INDEX "_reflection_questions_v_published_locale_idx" ON "_reflection_questions_v" USING btree ("published_locale");
  CREATE INDEX "_reflection_questions_v_latest_idx" ON "_reflection_questions_v" USING btree ("latest");
  CREATE INDEX "_reflection_questions_v_version_version__status_idx" ON "_reflection_questions_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_reflection_questions_v_locales_locale_parent_id_unique" ON "_reflection_questions_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE UNIQUE INDEX "departments_slug_idx" ON "departments" USING btree ("slug");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "departments_locales_locale_parent_id_unique" ON "departments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_subtitles_order_idx" ON "media_subtitles" USING btree ("_order");
  CREATE INDEX "media_subtitles_parent_id_idx" ON "media_subtitles" USING btree ("_parent_id");
  CREATE INDEX "media_subtitles_file_idx" ON "media_subtitles" USING btree ("file_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_languages_order_idx" ON "users_languages" USING btree ("order");
  CREATE INDEX "users_languages_parent_idx" ON "users_languages" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_departments_id_idx" ON "users_rels" USING btree ("departments_id");
  CREATE INDEX "translation_tasks_comments_order_idx" ON "translation_tasks_comments" USING btree ("_order");
  CREATE INDEX "translation_tasks_comments_parent_id_idx" ON "translation_tasks_comments" USING btree ("_parent_id");
  CREATE INDEX "translation_tasks_comments_author_idx" ON "translation_tasks_comments" USING btree ("author_id");
  CREATE INDEX "translation_tasks_history_order_idx" ON "translation_tasks_history" USING btree ("_order");
  CREATE INDEX "translation_tasks_history_parent_id_idx" ON "translation_tasks_history" USING btree ("_parent_id");
  CREATE INDEX "translation_tasks_history_by_idx" ON "translation_tasks_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "translation_tasks_task_key_idx" ON "translation_tasks" USING btree ("task_key");
  CREATE INDEX "translation_tasks_collection_idx" ON "translation_tasks" USING btree ("collection");
  CREATE INDEX "translation_tasks_document_id_idx" ON "translation_tasks" USING btree ("document_id");
  CREATE INDEX "translation_tasks_department_idx" ON "translation_tasks" USING btree ("department_id");
  CREATE INDEX "translation_tasks_locale_idx" ON "translation_tasks" USING btree ("locale");
  CREATE INDEX "translation_tasks_state_idx" ON "translation_tasks" USING btree ("state");
  CREATE INDEX "translation_tasks_assignee_idx" ON "translation_tasks" USING btree ("assignee_id");
  CREATE INDEX "translation_tasks_due_date_idx" ON "translation_tasks" USING btree ("due_date");
  CREATE INDEX "translation_tasks_awaiting_notice_idx" ON "translation_tasks" USING btree ("awaiting_notice");
  CREATE INDEX "translation_tasks_updated_at_idx" ON "translation_tasks" USING btree ("updated_at");
  CREATE INDEX "translation_tasks_created_at_idx" ON "translation_tasks" USING btree ("created_at");
  CREATE UNIQUE INDEX "translation_memory_entry_key_idx" ON "translation_memory" USING btree ("entry_key");
  CREATE INDEX "translation_memory_source_hash_idx" ON "translation_memory" USING btree ("source_hash");
  CREATE INDEX "translation_memory_locale_idx" ON "translation_memory" USING btree ("locale");
  CREATE INDEX "translation_memory_updated_at_idx" ON "translation_memory" USING btree ("updated_at");
  CREATE INDEX "translation_memory_created_at_idx" ON "translation_memory" USING btree ("created_at");
  CREATE INDEX "translation_memory_source_text_trgm_idx" ON "translation_memory" USING gist ("source_text" gist_trgm_ops);
  CREATE UNIQUE INDEX "glossary_terms_term_idx" ON "glossary_terms" USING btree ("term");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "webhook_endpoints_updated_at_idx" ON "webhook_endpoints" USING btree ("updated_at");
  CREATE INDEX "webhook_endpoints_created_at_idx" ON "webhook_endpoints" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_leaflets_id_idx" ON "payload_locked_documents_rels" USING btree ("leaflets_id");
  CREATE INDEX "payload_locked_documents_rels_welcome_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("welcome_materials_id");
  CREATE INDEX "payload_locked_documents_rels_letter_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_templates_id");
  CREATE INDEX "payload_locked_documents_rels_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("methods_id");
  CREATE INDEX "payload_locked_documents_rels_reflection_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("reflection_questions_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_translation_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_tasks_id");
  CREATE INDEX "payload_locked_documents_rels_translation_memory_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_memory_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_endpoints_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_endpoints_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "leaflets_published_locales" CASCADE;
  DROP TABLE "leaflets" CASCADE;
  DROP TABLE "leaflets_locales" CASCADE;
  DROP TABLE "_leaflets_v_version_published_locales" CASCADE;
  DROP TABLE "_leaflets_v" CASCADE;
  DROP TABLE "_leaflets_v_locales" CASCADE;
  DROP TABLE "welcome_materials_audience_variants" CASCADE;
  DROP TABLE "welcome_materials_published_locales" CASCADE;
  DROP TABLE "welcome_materials" CASCADE;
  DROP TABLE "welcome_materials_locales" CASCADE;
  DROP TABLE "_welcome_materials_v_version_audience_variants" CASCADE;
  DROP TABLE "_welcome_materials_v_version_published_locales" CASCADE;
  DROP TABLE "_welcome_materials_v" CASCADE;
  DROP TABLE "_welcome_materials_v_locales" CASCADE;
  DROP TABLE "letter_templates_placeholders" CASCADE;
  DROP TABLE "letter_templates_placeholders_locales" CASCADE;
  DROP TABLE "letter_templates_published_locales" CASCADE;
  DROP TABLE "letter_templates" CASCADE;
  DROP TABLE "letter_templates_locales" CASCADE;
  DROP TABLE "_letter_templates_v_version_placeholders" CASCADE;
  DROP TABLE "_letter_templates_v_version_placeholders_locales" CASCADE;
  DROP TABLE "_letter_templates_v_version_published_locales" CASCADE;
  DROP TABLE "_letter_templates_v" CASCADE;
  DROP TABLE "_letter_templates_v_locales" CASCADE;
  DROP TABLE "methods_published_locales" CASCADE;
  DROP TABLE "methods" CASCADE;
  DROP TABLE "methods_locales" CASCADE;
  DROP TABLE "_methods_v_version_published_locales" CASCADE;
  DROP TABLE "_methods_v" CASCADE;
  DROP TABLE "_methods_v_locales" CASCADE;
  DROP TABLE "reflection_questions_questions" CASCADE;
  DROP TABLE "reflection_questions_published_locales" CASCADE;
  DROP TABLE "reflection_questions" CASCADE;
  DROP TABLE "reflection_questions_locales" CASCADE;
  DROP TABLE "_reflection_questions_v_version_questions" CASCADE;
  DROP TABLE "_reflection_questions_v_version_published_locales" CASCADE;
  DROP TABLE "_reflection_questions_v" CASCADE;
  DROP TABLE "_reflection_questions_v_locales" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "departments_locales" CASCADE;
  DROP TABLE "media_subtitles" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_languages" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "translation_tasks_comments" CASCADE;
  DROP TABLE "translation_tasks_history" CASCADE;
  DROP TABLE "translation_tasks" CASCADE;
  DROP TABLE "translation_memory" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "webhook_endpoints" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_leaflets_published_locales";
  DROP TYPE "public"."enum_leaflets_kind";
  DROP TYPE "public"."enum_leaflets_status";
  DROP TYPE "public"."enum__leaflets_v_version_published_locales";
  DROP TYPE "public"."enum__leaflets_v_version_kind";
  DROP TYPE "public"."enum__leaflets_v_published_locale";
  DROP TYPE "public"."enum__leaflets_v_version_status";
  DROP TYPE "public"."enum_welcome_materials_audience_variants_audience";
  DROP TYPE "public"."enum_welcome_materials_published_locales";
  DROP TYPE "public"."enum_welcome_materials_status";
  DROP TYPE "public"."enum__welcome_materials_v_version_audience_variants_audience";
  DROP TYPE "public"."enum__welcome_materials_v_version_published_locales";
  DROP TYPE "public"."enum__welcome_materials_v_published_locale";
  DROP TYPE "public"."enum__welcome_materials_v_version_status";
  DROP TYPE "public"."enum_letter_templates_published_locales";
  DROP TYPE "public"."enum_letter_templates_kind";
  DROP TYPE "public"."enum_letter_templates_status";
  DROP TYPE "public"."enum__letter_templates_v_version_published_locales";
  DROP TYPE "public"."enum__letter_templates_v_version_kind";
  DROP TYPE "public"."enum__letter_templates_v_published_locale";
  DROP TYPE "public"."enum__letter_templates_v_version_status";
  DROP TYPE "public"."enum_methods_published_locales";
  DROP TYPE "public"."enum_methods_category";
  DROP TYPE "public"."enum_methods_status";
  DROP TYPE "public"."enum__methods_v_version_published_locales";
  DROP TYPE "public"."enum__methods_v_version_category";
  DROP TYPE "public"."enum__methods_v_published_locale";
  DROP TYPE "public"."enum__methods_v_version_status";
  DROP TYPE "public"."enum_reflection_questions_published_locales";
  DROP TYPE "public"."enum_reflection_questions_status";
  DROP TYPE "public"."enum__reflection_questions_v_version_published_locales";
  DROP TYPE "public"."enum__reflection_questions_v_published_locale";
  DROP TYPE "public"."enum__reflection_questions_v_version_status";
  DROP TYPE "public"."enum_media_subtitles_language";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_languages";
  DROP TYPE "public"."enum_translation_tasks_collection";
  DROP TYPE "public"."enum_translation_tasks_locale";
  DROP TYPE "public"."enum_translation_tasks_state";
  DROP TYPE "public"."enum_translation_memory_locale";
  DROP TYPE "public"."enum_translation_memory_origin";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
