import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_structures_type" AS ENUM('region', 'mission-locale', 'antenne', 'academy', 'dabm', 'establishment', 'employer', 'partner');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('super-admin', 'admin', 'referent-full', 'referent-accounts', 'referent-instant-t', 'referent-forms', 'referent-offers', 'referent-structures', 'referent-structures-partners', 'referent-structures-employers', 'mission-officer', 'establishment-referent', 'employer', 'academic-admin', 'counsellor', 'lead-counsellor');
  CREATE TYPE "public"."enum_users_functions" AS ENUM('direction', 'counsellor', 'reception', 'assistant');
  CREATE TYPE "public"."enum_users_alerts_email" AS ENUM('account-preregistered', 'account-transferred', 'candidature-awaiting-validation', 'candidature-sent', 'candidature-handled', 'candidature-decided', 'parrainage-requested', 'parrainage-validated', 'follow-up-message', 'bilan-phase', 'session-registration', 'session-registration-request', 'cej-action', 'cej-appointment', 'cej-message', 'bulk-operation', 'cej-reassignment', 'erasure-request', 'silent-alert', 'offer-alert');
  CREATE TYPE "public"."enum_users_alerts_in_app" AS ENUM('account-preregistered', 'account-transferred', 'candidature-awaiting-validation', 'candidature-sent', 'candidature-handled', 'candidature-decided', 'parrainage-requested', 'parrainage-validated', 'follow-up-message', 'bilan-phase', 'session-registration', 'session-registration-request', 'cej-action', 'cej-appointment', 'cej-message', 'bulk-operation', 'cej-reassignment', 'erasure-request', 'silent-alert', 'offer-alert');
  CREATE TYPE "public"."enum_users_status" AS ENUM('active', 'deactivated', 'unsubscribed');
  CREATE TYPE "public"."enum_accounts_alerts_email" AS ENUM('candidature-decided', 'parrainage-validated', 'follow-up-message', 'session-registration', 'cej-action', 'offer-alert');
  CREATE TYPE "public"."enum_accounts_alerts_in_app" AS ENUM('candidature-decided', 'parrainage-validated', 'follow-up-message', 'session-registration', 'cej-action', 'offer-alert');
  CREATE TYPE "public"."enum_accounts_status" AS ENUM('pending', 'enabled', 'transferred', 'disabled', 'deleted', 'archived');
  CREATE TYPE "public"."enum_accounts_archive_reason" AS ENUM('young-person-request', 'death', 'automatic');
  CREATE TYPE "public"."enum_accounts_origin" AS ENUM('pre-registration', 'staff');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('account-preregistered', 'account-transferred', 'candidature-awaiting-validation', 'candidature-sent', 'candidature-handled', 'candidature-decided', 'parrainage-requested', 'parrainage-validated', 'follow-up-message', 'bilan-phase', 'session-registration', 'session-registration-request', 'cej-action', 'cej-appointment', 'cej-message', 'bulk-operation', 'cej-reassignment', 'erasure-request', 'silent-alert', 'offer-alert');
  CREATE TYPE "public"."enum_programmes_kind" AS ENUM('pacea', 'cej', 'garantie-jeunes', 'eav', 'parrainage', 'cui', 'service-civique', 'follow-up', 'placement', 'bilan', 'other');
  CREATE TYPE "public"."enum_programmes_status" AS ENUM('initialised', 'in-progress', 'suspended', 'closed');
  CREATE TYPE "public"."enum_archiving_runs_trigger" AS ENUM('nightly', 'manual');
  CREATE TYPE "public"."enum_retention_runs_trigger" AS ENUM('nightly', 'manual');
  CREATE TYPE "public"."enum_retention_runs_status" AS ENUM('running', 'done', 'failed');
  CREATE TYPE "public"."enum_bulk_operations_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_required_fields_fields" AS ENUM('firstName', 'lastName', 'birthDate', 'email', 'phone', 'address', 'postalCode', 'city', 'familyContact.name', 'familyContact.relationship', 'familyContact.phone', 'familyContact.email');
  CREATE TYPE "public"."enum_forms_confirmation_type" AS ENUM('message', 'redirect');
  CREATE TYPE "public"."enum_offers_publication" AS ENUM('published', 'closed');
  CREATE TYPE "public"."enum_offers_sector" AS ENUM('administration', 'retail', 'hospitality', 'it', 'industry', 'health', 'transport', 'construction', 'other');
  CREATE TYPE "public"."enum_offers_contract_type" AS ENUM('cdi', 'cdd', 'work-study', 'internship', 'temporary', 'seasonal');
  CREATE TYPE "public"."enum_documents_type" AS ENUM('cv', 'cover-letter', 'other');
  CREATE TYPE "public"."enum_candidatures_status" AS ENUM('draft', 'awaiting-validation', 'sent', 'handled', 'accepted', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_candidatures_kind" AS ENUM('offer', 'spontaneous');
  CREATE TYPE "public"."enum_parrainages_status" AS ENUM('awaiting-validation', 'validated', 'accepted', 'declined');
  CREATE TYPE "public"."enum_document_drafts_cv_languages_level" AS ENUM('native', 'fluent', 'intermediate', 'basic');
  CREATE TYPE "public"."enum_document_drafts_kind" AS ENUM('cv', 'cover-letter');
  CREATE TYPE "public"."enum_document_drafts_letter_template" AS ENUM('offer', 'spontaneous', 'work-study');
  CREATE TYPE "public"."enum_shared_spaces_kind" AS ENUM('topic', 'cohort');
  CREATE TYPE "public"."enum_bilan_phases_questions_type" AS ENUM('short-text', 'long-text', 'choice', 'scale');
  CREATE TYPE "public"."enum_bilan_phases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bilan_phases_v_version_questions_type" AS ENUM('short-text', 'long-text', 'choice', 'scale');
  CREATE TYPE "public"."enum__bilan_phases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_bilans_modality" AS ENUM('on-site', 'remote');
  CREATE TYPE "public"."enum_bilan_steps_status" AS ENUM('not-started', 'in-progress', 'submitted', 'completed');
  CREATE TYPE "public"."enum_cej_profiles_situation" AS ENUM('job-seeker', 'employment', 'schooling', 'training', 'immersion', 'civic-service', 'none');
  CREATE TYPE "public"."enum_sessions_registrations_status" AS ENUM('registered', 'youth-refusal', 'third-party-refusal', 'present', 'absent');
  CREATE TYPE "public"."enum_sessions_status" AS ENUM('upcoming', 'to-close', 'closed');
  CREATE TYPE "public"."enum_sessions_kind" AS ENUM('workshop', 'information', 'collective-event');
  CREATE TYPE "public"."enum_actions_category" AS ENUM('job', 'training', 'career-plan', 'housing', 'health', 'citizenship', 'leisure', 'daily-life');
  CREATE TYPE "public"."enum_actions_status" AS ENUM('todo', 'in-progress', 'done');
  CREATE TYPE "public"."enum_actions_qualification_snp_type" AS ENUM('job', 'training', 'career-plan', 'housing', 'health', 'citizenship', 'leisure', 'daily-life');
  CREATE TYPE "public"."enum_reassignments_status" AS ENUM('in-progress', 'ended');
  CREATE TYPE "public"."enum_reassignments_type" AS ENUM('temporary', 'definitive');
  CREATE TYPE "public"."enum_appointments_status" AS ENUM('planned', 'held', 'missed', 'cancelled');
  CREATE TYPE "public"."enum_appointments_type" AS ENUM('follow-up', 'individual-interview', 'workshop', 'collective-information', 'partner', 'outside-activity', 'visit', 'service', 'other');
  CREATE TYPE "public"."enum_appointments_modality" AS ENUM('on-site', 'phone', 'video', 'outside');
  CREATE TYPE "public"."enum_news_audience" AS ENUM('all-staff', 'structure', 'young-people');
  CREATE TYPE "public"."enum_messages_direction" AS ENUM('to-account', 'to-counsellor');
  CREATE TYPE "public"."enum_cej_offers_kind" AS ENUM('employment', 'work-study', 'civic-service', 'immersion');
  CREATE TYPE "public"."enum_cej_offers_publication" AS ENUM('published', 'closed');
  CREATE TYPE "public"."enum_offer_shares_offer_source" AS ENUM('offers', 'cej-offers');
  CREATE TYPE "public"."enum_offer_shares_offer_kind" AS ENUM('employment', 'work-study', 'civic-service', 'immersion');
  CREATE TYPE "public"."enum_favourite_offers_offer_source" AS ENUM('offers', 'cej-offers');
  CREATE TYPE "public"."enum_favourite_offers_offer_kind" AS ENUM('employment', 'work-study', 'civic-service', 'immersion');
  CREATE TYPE "public"."enum_saved_searches_kind" AS ENUM('employment', 'work-study', 'civic-service', 'immersion');
  CREATE TYPE "public"."enum_reference_items_table" AS ENUM('contexts', 'programme-prescribers', 'programme-referents');
  CREATE TYPE "public"."enum_reference_transfers_status" AS ENUM('scheduled', 'done', 'cancelled');
  CREATE TYPE "public"."enum_reference_transfers_table" AS ENUM('contexts', 'programme-prescribers', 'programme-referents');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notify', 'core-staff-password-link', 'core-archiving-nightly', 'core-retention-nightly', 'bulk-operation', 'bulk-operations-watchdog', 'silent-alert-sms', 'lifecycle-effect', 'placement-follow-up-alert', 'bilan-notify-new-account', 'cej-session-clock', 'cej-reassignment-clock', 'cej-appointment-clock', 'cej-message-digest', 'cej-offer-alerts', 'reference-transfer-clock');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notify', 'core-staff-password-link', 'core-archiving-nightly', 'core-retention-nightly', 'bulk-operation', 'bulk-operations-watchdog', 'silent-alert-sms', 'lifecycle-effect', 'placement-follow-up-alert', 'bilan-notify-new-account', 'cej-session-clock', 'cej-reassignment-clock', 'cej-appointment-clock', 'cej-message-digest', 'cej-offer-alerts', 'reference-transfer-clock');
  CREATE TABLE "structures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_structures_type" NOT NULL,
  	"parent_id" integer,
  	"street" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"website" varchar,
  	"referent_id" integer,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "structures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_functions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_functions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_alerts_email" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_alerts_email",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_alerts_in_app" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_alerts_in_app",
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
  	"status" "enum_users_status" DEFAULT 'active' NOT NULL,
  	"first_name" varchar,
  	"last_name" varchar,
  	"name_key" varchar,
  	"deactivated_at" timestamp(3) with time zone,
  	"job_title" varchar,
  	"phone" varchar,
  	"avatar_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"structures_id" integer
  );
  
  CREATE TABLE "accounts_alerts_email" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_accounts_alerts_email",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "accounts_alerts_in_app" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_accounts_alerts_in_app",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "accounts_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_accounts_status" DEFAULT 'pending' NOT NULL,
  	"first_name" varchar,
  	"last_name" varchar,
  	"birth_date" timestamp(3) with time zone,
  	"phone" varchar,
  	"address" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"structure_id" integer,
  	"follow_up_structure_id" integer,
  	"requested_structure_id" integer,
  	"autonomous" boolean DEFAULT false,
  	"family_contact_name" varchar,
  	"family_contact_relationship" varchar,
  	"family_contact_phone" varchar,
  	"family_contact_email" varchar,
  	"transfer_message" varchar,
  	"shares_with_followers" boolean DEFAULT false,
  	"birth_year" numeric,
  	"archive_reason" "enum_accounts_archive_reason",
  	"archived_at" timestamp(3) with time zone,
  	"origin" "enum_accounts_origin" DEFAULT 'pre-registration',
  	"context_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "accounts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"structure_id" integer,
  	"uploaded_by_id" integer,
  	"prefix" varchar DEFAULT 'media',
  	"_objectkey" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"kind" "enum_notifications_kind",
  	"link" varchar,
  	"recipient_user_id" integer,
  	"recipient_account_id" integer,
  	"dedupe_key" varchar,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"kind" "enum_programmes_kind" NOT NULL,
  	"status" "enum_programmes_status" DEFAULT 'initialised' NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programmes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "sharing_consents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"given" boolean DEFAULT false NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "erasure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer,
  	"structure_id" integer,
  	"message" varchar,
  	"handled_at" timestamp(3) with time zone,
  	"answer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "erasure_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "archiving_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"trigger" "enum_archiving_runs_trigger" DEFAULT 'nightly' NOT NULL,
  	"operation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "retention_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"trigger" "enum_retention_runs_trigger" DEFAULT 'nightly' NOT NULL,
  	"status" "enum_retention_runs_status" DEFAULT 'running' NOT NULL,
  	"pending_accounts" numeric DEFAULT 0,
  	"reset_tokens" numeric DEFAULT 0,
  	"notifications" numeric DEFAULT 0,
  	"instant_t_results" numeric DEFAULT 0,
  	"settings" jsonb,
  	"error" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulk_operations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"status" "enum_bulk_operations_status" DEFAULT 'queued' NOT NULL,
  	"total" numeric DEFAULT 0 NOT NULL,
  	"done" numeric DEFAULT 0 NOT NULL,
  	"failed" numeric DEFAULT 0 NOT NULL,
  	"params" jsonb,
  	"errors" jsonb,
  	"items" jsonb,
  	"position" numeric DEFAULT 0,
  	"created_by_id" integer,
  	"started_at" timestamp(3) with time zone,
  	"heartbeat_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bulk_operations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"structures_id" integer
  );
  
  CREATE TABLE "required_fields_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_required_fields_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "required_fields" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"structure_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "silent_alert_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"structure_id" integer NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"sms_provider_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "silent_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"structure_id" integer NOT NULL,
  	"sent_by_id" integer NOT NULL,
  	"summary" varchar,
  	"recipient_count" numeric,
  	"sms_sent" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "silent_alerts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "transitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_account_id" integer,
  	"comment" varchar,
  	"data" jsonb,
  	"completed_effects" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "instant_t_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"order" numeric DEFAULT 0 NOT NULL,
  	"description" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "instant_t_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"points" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "instant_t_questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"category_id" integer NOT NULL,
  	"order" numeric DEFAULT 0 NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "instant_t" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"postal_code" varchar NOT NULL,
  	"structure_id" integer,
  	"out_of_territory" boolean DEFAULT false,
  	"account_id" integer,
  	"account_name" varchar,
  	"linked_at" timestamp(3) with time zone,
  	"scores" jsonb NOT NULL,
  	"answers" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "forms_blocks_checkbox" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"default_value" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_country" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_email" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_message" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_number" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_select_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_select" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"placeholder" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_state" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_textarea" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email_to" varchar,
  	"cc" varchar,
  	"bcc" varchar,
  	"reply_to" varchar,
  	"email_from" varchar,
  	"subject" varchar DEFAULT 'You''ve received a new message.' NOT NULL,
  	"message" jsonb
  );
  
  CREATE TABLE "forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"submit_button_label" varchar,
  	"confirmation_type" "enum_forms_confirmation_type" DEFAULT 'message',
  	"confirmation_message" jsonb,
  	"redirect_url" varchar,
  	"structure_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_submissions_submission_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer NOT NULL,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"reference" varchar,
  	"publication" "enum_offers_publication" DEFAULT 'published' NOT NULL,
  	"structure_id" integer NOT NULL,
  	"referent_id" integer,
  	"employer_name" varchar,
  	"postal_code" varchar,
  	"department" varchar,
  	"city" varchar,
  	"sector" "enum_offers_sector",
  	"contract_type" "enum_offers_contract_type",
  	"is_generic" boolean DEFAULT false,
  	"description" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"type" "enum_documents_type" DEFAULT 'cv' NOT NULL,
  	"account_id" integer,
  	"structure_id" integer,
  	"prefix" varchar DEFAULT 'documents',
  	"_objectkey" varchar,
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
  	"focal_y" numeric,
  	"sizes_preview_url" varchar,
  	"sizes_preview_width" numeric,
  	"sizes_preview_height" numeric,
  	"sizes_preview_mime_type" varchar,
  	"sizes_preview_filesize" numeric,
  	"sizes_preview_filename" varchar
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"structures_id" integer
  );
  
  CREATE TABLE "candidatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_candidatures_status" DEFAULT 'draft' NOT NULL,
  	"title" varchar,
  	"kind" "enum_candidatures_kind",
  	"sent_at" timestamp(3) with time zone,
  	"offer_id" integer,
  	"employer_id" integer,
  	"candidate_name" varchar,
  	"message" varchar NOT NULL,
  	"cv_id" integer,
  	"cover_letter_id" integer,
  	"candidate_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "parrainages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_parrainages_status" DEFAULT 'awaiting-validation' NOT NULL,
  	"title" varchar,
  	"employer_id" integer NOT NULL,
  	"candidate_name" varchar,
  	"message" varchar NOT NULL,
  	"candidate_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_up_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"candidature_id" integer,
  	"parrainage_id" integer,
  	"body" varchar NOT NULL,
  	"author_name" varchar,
  	"author_user_id" integer,
  	"author_account_id" integer,
  	"account_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "private_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"candidature_id" integer,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_drafts_cv_experiences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" varchar,
  	"employer" varchar,
  	"place" varchar,
  	"period" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "document_drafts_cv_trainings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"diploma" varchar,
  	"school" varchar,
  	"period" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "document_drafts_cv_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"skill" varchar
  );
  
  CREATE TABLE "document_drafts_cv_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" varchar,
  	"level" "enum_document_drafts_cv_languages_level" DEFAULT 'intermediate'
  );
  
  CREATE TABLE "document_drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_document_drafts_kind" DEFAULT 'cv' NOT NULL,
  	"account_id" integer,
  	"structure_id" integer,
  	"cv_headline" varchar,
  	"cv_summary" varchar,
  	"letter_template" "enum_document_drafts_letter_template" DEFAULT 'offer',
  	"letter_offer_id" integer,
  	"letter_company" varchar,
  	"letter_position" varchar,
  	"letter_body" varchar,
  	"document_id" integer,
  	"saved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "shared_spaces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_shared_spaces_kind" DEFAULT 'topic' NOT NULL,
  	"description" varchar,
  	"structure_id" integer NOT NULL,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "shared_spaces_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "space_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"space_id" integer NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "space_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"space_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"uploaded_by_id" integer,
  	"prefix" varchar DEFAULT 'space-documents',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "space_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"space_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"description" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "candidate_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar NOT NULL,
  	"file_hash" varchar NOT NULL,
  	"structure_id" integer NOT NULL,
  	"referent_id" integer NOT NULL,
  	"created_by_id" integer,
  	"line_count" numeric,
  	"candidates" jsonb,
  	"line_errors" jsonb,
  	"existing" jsonb,
  	"operation" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "candidate_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"secondary_email" varchar,
  	"nationality" varchar,
  	"training" varchar,
  	"diploma" varchar,
  	"diploma_year" numeric,
  	"rqth_requested" boolean,
  	"rqth" boolean,
  	"internship" boolean,
  	"project" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bilan_phases_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "bilan_phases_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"type" "enum_bilan_phases_questions_type" DEFAULT 'long-text',
  	"required" boolean DEFAULT false,
  	"label" varchar
  );
  
  CREATE TABLE "bilan_phases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric,
  	"title" varchar,
  	"content" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bilan_phases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_bilan_phases_v_version_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bilan_phases_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"type" "enum__bilan_phases_v_version_questions_type" DEFAULT 'long-text',
  	"required" boolean DEFAULT false,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bilan_phases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_order" numeric,
  	"version_title" varchar,
  	"version_content" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bilan_phases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "bilans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"candidate_id" integer NOT NULL,
  	"counsellor_id" integer,
  	"dabm_id" integer,
  	"modality" "enum_bilans_modality" DEFAULT 'on-site' NOT NULL,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bilans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bilan_phases_id" integer
  );
  
  CREATE TABLE "bilan_steps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_bilan_steps_status" DEFAULT 'not-started' NOT NULL,
  	"title" varchar,
  	"bilan_id" integer NOT NULL,
  	"phase_id" integer NOT NULL,
  	"order" numeric,
  	"answers" jsonb,
  	"answered_questions" jsonb,
  	"comments" jsonb,
  	"submitted_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"candidate_id" integer,
  	"counsellor_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cej_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"dossier_number" varchar,
  	"situation" "enum_cej_profiles_situation",
  	"cej_end_date" timestamp(3) with time zone,
  	"last_login_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sessions_registrations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"status" "enum_sessions_registrations_status" DEFAULT 'registered' NOT NULL,
  	"comment" varchar,
  	"changed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_sessions_status" DEFAULT 'upcoming' NOT NULL,
  	"title" varchar NOT NULL,
  	"name" varchar,
  	"kind" "enum_sessions_kind" DEFAULT 'workshop' NOT NULL,
  	"theme" varchar,
  	"partner" varchar,
  	"description" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"registration_deadline" timestamp(3) with time zone,
  	"location" varchar,
  	"facilitator_id" integer,
  	"capacity" numeric,
  	"comment" varchar,
  	"visible" boolean DEFAULT false,
  	"structure_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"category" "enum_actions_category" NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"status" "enum_actions_status" DEFAULT 'todo' NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"qualification_snp_type" "enum_actions_qualification_snp_type",
  	"qualification_starts_at" timestamp(3) with time zone,
  	"qualification_ends_at" timestamp(3) with time zone,
  	"qualification_hours" numeric,
  	"qualification_not_snp" boolean,
  	"qualification_qualified_at" timestamp(3) with time zone,
  	"qualification_qualified_by_id" integer,
  	"completed_at" timestamp(3) with time zone,
  	"structure_id" integer,
  	"created_by_user_id" integer,
  	"created_by_account_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reassignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_reassignments_status" DEFAULT 'in-progress' NOT NULL,
  	"type" "enum_reassignments_type" NOT NULL,
  	"from_id" integer NOT NULL,
  	"to_id" integer NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"structure_id" integer,
  	"created_by_id" integer,
  	"operation_id" integer,
  	"return_operation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reassignments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer
  );
  
  CREATE TABLE "appointments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_appointments_status" DEFAULT 'planned' NOT NULL,
  	"type" "enum_appointments_type" DEFAULT 'follow-up' NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"modality" "enum_appointments_modality" DEFAULT 'on-site' NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"duration" varchar DEFAULT '01:00' NOT NULL,
  	"address" varchar,
  	"organisation" varchar,
  	"visible_to_young_people" boolean DEFAULT true,
  	"notify_young_people" boolean DEFAULT true,
  	"calendar_by_email" boolean DEFAULT false,
  	"cancellation_reason" varchar,
  	"structure_id" integer NOT NULL,
  	"created_by_id" integer,
  	"sequence" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "appointments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"content" jsonb NOT NULL,
  	"audience" "enum_news_audience" DEFAULT 'structure' NOT NULL,
  	"structure_id" integer,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news_reads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"news_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conversations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"counsellor_id" integer NOT NULL,
  	"account_id" integer NOT NULL,
  	"last_message_at" timestamp(3) with time zone,
  	"unread_by_counsellor" numeric DEFAULT 0,
  	"unread_by_account" numeric DEFAULT 0,
  	"pinned_by_counsellor" boolean DEFAULT false,
  	"pinned_by_account" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"conversation_id" integer NOT NULL,
  	"text" varchar,
  	"author_user_id" integer,
  	"author_account_id" integer,
  	"direction" "enum_messages_direction" NOT NULL,
  	"read_at" timestamp(3) with time zone,
  	"counsellor_id" integer NOT NULL,
  	"account_id" integer NOT NULL,
  	"diffusion_list_id" integer,
  	"batch" varchar,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"message_attachments_id" integer
  );
  
  CREATE TABLE "diffusion_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "diffusion_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer
  );
  
  CREATE TABLE "message_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uploaded_by_id" integer,
  	"prefix" varchar DEFAULT 'message-attachments',
  	"_objectkey" varchar,
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
  
  CREATE TABLE "message_attachments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer
  );
  
  CREATE TABLE "cej_offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_cej_offers_kind" NOT NULL,
  	"publication" "enum_cej_offers_publication" DEFAULT 'published' NOT NULL,
  	"organisation" varchar,
  	"postal_code" varchar,
  	"department" varchar,
  	"city" varchar,
  	"description" varchar,
  	"url" varchar,
  	"structure_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offer_shares" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offer_source" "enum_offer_shares_offer_source" NOT NULL,
  	"offer_id" numeric NOT NULL,
  	"offer_title" varchar,
  	"offer_kind" "enum_offer_shares_offer_kind",
  	"account_id" integer NOT NULL,
  	"shared_by_id" integer NOT NULL,
  	"structure_id" integer NOT NULL,
  	"message_id" integer,
  	"batch" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "favourite_offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"offer_source" "enum_favourite_offers_offer_source" NOT NULL,
  	"offer_id" numeric NOT NULL,
  	"offer_title" varchar,
  	"offer_kind" "enum_favourite_offers_offer_kind",
  	"applied" boolean DEFAULT false,
  	"applied_at" timestamp(3) with time zone,
  	"account_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "saved_searches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_saved_searches_kind",
  	"q" varchar,
  	"department" varchar,
  	"account_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reference_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"table" "enum_reference_items_table" NOT NULL,
  	"label" varchar,
  	"user_id" integer,
  	"active" boolean DEFAULT true,
  	"structure_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reference_transfers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_reference_transfers_status" DEFAULT 'scheduled' NOT NULL,
  	"table" "enum_reference_transfers_table" NOT NULL,
  	"source_id" integer,
  	"destination_id" integer,
  	"source_label" varchar,
  	"scheduled_for" timestamp(3) with time zone,
  	"ran_at" timestamp(3) with time zone,
  	"moved" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"errors" jsonb,
  	"requested_by_id" integer,
  	"structure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reference_transfers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bulk_operations_id" integer
  );
  
  CREATE TABLE "letter_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"structure_id" integer NOT NULL,
  	"body" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "generated_letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"batch" varchar NOT NULL,
  	"template_id" integer,
  	"account_id" integer NOT NULL,
  	"file_name" varchar NOT NULL,
  	"pdf" varchar NOT NULL,
  	"created_by_id" integer,
  	"structure_id" integer,
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
  	"structures_id" integer,
  	"users_id" integer,
  	"accounts_id" integer,
  	"media_id" integer,
  	"notifications_id" integer,
  	"programmes_id" integer,
  	"sharing_consents_id" integer,
  	"erasure_requests_id" integer,
  	"archiving_runs_id" integer,
  	"retention_runs_id" integer,
  	"bulk_operations_id" integer,
  	"required_fields_id" integer,
  	"silent_alert_settings_id" integer,
  	"silent_alerts_id" integer,
  	"transitions_id" integer,
  	"instant_t_categories_id" integer,
  	"instant_t_questions_id" integer,
  	"instant_t_id" integer,
  	"forms_id" integer,
  	"form_submissions_id" integer,
  	"offers_id" integer,
  	"documents_id" integer,
  	"candidatures_id" integer,
  	"parrainages_id" integer,
  	"follow_up_messages_id" integer,
  	"private_notes_id" integer,
  	"document_drafts_id" integer,
  	"shared_spaces_id" integer,
  	"space_messages_id" integer,
  	"space_documents_id" integer,
  	"space_events_id" integer,
  	"candidate_imports_id" integer,
  	"candidate_profiles_id" integer,
  	"bilan_phases_id" integer,
  	"bilans_id" integer,
  	"bilan_steps_id" integer,
  	"cej_profiles_id" integer,
  	"sessions_id" integer,
  	"actions_id" integer,
  	"reassignments_id" integer,
  	"appointments_id" integer,
  	"news_id" integer,
  	"news_reads_id" integer,
  	"conversations_id" integer,
  	"messages_id" integer,
  	"diffusion_lists_id" integer,
  	"message_attachments_id" integer,
  	"cej_offers_id" integer,
  	"offer_shares_id" integer,
  	"favourite_offers_id" integer,
  	"saved_searches_id" integer,
  	"reference_items_id" integer,
  	"reference_transfers_id" integer,
  	"letter_templates_id" integer,
  	"generated_letters_id" integer
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
  	"users_id" integer,
  	"accounts_id" integer
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
  
  ALTER TABLE "structures" ADD CONSTRAINT "structures_parent_id_structures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "structures" ADD CONSTRAINT "structures_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "structures" ADD CONSTRAINT "structures_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "structures_texts" ADD CONSTRAINT "structures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_functions" ADD CONSTRAINT "users_functions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_alerts_email" ADD CONSTRAINT "users_alerts_email_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_alerts_in_app" ADD CONSTRAINT "users_alerts_in_app_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_avatar_id_media_id_fk" FOREIGN KEY ("avatar_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_structures_fk" FOREIGN KEY ("structures_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts_alerts_email" ADD CONSTRAINT "accounts_alerts_email_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts_alerts_in_app" ADD CONSTRAINT "accounts_alerts_in_app_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts_sessions" ADD CONSTRAINT "accounts_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_follow_up_structure_id_structures_id_fk" FOREIGN KEY ("follow_up_structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_requested_structure_id_structures_id_fk" FOREIGN KEY ("requested_structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_context_id_reference_items_id_fk" FOREIGN KEY ("context_id") REFERENCES "public"."reference_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts_rels" ADD CONSTRAINT "accounts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accounts_rels" ADD CONSTRAINT "accounts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_account_id_accounts_id_fk" FOREIGN KEY ("recipient_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sharing_consents" ADD CONSTRAINT "sharing_consents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "erasure_requests_rels" ADD CONSTRAINT "erasure_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."erasure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "erasure_requests_rels" ADD CONSTRAINT "erasure_requests_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "archiving_runs" ADD CONSTRAINT "archiving_runs_operation_id_bulk_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."bulk_operations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_operations" ADD CONSTRAINT "bulk_operations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulk_operations_rels" ADD CONSTRAINT "bulk_operations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulk_operations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulk_operations_rels" ADD CONSTRAINT "bulk_operations_rels_structures_fk" FOREIGN KEY ("structures_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "required_fields_fields" ADD CONSTRAINT "required_fields_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."required_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "required_fields" ADD CONSTRAINT "required_fields_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "silent_alert_settings" ADD CONSTRAINT "silent_alert_settings_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "silent_alerts" ADD CONSTRAINT "silent_alerts_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "silent_alerts" ADD CONSTRAINT "silent_alerts_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "silent_alerts_rels" ADD CONSTRAINT "silent_alerts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."silent_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "silent_alerts_rels" ADD CONSTRAINT "silent_alerts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "transitions" ADD CONSTRAINT "transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transitions" ADD CONSTRAINT "transitions_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instant_t_questions_options" ADD CONSTRAINT "instant_t_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."instant_t_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instant_t_questions" ADD CONSTRAINT "instant_t_questions_category_id_instant_t_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."instant_t_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instant_t" ADD CONSTRAINT "instant_t_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instant_t" ADD CONSTRAINT "instant_t_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms_blocks_checkbox" ADD CONSTRAINT "forms_blocks_checkbox_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_country" ADD CONSTRAINT "forms_blocks_country_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_email" ADD CONSTRAINT "forms_blocks_email_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_message" ADD CONSTRAINT "forms_blocks_message_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_number" ADD CONSTRAINT "forms_blocks_number_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select_options" ADD CONSTRAINT "forms_blocks_select_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_select"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select" ADD CONSTRAINT "forms_blocks_select_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_state" ADD CONSTRAINT "forms_blocks_state_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_text" ADD CONSTRAINT "forms_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_textarea" ADD CONSTRAINT "forms_blocks_textarea_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_emails" ADD CONSTRAINT "forms_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms" ADD CONSTRAINT "forms_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions_submission_data" ADD CONSTRAINT "form_submissions_submission_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_structures_fk" FOREIGN KEY ("structures_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_employer_id_structures_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_cv_id_documents_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_cover_letter_id_documents_id_fk" FOREIGN KEY ("cover_letter_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_candidate_id_accounts_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parrainages" ADD CONSTRAINT "parrainages_employer_id_structures_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parrainages" ADD CONSTRAINT "parrainages_candidate_id_accounts_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parrainages" ADD CONSTRAINT "parrainages_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_messages" ADD CONSTRAINT "follow_up_messages_candidature_id_candidatures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_messages" ADD CONSTRAINT "follow_up_messages_parrainage_id_parrainages_id_fk" FOREIGN KEY ("parrainage_id") REFERENCES "public"."parrainages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_messages" ADD CONSTRAINT "follow_up_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_messages" ADD CONSTRAINT "follow_up_messages_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_messages" ADD CONSTRAINT "follow_up_messages_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_messages" ADD CONSTRAINT "follow_up_messages_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_notes" ADD CONSTRAINT "private_notes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_notes" ADD CONSTRAINT "private_notes_candidature_id_candidatures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_notes" ADD CONSTRAINT "private_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "private_notes" ADD CONSTRAINT "private_notes_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_drafts_cv_experiences" ADD CONSTRAINT "document_drafts_cv_experiences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."document_drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_drafts_cv_trainings" ADD CONSTRAINT "document_drafts_cv_trainings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."document_drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_drafts_cv_skills" ADD CONSTRAINT "document_drafts_cv_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."document_drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_drafts_cv_languages" ADD CONSTRAINT "document_drafts_cv_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."document_drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_letter_offer_id_offers_id_fk" FOREIGN KEY ("letter_offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shared_spaces" ADD CONSTRAINT "shared_spaces_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shared_spaces" ADD CONSTRAINT "shared_spaces_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shared_spaces_rels" ADD CONSTRAINT "shared_spaces_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."shared_spaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "shared_spaces_rels" ADD CONSTRAINT "shared_spaces_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "space_messages" ADD CONSTRAINT "space_messages_space_id_shared_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."shared_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "space_messages" ADD CONSTRAINT "space_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "space_documents" ADD CONSTRAINT "space_documents_space_id_shared_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."shared_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "space_documents" ADD CONSTRAINT "space_documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "space_events" ADD CONSTRAINT "space_events_space_id_shared_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."shared_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "space_events" ADD CONSTRAINT "space_events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidate_imports" ADD CONSTRAINT "candidate_imports_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidate_imports" ADD CONSTRAINT "candidate_imports_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidate_imports" ADD CONSTRAINT "candidate_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "candidate_profiles" ADD CONSTRAINT "candidate_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilan_phases_questions_options" ADD CONSTRAINT "bilan_phases_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bilan_phases_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bilan_phases_questions" ADD CONSTRAINT "bilan_phases_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bilan_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bilan_phases_v_version_questions_options" ADD CONSTRAINT "_bilan_phases_v_version_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bilan_phases_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bilan_phases_v_version_questions" ADD CONSTRAINT "_bilan_phases_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bilan_phases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bilan_phases_v" ADD CONSTRAINT "_bilan_phases_v_parent_id_bilan_phases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bilan_phases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilans" ADD CONSTRAINT "bilans_candidate_id_accounts_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilans" ADD CONSTRAINT "bilans_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilans" ADD CONSTRAINT "bilans_dabm_id_structures_id_fk" FOREIGN KEY ("dabm_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilans" ADD CONSTRAINT "bilans_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilans_rels" ADD CONSTRAINT "bilans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bilans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bilans_rels" ADD CONSTRAINT "bilans_rels_bilan_phases_fk" FOREIGN KEY ("bilan_phases_id") REFERENCES "public"."bilan_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bilan_steps" ADD CONSTRAINT "bilan_steps_bilan_id_bilans_id_fk" FOREIGN KEY ("bilan_id") REFERENCES "public"."bilans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilan_steps" ADD CONSTRAINT "bilan_steps_phase_id_bilan_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."bilan_phases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilan_steps" ADD CONSTRAINT "bilan_steps_candidate_id_accounts_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilan_steps" ADD CONSTRAINT "bilan_steps_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bilan_steps" ADD CONSTRAINT "bilan_steps_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cej_profiles" ADD CONSTRAINT "cej_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_registrations" ADD CONSTRAINT "sessions_registrations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_registrations" ADD CONSTRAINT "sessions_registrations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_qualification_qualified_by_id_users_id_fk" FOREIGN KEY ("qualification_qualified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments" ADD CONSTRAINT "reassignments_from_id_users_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments" ADD CONSTRAINT "reassignments_to_id_users_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments" ADD CONSTRAINT "reassignments_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments" ADD CONSTRAINT "reassignments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments" ADD CONSTRAINT "reassignments_operation_id_bulk_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."bulk_operations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments" ADD CONSTRAINT "reassignments_return_operation_id_bulk_operations_id_fk" FOREIGN KEY ("return_operation_id") REFERENCES "public"."bulk_operations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reassignments_rels" ADD CONSTRAINT "reassignments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reassignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reassignments_rels" ADD CONSTRAINT "reassignments_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "appointments_rels" ADD CONSTRAINT "appointments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "appointments_rels" ADD CONSTRAINT "appointments_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_news_id_news_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversations" ADD CONSTRAINT "conversations_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conversations" ADD CONSTRAINT "conversations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_links" ADD CONSTRAINT "messages_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_diffusion_list_id_diffusion_lists_id_fk" FOREIGN KEY ("diffusion_list_id") REFERENCES "public"."diffusion_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "diffusion_lists" ADD CONSTRAINT "diffusion_lists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "diffusion_lists_rels" ADD CONSTRAINT "diffusion_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."diffusion_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "diffusion_lists_rels" ADD CONSTRAINT "diffusion_lists_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_attachments_rels" ADD CONSTRAINT "message_attachments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_attachments_rels" ADD CONSTRAINT "message_attachments_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cej_offers" ADD CONSTRAINT "cej_offers_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_shares" ADD CONSTRAINT "offer_shares_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_shares" ADD CONSTRAINT "offer_shares_shared_by_id_users_id_fk" FOREIGN KEY ("shared_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_shares" ADD CONSTRAINT "offer_shares_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_shares" ADD CONSTRAINT "offer_shares_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "favourite_offers" ADD CONSTRAINT "favourite_offers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "favourite_offers" ADD CONSTRAINT "favourite_offers_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_items" ADD CONSTRAINT "reference_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_items" ADD CONSTRAINT "reference_items_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_transfers" ADD CONSTRAINT "reference_transfers_source_id_reference_items_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."reference_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_transfers" ADD CONSTRAINT "reference_transfers_destination_id_reference_items_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."reference_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_transfers" ADD CONSTRAINT "reference_transfers_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_transfers" ADD CONSTRAINT "reference_transfers_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reference_transfers_rels" ADD CONSTRAINT "reference_transfers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reference_transfers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reference_transfers_rels" ADD CONSTRAINT "reference_transfers_rels_bulk_operations_fk" FOREIGN KEY ("bulk_operations_id") REFERENCES "public"."bulk_operations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_letters" ADD CONSTRAINT "generated_letters_template_id_letter_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."letter_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_letters" ADD CONSTRAINT "generated_letters_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_letters" ADD CONSTRAINT "generated_letters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_letters" ADD CONSTRAINT "generated_letters_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_structures_fk" FOREIGN KEY ("structures_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sharing_consents_fk" FOREIGN KEY ("sharing_consents_id") REFERENCES "public"."sharing_consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_erasure_requests_fk" FOREIGN KEY ("erasure_requests_id") REFERENCES "public"."erasure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_archiving_runs_fk" FOREIGN KEY ("archiving_runs_id") REFERENCES "public"."archiving_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_retention_runs_fk" FOREIGN KEY ("retention_runs_id") REFERENCES "public"."retention_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulk_operations_fk" FOREIGN KEY ("bulk_operations_id") REFERENCES "public"."bulk_operations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_required_fields_fk" FOREIGN KEY ("required_fields_id") REFERENCES "public"."required_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_silent_alert_settings_fk" FOREIGN KEY ("silent_alert_settings_id") REFERENCES "public"."silent_alert_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_silent_alerts_fk" FOREIGN KEY ("silent_alerts_id") REFERENCES "public"."silent_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transitions_fk" FOREIGN KEY ("transitions_id") REFERENCES "public"."transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instant_t_categories_fk" FOREIGN KEY ("instant_t_categories_id") REFERENCES "public"."instant_t_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instant_t_questions_fk" FOREIGN KEY ("instant_t_questions_id") REFERENCES "public"."instant_t_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instant_t_fk" FOREIGN KEY ("instant_t_id") REFERENCES "public"."instant_t"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_forms_fk" FOREIGN KEY ("forms_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_submissions_fk" FOREIGN KEY ("form_submissions_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_candidatures_fk" FOREIGN KEY ("candidatures_id") REFERENCES "public"."candidatures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parrainages_fk" FOREIGN KEY ("parrainages_id") REFERENCES "public"."parrainages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_up_messages_fk" FOREIGN KEY ("follow_up_messages_id") REFERENCES "public"."follow_up_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_private_notes_fk" FOREIGN KEY ("private_notes_id") REFERENCES "public"."private_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_drafts_fk" FOREIGN KEY ("document_drafts_id") REFERENCES "public"."document_drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shared_spaces_fk" FOREIGN KEY ("shared_spaces_id") REFERENCES "public"."shared_spaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_space_messages_fk" FOREIGN KEY ("space_messages_id") REFERENCES "public"."space_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_space_documents_fk" FOREIGN KEY ("space_documents_id") REFERENCES "public"."space_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_space_events_fk" FOREIGN KEY ("space_events_id") REFERENCES "public"."space_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_candidate_imports_fk" FOREIGN KEY ("candidate_imports_id") REFERENCES "public"."candidate_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_candidate_profiles_fk" FOREIGN KEY ("candidate_profiles_id") REFERENCES "public"."candidate_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bilan_phases_fk" FOREIGN KEY ("bilan_phases_id") REFERENCES "public"."bilan_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bilans_fk" FOREIGN KEY ("bilans_id") REFERENCES "public"."bilans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bilan_steps_fk" FOREIGN KEY ("bilan_steps_id") REFERENCES "public"."bilan_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cej_profiles_fk" FOREIGN KEY ("cej_profiles_id") REFERENCES "public"."cej_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sessions_fk" FOREIGN KEY ("sessions_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reassignments_fk" FOREIGN KEY ("reassignments_id") REFERENCES "public"."reassignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_appointments_fk" FOREIGN KEY ("appointments_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_reads_fk" FOREIGN KEY ("news_reads_id") REFERENCES "public"."news_reads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conversations_fk" FOREIGN KEY ("conversations_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_diffusion_lists_fk" FOREIGN KEY ("diffusion_lists_id") REFERENCES "public"."diffusion_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cej_offers_fk" FOREIGN KEY ("cej_offers_id") REFERENCES "public"."cej_offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offer_shares_fk" FOREIGN KEY ("offer_shares_id") REFERENCES "public"."offer_shares"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_favourite_offers_fk" FOREIGN KEY ("favourite_offers_id") REFERENCES "public"."favourite_offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_saved_searches_fk" FOREIGN KEY ("saved_searches_id") REFERENCES "public"."saved_searches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reference_items_fk" FOREIGN KEY ("reference_items_id") REFERENCES "public"."reference_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reference_transfers_fk" FOREIGN KEY ("reference_transfers_id") REFERENCES "public"."reference_transfers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letter_templates_fk" FOREIGN KEY ("letter_templates_id") REFERENCES "public"."letter_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_generated_letters_fk" FOREIGN KEY ("generated_letters_id") REFERENCES "public"."generated_letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "structures_name_idx" ON "structures" USING btree ("name");
  CREATE INDEX "structures_type_idx" ON "structures" USING btree ("type");
  CREATE INDEX "structures_parent_idx" ON "structures" USING btree ("parent_id");
  CREATE INDEX "structures_city_idx" ON "structures" USING btree ("city");
  CREATE INDEX "structures_referent_idx" ON "structures" USING btree ("referent_id");
  CREATE INDEX "structures_logo_idx" ON "structures" USING btree ("logo_id");
  CREATE INDEX "structures_updated_at_idx" ON "structures" USING btree ("updated_at");
  CREATE INDEX "structures_created_at_idx" ON "structures" USING btree ("created_at");
  CREATE INDEX "structures_texts_order_parent" ON "structures_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_functions_order_idx" ON "users_functions" USING btree ("order");
  CREATE INDEX "users_functions_parent_idx" ON "users_functions" USING btree ("parent_id");
  CREATE INDEX "users_alerts_email_order_idx" ON "users_alerts_email" USING btree ("order");
  CREATE INDEX "users_alerts_email_parent_idx" ON "users_alerts_email" USING btree ("parent_id");
  CREATE INDEX "users_alerts_in_app_order_idx" ON "users_alerts_in_app" USING btree ("order");
  CREATE INDEX "users_alerts_in_app_parent_idx" ON "users_alerts_in_app" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_status_idx" ON "users" USING btree ("status");
  CREATE INDEX "users_last_name_idx" ON "users" USING btree ("last_name");
  CREATE INDEX "users_name_key_idx" ON "users" USING btree ("name_key");
  CREATE INDEX "users_avatar_idx" ON "users" USING btree ("avatar_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_structures_id_idx" ON "users_rels" USING btree ("structures_id");
  CREATE INDEX "accounts_alerts_email_order_idx" ON "accounts_alerts_email" USING btree ("order");
  CREATE INDEX "accounts_alerts_email_parent_idx" ON "accounts_alerts_email" USING btree ("parent_id");
  CREATE INDEX "accounts_alerts_in_app_order_idx" ON "accounts_alerts_in_app" USING btree ("order");
  CREATE INDEX "accounts_alerts_in_app_parent_idx" ON "accounts_alerts_in_app" USING btree ("parent_id");
  CREATE INDEX "accounts_sessions_order_idx" ON "accounts_sessions" USING btree ("_order");
  CREATE INDEX "accounts_sessions_parent_id_idx" ON "accounts_sessions" USING btree ("_parent_id");
  CREATE INDEX "accounts_status_idx" ON "accounts" USING btree ("status");
  CREATE INDEX "accounts_last_name_idx" ON "accounts" USING btree ("last_name");
  CREATE INDEX "accounts_postal_code_idx" ON "accounts" USING btree ("postal_code");
  CREATE INDEX "accounts_structure_idx" ON "accounts" USING btree ("structure_id");
  CREATE INDEX "accounts_follow_up_structure_idx" ON "accounts" USING btree ("follow_up_structure_id");
  CREATE INDEX "accounts_requested_structure_idx" ON "accounts" USING btree ("requested_structure_id");
  CREATE INDEX "accounts_shares_with_followers_idx" ON "accounts" USING btree ("shares_with_followers");
  CREATE INDEX "accounts_context_idx" ON "accounts" USING btree ("context_id");
  CREATE INDEX "accounts_updated_at_idx" ON "accounts" USING btree ("updated_at");
  CREATE INDEX "accounts_created_at_idx" ON "accounts" USING btree ("created_at");
  CREATE UNIQUE INDEX "accounts_email_idx" ON "accounts" USING btree ("email");
  CREATE INDEX "structure_createdAt_idx" ON "accounts" USING btree ("structure_id","created_at");
  CREATE INDEX "followUpStructure_createdAt_idx" ON "accounts" USING btree ("follow_up_structure_id","created_at");
  CREATE INDEX "accounts_rels_order_idx" ON "accounts_rels" USING btree ("order");
  CREATE INDEX "accounts_rels_parent_idx" ON "accounts_rels" USING btree ("parent_id");
  CREATE INDEX "accounts_rels_path_idx" ON "accounts_rels" USING btree ("path");
  CREATE INDEX "accounts_rels_users_id_idx" ON "accounts_rels" USING btree ("users_id");
  CREATE INDEX "media_structure_idx" ON "media" USING btree ("structure_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "notifications_recipient_user_idx" ON "notifications" USING btree ("recipient_user_id");
  CREATE INDEX "notifications_recipient_account_idx" ON "notifications" USING btree ("recipient_account_id");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "programmes_account_idx" ON "programmes" USING btree ("account_id");
  CREATE INDEX "programmes_kind_idx" ON "programmes" USING btree ("kind");
  CREATE INDEX "programmes_status_idx" ON "programmes" USING btree ("status");
  CREATE INDEX "programmes_structure_idx" ON "programmes" USING btree ("structure_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "structure_status_idx" ON "programmes" USING btree ("structure_id","status");
  CREATE INDEX "programmes_rels_order_idx" ON "programmes_rels" USING btree ("order");
  CREATE INDEX "programmes_rels_parent_idx" ON "programmes_rels" USING btree ("parent_id");
  CREATE INDEX "programmes_rels_path_idx" ON "programmes_rels" USING btree ("path");
  CREATE INDEX "programmes_rels_users_id_idx" ON "programmes_rels" USING btree ("users_id");
  CREATE INDEX "sharing_consents_account_idx" ON "sharing_consents" USING btree ("account_id");
  CREATE INDEX "sharing_consents_updated_at_idx" ON "sharing_consents" USING btree ("updated_at");
  CREATE INDEX "sharing_consents_created_at_idx" ON "sharing_consents" USING btree ("created_at");
  CREATE INDEX "erasure_requests_account_idx" ON "erasure_requests" USING btree ("account_id");
  CREATE INDEX "erasure_requests_structure_idx" ON "erasure_requests" USING btree ("structure_id");
  CREATE INDEX "erasure_requests_handled_at_idx" ON "erasure_requests" USING btree ("handled_at");
  CREATE INDEX "erasure_requests_updated_at_idx" ON "erasure_requests" USING btree ("updated_at");
  CREATE INDEX "erasure_requests_created_at_idx" ON "erasure_requests" USING btree ("created_at");
  CREATE INDEX "erasure_requests_rels_order_idx" ON "erasure_requests_rels" USING btree ("order");
  CREATE INDEX "erasure_requests_rels_parent_idx" ON "erasure_requests_rels" USING btree ("parent_id");
  CREATE INDEX "erasure_requests_rels_path_idx" ON "erasure_requests_rels" USING btree ("path");
  CREATE INDEX "erasure_requests_rels_users_id_idx" ON "erasure_requests_rels" USING btree ("users_id");
  CREATE INDEX "archiving_runs_operation_idx" ON "archiving_runs" USING btree ("operation_id");
  CREATE INDEX "archiving_runs_updated_at_idx" ON "archiving_runs" USING btree ("updated_at");
  CREATE INDEX "archiving_runs_created_at_idx" ON "archiving_runs" USING btree ("created_at");
  CREATE INDEX "retention_runs_updated_at_idx" ON "retention_runs" USING btree ("updated_at");
  CREATE INDEX "retention_runs_created_at_idx" ON "retention_runs" USING btree ("created_at");
  CREATE INDEX "bulk_operations_kind_idx" ON "bulk_operations" USING btree ("kind");
  CREATE INDEX "bulk_operations_status_idx" ON "bulk_operations" USING btree ("status");
  CREATE INDEX "bulk_operations_created_by_idx" ON "bulk_operations" USING btree ("created_by_id");
  CREATE INDEX "bulk_operations_updated_at_idx" ON "bulk_operations" USING btree ("updated_at");
  CREATE INDEX "bulk_operations_created_at_idx" ON "bulk_operations" USING btree ("created_at");
  CREATE INDEX "bulk_operations_rels_order_idx" ON "bulk_operations_rels" USING btree ("order");
  CREATE INDEX "bulk_operations_rels_parent_idx" ON "bulk_operations_rels" USING btree ("parent_id");
  CREATE INDEX "bulk_operations_rels_path_idx" ON "bulk_operations_rels" USING btree ("path");
  CREATE INDEX "bulk_operations_rels_structures_id_idx" ON "bulk_operations_rels" USING btree ("structures_id");
  CREATE INDEX "required_fields_fields_order_idx" ON "required_fields_fields" USING btree ("order");
  CREATE INDEX "required_fields_fields_parent_idx" ON "required_fields_fields" USING btree ("parent_id");
  CREATE UNIQUE INDEX "required_fields_structure_idx" ON "required_fields" USING btree ("structure_id");
  CREATE INDEX "required_fields_updated_at_idx" ON "required_fields" USING btree ("updated_at");
  CREATE INDEX "required_fields_created_at_idx" ON "required_fields" USING btree ("created_at");
  CREATE UNIQUE INDEX "silent_alert_settings_structure_idx" ON "silent_alert_settings" USING btree ("structure_id");
  CREATE INDEX "silent_alert_settings_updated_at_idx" ON "silent_alert_settings" USING btree ("updated_at");
  CREATE INDEX "silent_alert_settings_created_at_idx" ON "silent_alert_settings" USING btree ("created_at");
  CREATE INDEX "silent_alerts_structure_idx" ON "silent_alerts" USING btree ("structure_id");
  CREATE INDEX "silent_alerts_sent_by_idx" ON "silent_alerts" USING btree ("sent_by_id");
  CREATE INDEX "silent_alerts_updated_at_idx" ON "silent_alerts" USING btree ("updated_at");
  CREATE INDEX "silent_alerts_created_at_idx" ON "silent_alerts" USING btree ("created_at");
  CREATE INDEX "silent_alerts_rels_order_idx" ON "silent_alerts_rels" USING btree ("order");
  CREATE INDEX "silent_alerts_rels_parent_idx" ON "silent_alerts_rels" USING btree ("parent_id");
  CREATE INDEX "silent_alerts_rels_path_idx" ON "silent_alerts_rels" USING btree ("path");
  CREATE INDEX "silent_alerts_rels_users_id_idx" ON "silent_alerts_rels" USING btree ("users_id");
  CREATE INDEX "transitions_collection_idx" ON "transitions" USING btree ("collection");
  CREATE INDEX "transitions_document_idx" ON "transitions" USING btree ("document");
  CREATE INDEX "transitions_actor_idx" ON "transitions" USING btree ("actor_id");
  CREATE INDEX "transitions_actor_account_idx" ON "transitions" USING btree ("actor_account_id");
  CREATE INDEX "transitions_updated_at_idx" ON "transitions" USING btree ("updated_at");
  CREATE INDEX "transitions_created_at_idx" ON "transitions" USING btree ("created_at");
  CREATE UNIQUE INDEX "instant_t_categories_name_idx" ON "instant_t_categories" USING btree ("name");
  CREATE INDEX "instant_t_categories_order_idx" ON "instant_t_categories" USING btree ("order");
  CREATE INDEX "instant_t_categories_active_idx" ON "instant_t_categories" USING btree ("active");
  CREATE INDEX "instant_t_categories_updated_at_idx" ON "instant_t_categories" USING btree ("updated_at");
  CREATE INDEX "instant_t_categories_created_at_idx" ON "instant_t_categories" USING btree ("created_at");
  CREATE INDEX "instant_t_questions_options_order_idx" ON "instant_t_questions_options" USING btree ("_order");
  CREATE INDEX "instant_t_questions_options_parent_id_idx" ON "instant_t_questions_options" USING btree ("_parent_id");
  CREATE INDEX "instant_t_questions_category_idx" ON "instant_t_questions" USING btree ("category_id");
  CREATE INDEX "instant_t_questions_active_idx" ON "instant_t_questions" USING btree ("active");
  CREATE INDEX "instant_t_questions_updated_at_idx" ON "instant_t_questions" USING btree ("updated_at");
  CREATE INDEX "instant_t_questions_created_at_idx" ON "instant_t_questions" USING btree ("created_at");
  CREATE UNIQUE INDEX "instant_t_code_idx" ON "instant_t" USING btree ("code");
  CREATE INDEX "instant_t_postal_code_idx" ON "instant_t" USING btree ("postal_code");
  CREATE INDEX "instant_t_structure_idx" ON "instant_t" USING btree ("structure_id");
  CREATE INDEX "instant_t_out_of_territory_idx" ON "instant_t" USING btree ("out_of_territory");
  CREATE INDEX "instant_t_account_idx" ON "instant_t" USING btree ("account_id");
  CREATE INDEX "instant_t_account_name_idx" ON "instant_t" USING btree ("account_name");
  CREATE INDEX "instant_t_updated_at_idx" ON "instant_t" USING btree ("updated_at");
  CREATE INDEX "instant_t_created_at_idx" ON "instant_t" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_1_idx" ON "instant_t" USING btree ("structure_id","created_at");
  CREATE INDEX "forms_blocks_checkbox_order_idx" ON "forms_blocks_checkbox" USING btree ("_order");
  CREATE INDEX "forms_blocks_checkbox_parent_id_idx" ON "forms_blocks_checkbox" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_checkbox_path_idx" ON "forms_blocks_checkbox" USING btree ("_path");
  CREATE INDEX "forms_blocks_country_order_idx" ON "forms_blocks_country" USING btree ("_order");
  CREATE INDEX "forms_blocks_country_parent_id_idx" ON "forms_blocks_country" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_country_path_idx" ON "forms_blocks_country" USING btree ("_path");
  CREATE INDEX "forms_blocks_email_order_idx" ON "forms_blocks_email" USING btree ("_order");
  CREATE INDEX "forms_blocks_email_parent_id_idx" ON "forms_blocks_email" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_email_path_idx" ON "forms_blocks_email" USING btree ("_path");
  CREATE INDEX "forms_blocks_message_order_idx" ON "forms_blocks_message" USING btree ("_order");
  CREATE INDEX "forms_blocks_message_parent_id_idx" ON "forms_blocks_message" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_message_path_idx" ON "forms_blocks_message" USING btree ("_path");
  CREATE INDEX "forms_blocks_number_order_idx" ON "forms_blocks_number" USING btree ("_order");
  CREATE INDEX "forms_blocks_number_parent_id_idx" ON "forms_blocks_number" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_number_path_idx" ON "forms_blocks_number" USING btree ("_path");
  CREATE INDEX "forms_blocks_select_options_order_idx" ON "forms_blocks_select_options" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_options_parent_id_idx" ON "forms_blocks_select_options" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_order_idx" ON "forms_blocks_select" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_parent_id_idx" ON "forms_blocks_select" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_path_idx" ON "forms_blocks_select" USING btree ("_path");
  CREATE INDEX "forms_blocks_state_order_idx" ON "forms_blocks_state" USING btree ("_order");
  CREATE INDEX "forms_blocks_state_parent_id_idx" ON "forms_blocks_state" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_state_path_idx" ON "forms_blocks_state" USING btree ("_path");
  CREATE INDEX "forms_blocks_text_order_idx" ON "forms_blocks_text" USING btree ("_order");
  CREATE INDEX "forms_blocks_text_parent_id_idx" ON "forms_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_text_path_idx" ON "forms_blocks_text" USING btree ("_path");
  CREATE INDEX "forms_blocks_textarea_order_idx" ON "forms_blocks_textarea" USING btree ("_order");
  CREATE INDEX "forms_blocks_textarea_parent_id_idx" ON "forms_blocks_textarea" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_textarea_path_idx" ON "forms_blocks_textarea" USING btree ("_path");
  CREATE INDEX "forms_emails_order_idx" ON "forms_emails" USING btree ("_order");
  CREATE INDEX "forms_emails_parent_id_idx" ON "forms_emails" USING btree ("_parent_id");
  CREATE INDEX "forms_structure_idx" ON "forms" USING btree ("structure_id");
  CREATE INDEX "forms_updated_at_idx" ON "forms" USING btree ("updated_at");
  CREATE INDEX "forms_created_at_idx" ON "forms" USING btree ("created_at");
  CREATE INDEX "form_submissions_submission_data_order_idx" ON "form_submissions_submission_data" USING btree ("_order");
  CREATE INDEX "form_submissions_submission_data_parent_id_idx" ON "form_submissions_submission_data" USING btree ("_parent_id");
  CREATE INDEX "form_submissions_form_idx" ON "form_submissions" USING btree ("form_id");
  CREATE INDEX "form_submissions_structure_idx" ON "form_submissions" USING btree ("structure_id");
  CREATE INDEX "form_submissions_updated_at_idx" ON "form_submissions" USING btree ("updated_at");
  CREATE INDEX "form_submissions_created_at_idx" ON "form_submissions" USING btree ("created_at");
  CREATE INDEX "offers_title_idx" ON "offers" USING btree ("title");
  CREATE INDEX "offers_reference_idx" ON "offers" USING btree ("reference");
  CREATE INDEX "offers_publication_idx" ON "offers" USING btree ("publication");
  CREATE INDEX "offers_structure_idx" ON "offers" USING btree ("structure_id");
  CREATE INDEX "offers_referent_idx" ON "offers" USING btree ("referent_id");
  CREATE INDEX "offers_employer_name_idx" ON "offers" USING btree ("employer_name");
  CREATE INDEX "offers_postal_code_idx" ON "offers" USING btree ("postal_code");
  CREATE INDEX "offers_department_idx" ON "offers" USING btree ("department");
  CREATE INDEX "offers_sector_idx" ON "offers" USING btree ("sector");
  CREATE INDEX "offers_contract_type_idx" ON "offers" USING btree ("contract_type");
  CREATE INDEX "offers_updated_at_idx" ON "offers" USING btree ("updated_at");
  CREATE INDEX "offers_created_at_idx" ON "offers" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_2_idx" ON "offers" USING btree ("structure_id","created_at");
  CREATE INDEX "publication_department_idx" ON "offers" USING btree ("publication","department");
  CREATE INDEX "offers_title_trgm_idx" ON "offers" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "offers_employer_name_trgm_idx" ON "offers" USING gin ("employer_name" gin_trgm_ops);
  CREATE INDEX "documents_type_idx" ON "documents" USING btree ("type");
  CREATE INDEX "documents_account_idx" ON "documents" USING btree ("account_id");
  CREATE INDEX "documents_structure_idx" ON "documents" USING btree ("structure_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "documents_sizes_preview_sizes_preview_filename_idx" ON "documents" USING btree ("sizes_preview_filename");
  CREATE INDEX "account_type_idx" ON "documents" USING btree ("account_id","type");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_structures_id_idx" ON "documents_rels" USING btree ("structures_id");
  CREATE INDEX "candidatures_status_idx" ON "candidatures" USING btree ("status");
  CREATE INDEX "candidatures_kind_idx" ON "candidatures" USING btree ("kind");
  CREATE INDEX "candidatures_sent_at_idx" ON "candidatures" USING btree ("sent_at");
  CREATE INDEX "candidatures_offer_idx" ON "candidatures" USING btree ("offer_id");
  CREATE INDEX "candidatures_employer_idx" ON "candidatures" USING btree ("employer_id");
  CREATE INDEX "candidatures_candidate_name_idx" ON "candidatures" USING btree ("candidate_name");
  CREATE INDEX "candidatures_cv_idx" ON "candidatures" USING btree ("cv_id");
  CREATE INDEX "candidatures_cover_letter_idx" ON "candidatures" USING btree ("cover_letter_id");
  CREATE INDEX "candidatures_candidate_idx" ON "candidatures" USING btree ("candidate_id");
  CREATE INDEX "candidatures_structure_idx" ON "candidatures" USING btree ("structure_id");
  CREATE INDEX "candidatures_updated_at_idx" ON "candidatures" USING btree ("updated_at");
  CREATE INDEX "candidatures_created_at_idx" ON "candidatures" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_3_idx" ON "candidatures" USING btree ("structure_id","created_at");
  CREATE INDEX "employer_status_idx" ON "candidatures" USING btree ("employer_id","status");
  CREATE INDEX "parrainages_status_idx" ON "parrainages" USING btree ("status");
  CREATE INDEX "parrainages_employer_idx" ON "parrainages" USING btree ("employer_id");
  CREATE INDEX "parrainages_candidate_name_idx" ON "parrainages" USING btree ("candidate_name");
  CREATE INDEX "parrainages_candidate_idx" ON "parrainages" USING btree ("candidate_id");
  CREATE INDEX "parrainages_structure_idx" ON "parrainages" USING btree ("structure_id");
  CREATE INDEX "parrainages_updated_at_idx" ON "parrainages" USING btree ("updated_at");
  CREATE INDEX "parrainages_created_at_idx" ON "parrainages" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_4_idx" ON "parrainages" USING btree ("structure_id","created_at");
  CREATE INDEX "follow_up_messages_candidature_idx" ON "follow_up_messages" USING btree ("candidature_id");
  CREATE INDEX "follow_up_messages_parrainage_idx" ON "follow_up_messages" USING btree ("parrainage_id");
  CREATE INDEX "follow_up_messages_author_user_idx" ON "follow_up_messages" USING btree ("author_user_id");
  CREATE INDEX "follow_up_messages_author_account_idx" ON "follow_up_messages" USING btree ("author_account_id");
  CREATE INDEX "follow_up_messages_account_idx" ON "follow_up_messages" USING btree ("account_id");
  CREATE INDEX "follow_up_messages_structure_idx" ON "follow_up_messages" USING btree ("structure_id");
  CREATE INDEX "follow_up_messages_updated_at_idx" ON "follow_up_messages" USING btree ("updated_at");
  CREATE INDEX "follow_up_messages_created_at_idx" ON "follow_up_messages" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_5_idx" ON "follow_up_messages" USING btree ("structure_id","created_at");
  CREATE INDEX "private_notes_account_idx" ON "private_notes" USING btree ("account_id");
  CREATE INDEX "private_notes_candidature_idx" ON "private_notes" USING btree ("candidature_id");
  CREATE INDEX "private_notes_author_idx" ON "private_notes" USING btree ("author_id");
  CREATE INDEX "private_notes_structure_idx" ON "private_notes" USING btree ("structure_id");
  CREATE INDEX "private_notes_updated_at_idx" ON "private_notes" USING btree ("updated_at");
  CREATE INDEX "private_notes_created_at_idx" ON "private_notes" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_6_idx" ON "private_notes" USING btree ("structure_id","created_at");
  CREATE INDEX "document_drafts_cv_experiences_order_idx" ON "document_drafts_cv_experiences" USING btree ("_order");
  CREATE INDEX "document_drafts_cv_experiences_parent_id_idx" ON "document_drafts_cv_experiences" USING btree ("_parent_id");
  CREATE INDEX "document_drafts_cv_trainings_order_idx" ON "document_drafts_cv_trainings" USING btree ("_order");
  CREATE INDEX "document_drafts_cv_trainings_parent_id_idx" ON "document_drafts_cv_trainings" USING btree ("_parent_id");
  CREATE INDEX "document_drafts_cv_skills_order_idx" ON "document_drafts_cv_skills" USING btree ("_order");
  CREATE INDEX "document_drafts_cv_skills_parent_id_idx" ON "document_drafts_cv_skills" USING btree ("_parent_id");
  CREATE INDEX "document_drafts_cv_languages_order_idx" ON "document_drafts_cv_languages" USING btree ("_order");
  CREATE INDEX "document_drafts_cv_languages_parent_id_idx" ON "document_drafts_cv_languages" USING btree ("_parent_id");
  CREATE INDEX "document_drafts_kind_idx" ON "document_drafts" USING btree ("kind");
  CREATE INDEX "document_drafts_account_idx" ON "document_drafts" USING btree ("account_id");
  CREATE INDEX "document_drafts_structure_idx" ON "document_drafts" USING btree ("structure_id");
  CREATE INDEX "document_drafts_letter_letter_offer_idx" ON "document_drafts" USING btree ("letter_offer_id");
  CREATE INDEX "document_drafts_document_idx" ON "document_drafts" USING btree ("document_id");
  CREATE INDEX "document_drafts_updated_at_idx" ON "document_drafts" USING btree ("updated_at");
  CREATE INDEX "document_drafts_created_at_idx" ON "document_drafts" USING btree ("created_at");
  CREATE INDEX "shared_spaces_structure_idx" ON "shared_spaces" USING btree ("structure_id");
  CREATE INDEX "shared_spaces_created_by_idx" ON "shared_spaces" USING btree ("created_by_id");
  CREATE INDEX "shared_spaces_updated_at_idx" ON "shared_spaces" USING btree ("updated_at");
  CREATE INDEX "shared_spaces_created_at_idx" ON "shared_spaces" USING btree ("created_at");
  CREATE INDEX "shared_spaces_rels_order_idx" ON "shared_spaces_rels" USING btree ("order");
  CREATE INDEX "shared_spaces_rels_parent_idx" ON "shared_spaces_rels" USING btree ("parent_id");
  CREATE INDEX "shared_spaces_rels_path_idx" ON "shared_spaces_rels" USING btree ("path");
  CREATE INDEX "shared_spaces_rels_users_id_idx" ON "shared_spaces_rels" USING btree ("users_id");
  CREATE INDEX "space_messages_space_idx" ON "space_messages" USING btree ("space_id");
  CREATE INDEX "space_messages_author_idx" ON "space_messages" USING btree ("author_id");
  CREATE INDEX "space_messages_updated_at_idx" ON "space_messages" USING btree ("updated_at");
  CREATE INDEX "space_messages_created_at_idx" ON "space_messages" USING btree ("created_at");
  CREATE INDEX "space_createdAt_idx" ON "space_messages" USING btree ("space_id","created_at");
  CREATE INDEX "space_documents_space_idx" ON "space_documents" USING btree ("space_id");
  CREATE INDEX "space_documents_uploaded_by_idx" ON "space_documents" USING btree ("uploaded_by_id");
  CREATE INDEX "space_documents_updated_at_idx" ON "space_documents" USING btree ("updated_at");
  CREATE INDEX "space_documents_created_at_idx" ON "space_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "space_documents_filename_idx" ON "space_documents" USING btree ("filename");
  CREATE INDEX "space_events_space_idx" ON "space_events" USING btree ("space_id");
  CREATE INDEX "space_events_starts_at_idx" ON "space_events" USING btree ("starts_at");
  CREATE INDEX "space_events_created_by_idx" ON "space_events" USING btree ("created_by_id");
  CREATE INDEX "space_events_updated_at_idx" ON "space_events" USING btree ("updated_at");
  CREATE INDEX "space_events_created_at_idx" ON "space_events" USING btree ("created_at");
  CREATE INDEX "space_startsAt_idx" ON "space_events" USING btree ("space_id","starts_at");
  CREATE INDEX "candidate_imports_file_hash_idx" ON "candidate_imports" USING btree ("file_hash");
  CREATE INDEX "candidate_imports_structure_idx" ON "candidate_imports" USING btree ("structure_id");
  CREATE INDEX "candidate_imports_referent_idx" ON "candidate_imports" USING btree ("referent_id");
  CREATE INDEX "candidate_imports_created_by_idx" ON "candidate_imports" USING btree ("created_by_id");
  CREATE INDEX "candidate_imports_updated_at_idx" ON "candidate_imports" USING btree ("updated_at");
  CREATE INDEX "candidate_imports_created_at_idx" ON "candidate_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "structure_fileHash_idx" ON "candidate_imports" USING btree ("structure_id","file_hash");
  CREATE UNIQUE INDEX "candidate_profiles_account_idx" ON "candidate_profiles" USING btree ("account_id");
  CREATE INDEX "candidate_profiles_updated_at_idx" ON "candidate_profiles" USING btree ("updated_at");
  CREATE INDEX "candidate_profiles_created_at_idx" ON "candidate_profiles" USING btree ("created_at");
  CREATE INDEX "bilan_phases_questions_options_order_idx" ON "bilan_phases_questions_options" USING btree ("_order");
  CREATE INDEX "bilan_phases_questions_options_parent_id_idx" ON "bilan_phases_questions_options" USING btree ("_parent_id");
  CREATE INDEX "bilan_phases_questions_order_idx" ON "bilan_phases_questions" USING btree ("_order");
  CREATE INDEX "bilan_phases_questions_parent_id_idx" ON "bilan_phases_questions" USING btree ("_parent_id");
  CREATE INDEX "bilan_phases_order_idx" ON "bilan_phases" USING btree ("order");
  CREATE INDEX "bilan_phases_updated_at_idx" ON "bilan_phases" USING btree ("updated_at");
  CREATE INDEX "bilan_phases_created_at_idx" ON "bilan_phases" USING btree ("created_at");
  CREATE INDEX "bilan_phases__status_idx" ON "bilan_phases" USING btree ("_status");
  CREATE INDEX "_bilan_phases_v_version_questions_options_order_idx" ON "_bilan_phases_v_version_questions_options" USING btree ("_order");
  CREATE INDEX "_bilan_phases_v_version_questions_options_parent_id_idx" ON "_bilan_phases_v_version_questions_options" USING btree ("_parent_id");
  CREATE INDEX "_bilan_phases_v_version_questions_order_idx" ON "_bilan_phases_v_version_questions" USING btree ("_order");
  CREATE INDEX "_bilan_phases_v_version_questions_parent_id_idx" ON "_bilan_phases_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_bilan_phases_v_parent_idx" ON "_bilan_phases_v" USING btree ("parent_id");
  CREATE INDEX "_bilan_phases_v_version_version_order_idx" ON "_bilan_phases_v" USING btree ("version_order");
  CREATE INDEX "_bilan_phases_v_version_version_updated_at_idx" ON "_bilan_phases_v" USING btree ("version_updated_at");
  CREATE INDEX "_bilan_phases_v_version_version_created_at_idx" ON "_bilan_phases_v" USING btree ("version_created_at");
  CREATE INDEX "_bilan_phases_v_version_version__status_idx" ON "_bilan_phases_v" USING btree ("version__status");
  CREATE INDEX "_bilan_phases_v_created_at_idx" ON "_bilan_phases_v" USING btree ("created_at");
  CREATE INDEX "_bilan_phases_v_updated_at_idx" ON "_bilan_phases_v" USING btree ("updated_at");
  CREATE INDEX "_bilan_phases_v_latest_idx" ON "_bilan_phases_v" USING btree ("latest");
  CREATE UNIQUE INDEX "bilans_candidate_idx" ON "bilans" USING btree ("candidate_id");
  CREATE INDEX "bilans_counsellor_idx" ON "bilans" USING btree ("counsellor_id");
  CREATE INDEX "bilans_dabm_idx" ON "bilans" USING btree ("dabm_id");
  CREATE INDEX "bilans_structure_idx" ON "bilans" USING btree ("structure_id");
  CREATE INDEX "bilans_updated_at_idx" ON "bilans" USING btree ("updated_at");
  CREATE INDEX "bilans_created_at_idx" ON "bilans" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_7_idx" ON "bilans" USING btree ("structure_id","created_at");
  CREATE INDEX "bilans_rels_order_idx" ON "bilans_rels" USING btree ("order");
  CREATE INDEX "bilans_rels_parent_idx" ON "bilans_rels" USING btree ("parent_id");
  CREATE INDEX "bilans_rels_path_idx" ON "bilans_rels" USING btree ("path");
  CREATE INDEX "bilans_rels_bilan_phases_id_idx" ON "bilans_rels" USING btree ("bilan_phases_id");
  CREATE INDEX "bilan_steps_status_idx" ON "bilan_steps" USING btree ("status");
  CREATE INDEX "bilan_steps_bilan_idx" ON "bilan_steps" USING btree ("bilan_id");
  CREATE INDEX "bilan_steps_phase_idx" ON "bilan_steps" USING btree ("phase_id");
  CREATE INDEX "bilan_steps_candidate_idx" ON "bilan_steps" USING btree ("candidate_id");
  CREATE INDEX "bilan_steps_counsellor_idx" ON "bilan_steps" USING btree ("counsellor_id");
  CREATE INDEX "bilan_steps_structure_idx" ON "bilan_steps" USING btree ("structure_id");
  CREATE INDEX "bilan_steps_updated_at_idx" ON "bilan_steps" USING btree ("updated_at");
  CREATE INDEX "bilan_steps_created_at_idx" ON "bilan_steps" USING btree ("created_at");
  CREATE INDEX "structure_createdAt_8_idx" ON "bilan_steps" USING btree ("structure_id","created_at");
  CREATE UNIQUE INDEX "bilan_phase_idx" ON "bilan_steps" USING btree ("bilan_id","phase_id");
  CREATE UNIQUE INDEX "cej_profiles_account_idx" ON "cej_profiles" USING btree ("account_id");
  CREATE UNIQUE INDEX "cej_profiles_dossier_number_idx" ON "cej_profiles" USING btree ("dossier_number");
  CREATE INDEX "cej_profiles_last_login_at_idx" ON "cej_profiles" USING btree ("last_login_at");
  CREATE INDEX "cej_profiles_updated_at_idx" ON "cej_profiles" USING btree ("updated_at");
  CREATE INDEX "cej_profiles_created_at_idx" ON "cej_profiles" USING btree ("created_at");
  CREATE INDEX "sessions_registrations_order_idx" ON "sessions_registrations" USING btree ("_order");
  CREATE INDEX "sessions_registrations_parent_id_idx" ON "sessions_registrations" USING btree ("_parent_id");
  CREATE INDEX "sessions_registrations_account_idx" ON "sessions_registrations" USING btree ("account_id");
  CREATE INDEX "sessions_status_idx" ON "sessions" USING btree ("status");
  CREATE INDEX "sessions_starts_at_idx" ON "sessions" USING btree ("starts_at");
  CREATE INDEX "sessions_ends_at_idx" ON "sessions" USING btree ("ends_at");
  CREATE INDEX "sessions_facilitator_idx" ON "sessions" USING btree ("facilitator_id");
  CREATE INDEX "sessions_structure_idx" ON "sessions" USING btree ("structure_id");
  CREATE INDEX "sessions_updated_at_idx" ON "sessions" USING btree ("updated_at");
  CREATE INDEX "sessions_created_at_idx" ON "sessions" USING btree ("created_at");
  CREATE INDEX "structure_startsAt_idx" ON "sessions" USING btree ("structure_id","starts_at");
  CREATE INDEX "actions_account_idx" ON "actions" USING btree ("account_id");
  CREATE INDEX "actions_status_idx" ON "actions" USING btree ("status");
  CREATE INDEX "actions_due_date_idx" ON "actions" USING btree ("due_date");
  CREATE INDEX "actions_qualification_qualification_qualified_by_idx" ON "actions" USING btree ("qualification_qualified_by_id");
  CREATE INDEX "actions_completed_at_idx" ON "actions" USING btree ("completed_at");
  CREATE INDEX "actions_structure_idx" ON "actions" USING btree ("structure_id");
  CREATE INDEX "actions_created_by_user_idx" ON "actions" USING btree ("created_by_user_id");
  CREATE INDEX "actions_created_by_account_idx" ON "actions" USING btree ("created_by_account_id");
  CREATE INDEX "actions_updated_at_idx" ON "actions" USING btree ("updated_at");
  CREATE INDEX "actions_created_at_idx" ON "actions" USING btree ("created_at");
  CREATE INDEX "structure_dueDate_idx" ON "actions" USING btree ("structure_id","due_date");
  CREATE INDEX "reassignments_status_idx" ON "reassignments" USING btree ("status");
  CREATE INDEX "reassignments_from_idx" ON "reassignments" USING btree ("from_id");
  CREATE INDEX "reassignments_to_idx" ON "reassignments" USING btree ("to_id");
  CREATE INDEX "reassignments_ends_at_idx" ON "reassignments" USING btree ("ends_at");
  CREATE INDEX "reassignments_structure_idx" ON "reassignments" USING btree ("structure_id");
  CREATE INDEX "reassignments_created_by_idx" ON "reassignments" USING btree ("created_by_id");
  CREATE INDEX "reassignments_operation_idx" ON "reassignments" USING btree ("operation_id");
  CREATE INDEX "reassignments_return_operation_idx" ON "reassignments" USING btree ("return_operation_id");
  CREATE INDEX "reassignments_updated_at_idx" ON "reassignments" USING btree ("updated_at");
  CREATE INDEX "reassignments_created_at_idx" ON "reassignments" USING btree ("created_at");
  CREATE INDEX "reassignments_rels_order_idx" ON "reassignments_rels" USING btree ("order");
  CREATE INDEX "reassignments_rels_parent_idx" ON "reassignments_rels" USING btree ("parent_id");
  CREATE INDEX "reassignments_rels_path_idx" ON "reassignments_rels" USING btree ("path");
  CREATE INDEX "reassignments_rels_accounts_id_idx" ON "reassignments_rels" USING btree ("accounts_id");
  CREATE INDEX "appointments_status_idx" ON "appointments" USING btree ("status");
  CREATE INDEX "appointments_starts_at_idx" ON "appointments" USING btree ("starts_at");
  CREATE INDEX "appointments_structure_idx" ON "appointments" USING btree ("structure_id");
  CREATE INDEX "appointments_created_by_idx" ON "appointments" USING btree ("created_by_id");
  CREATE INDEX "appointments_updated_at_idx" ON "appointments" USING btree ("updated_at");
  CREATE INDEX "appointments_created_at_idx" ON "appointments" USING btree ("created_at");
  CREATE INDEX "structure_startsAt_1_idx" ON "appointments" USING btree ("structure_id","starts_at");
  CREATE INDEX "createdBy_startsAt_idx" ON "appointments" USING btree ("created_by_id","starts_at");
  CREATE INDEX "appointments_rels_order_idx" ON "appointments_rels" USING btree ("order");
  CREATE INDEX "appointments_rels_parent_idx" ON "appointments_rels" USING btree ("parent_id");
  CREATE INDEX "appointments_rels_path_idx" ON "appointments_rels" USING btree ("path");
  CREATE INDEX "appointments_rels_accounts_id_idx" ON "appointments_rels" USING btree ("accounts_id");
  CREATE INDEX "news_structure_idx" ON "news" USING btree ("structure_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news_reads_user_idx" ON "news_reads" USING btree ("user_id");
  CREATE INDEX "news_reads_news_idx" ON "news_reads" USING btree ("news_id");
  CREATE INDEX "news_reads_updated_at_idx" ON "news_reads" USING btree ("updated_at");
  CREATE INDEX "news_reads_created_at_idx" ON "news_reads" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_news_idx" ON "news_reads" USING btree ("user_id","news_id");
  CREATE INDEX "conversations_counsellor_idx" ON "conversations" USING btree ("counsellor_id");
  CREATE INDEX "conversations_account_idx" ON "conversations" USING btree ("account_id");
  CREATE INDEX "conversations_last_message_at_idx" ON "conversations" USING btree ("last_message_at");
  CREATE INDEX "conversations_updated_at_idx" ON "conversations" USING btree ("updated_at");
  CREATE INDEX "conversations_created_at_idx" ON "conversations" USING btree ("created_at");
  CREATE UNIQUE INDEX "counsellor_account_idx" ON "conversations" USING btree ("counsellor_id","account_id");
  CREATE INDEX "counsellor_lastMessageAt_idx" ON "conversations" USING btree ("counsellor_id","last_message_at");
  CREATE INDEX "messages_links_order_idx" ON "messages_links" USING btree ("_order");
  CREATE INDEX "messages_links_parent_id_idx" ON "messages_links" USING btree ("_parent_id");
  CREATE INDEX "messages_conversation_idx" ON "messages" USING btree ("conversation_id");
  CREATE INDEX "messages_author_user_idx" ON "messages" USING btree ("author_user_id");
  CREATE INDEX "messages_author_account_idx" ON "messages" USING btree ("author_account_id");
  CREATE INDEX "messages_read_at_idx" ON "messages" USING btree ("read_at");
  CREATE INDEX "messages_counsellor_idx" ON "messages" USING btree ("counsellor_id");
  CREATE INDEX "messages_account_idx" ON "messages" USING btree ("account_id");
  CREATE INDEX "messages_diffusion_list_idx" ON "messages" USING btree ("diffusion_list_id");
  CREATE INDEX "messages_batch_idx" ON "messages" USING btree ("batch");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "conversation_createdAt_idx" ON "messages" USING btree ("conversation_id","created_at");
  CREATE INDEX "account_direction_notifiedAt_idx" ON "messages" USING btree ("account_id","direction","notified_at");
  CREATE INDEX "counsellor_direction_notifiedAt_idx" ON "messages" USING btree ("counsellor_id","direction","notified_at");
  CREATE INDEX "messages_rels_order_idx" ON "messages_rels" USING btree ("order");
  CREATE INDEX "messages_rels_parent_idx" ON "messages_rels" USING btree ("parent_id");
  CREATE INDEX "messages_rels_path_idx" ON "messages_rels" USING btree ("path");
  CREATE INDEX "messages_rels_message_attachments_id_idx" ON "messages_rels" USING btree ("message_attachments_id");
  CREATE INDEX "diffusion_lists_owner_idx" ON "diffusion_lists" USING btree ("owner_id");
  CREATE INDEX "diffusion_lists_updated_at_idx" ON "diffusion_lists" USING btree ("updated_at");
  CREATE INDEX "diffusion_lists_created_at_idx" ON "diffusion_lists" USING btree ("created_at");
  CREATE INDEX "diffusion_lists_rels_order_idx" ON "diffusion_lists_rels" USING btree ("order");
  CREATE INDEX "diffusion_lists_rels_parent_idx" ON "diffusion_lists_rels" USING btree ("parent_id");
  CREATE INDEX "diffusion_lists_rels_path_idx" ON "diffusion_lists_rels" USING btree ("path");
  CREATE INDEX "diffusion_lists_rels_accounts_id_idx" ON "diffusion_lists_rels" USING btree ("accounts_id");
  CREATE INDEX "message_attachments_uploaded_by_idx" ON "message_attachments" USING btree ("uploaded_by_id");
  CREATE INDEX "message_attachments_updated_at_idx" ON "message_attachments" USING btree ("updated_at");
  CREATE INDEX "message_attachments_created_at_idx" ON "message_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "message_attachments_filename_idx" ON "message_attachments" USING btree ("filename");
  CREATE INDEX "message_attachments_rels_order_idx" ON "message_attachments_rels" USING btree ("order");
  CREATE INDEX "message_attachments_rels_parent_idx" ON "message_attachments_rels" USING btree ("parent_id");
  CREATE INDEX "message_attachments_rels_path_idx" ON "message_attachments_rels" USING btree ("path");
  CREATE INDEX "message_attachments_rels_accounts_id_idx" ON "message_attachments_rels" USING btree ("accounts_id");
  CREATE INDEX "cej_offers_title_idx" ON "cej_offers" USING btree ("title");
  CREATE INDEX "cej_offers_kind_idx" ON "cej_offers" USING btree ("kind");
  CREATE INDEX "cej_offers_publication_idx" ON "cej_offers" USING btree ("publication");
  CREATE INDEX "cej_offers_postal_code_idx" ON "cej_offers" USING btree ("postal_code");
  CREATE INDEX "cej_offers_department_idx" ON "cej_offers" USING btree ("department");
  CREATE INDEX "cej_offers_structure_idx" ON "cej_offers" USING btree ("structure_id");
  CREATE INDEX "cej_offers_updated_at_idx" ON "cej_offers" USING btree ("updated_at");
  CREATE INDEX "cej_offers_created_at_idx" ON "cej_offers" USING btree ("created_at");
  CREATE INDEX "cej_offers_title_trgm_idx" ON "cej_offers" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "offer_shares_offer_source_idx" ON "offer_shares" USING btree ("offer_source");
  CREATE INDEX "offer_shares_offer_id_idx" ON "offer_shares" USING btree ("offer_id");
  CREATE INDEX "offer_shares_account_idx" ON "offer_shares" USING btree ("account_id");
  CREATE INDEX "offer_shares_shared_by_idx" ON "offer_shares" USING btree ("shared_by_id");
  CREATE INDEX "offer_shares_structure_idx" ON "offer_shares" USING btree ("structure_id");
  CREATE INDEX "offer_shares_message_idx" ON "offer_shares" USING btree ("message_id");
  CREATE INDEX "offer_shares_batch_idx" ON "offer_shares" USING btree ("batch");
  CREATE INDEX "offer_shares_updated_at_idx" ON "offer_shares" USING btree ("updated_at");
  CREATE INDEX "offer_shares_created_at_idx" ON "offer_shares" USING btree ("created_at");
  CREATE INDEX "favourite_offers_offer_source_idx" ON "favourite_offers" USING btree ("offer_source");
  CREATE INDEX "favourite_offers_offer_id_idx" ON "favourite_offers" USING btree ("offer_id");
  CREATE INDEX "favourite_offers_account_idx" ON "favourite_offers" USING btree ("account_id");
  CREATE INDEX "favourite_offers_structure_idx" ON "favourite_offers" USING btree ("structure_id");
  CREATE INDEX "favourite_offers_updated_at_idx" ON "favourite_offers" USING btree ("updated_at");
  CREATE INDEX "favourite_offers_created_at_idx" ON "favourite_offers" USING btree ("created_at");
  CREATE UNIQUE INDEX "account_offerSource_offerId_idx" ON "favourite_offers" USING btree ("account_id","offer_source","offer_id");
  CREATE INDEX "saved_searches_kind_idx" ON "saved_searches" USING btree ("kind");
  CREATE INDEX "saved_searches_department_idx" ON "saved_searches" USING btree ("department");
  CREATE INDEX "saved_searches_account_idx" ON "saved_searches" USING btree ("account_id");
  CREATE INDEX "saved_searches_structure_idx" ON "saved_searches" USING btree ("structure_id");
  CREATE INDEX "saved_searches_updated_at_idx" ON "saved_searches" USING btree ("updated_at");
  CREATE INDEX "saved_searches_created_at_idx" ON "saved_searches" USING btree ("created_at");
  CREATE INDEX "reference_items_table_idx" ON "reference_items" USING btree ("table");
  CREATE INDEX "reference_items_user_idx" ON "reference_items" USING btree ("user_id");
  CREATE INDEX "reference_items_structure_idx" ON "reference_items" USING btree ("structure_id");
  CREATE INDEX "reference_items_updated_at_idx" ON "reference_items" USING btree ("updated_at");
  CREATE INDEX "reference_items_created_at_idx" ON "reference_items" USING btree ("created_at");
  CREATE INDEX "structure_table_idx" ON "reference_items" USING btree ("structure_id","table");
  CREATE INDEX "reference_transfers_status_idx" ON "reference_transfers" USING btree ("status");
  CREATE INDEX "reference_transfers_table_idx" ON "reference_transfers" USING btree ("table");
  CREATE INDEX "reference_transfers_source_idx" ON "reference_transfers" USING btree ("source_id");
  CREATE INDEX "reference_transfers_destination_idx" ON "reference_transfers" USING btree ("destination_id");
  CREATE INDEX "reference_transfers_scheduled_for_idx" ON "reference_transfers" USING btree ("scheduled_for");
  CREATE INDEX "reference_transfers_requested_by_idx" ON "reference_transfers" USING btree ("requested_by_id");
  CREATE INDEX "reference_transfers_structure_idx" ON "reference_transfers" USING btree ("structure_id");
  CREATE INDEX "reference_transfers_updated_at_idx" ON "reference_transfers" USING btree ("updated_at");
  CREATE INDEX "reference_transfers_created_at_idx" ON "reference_transfers" USING btree ("created_at");
  CREATE INDEX "status_scheduledFor_idx" ON "reference_transfers" USING btree ("status","scheduled_for");
  CREATE INDEX "reference_transfers_rels_order_idx" ON "reference_transfers_rels" USING btree ("order");
  CREATE INDEX "reference_transfers_rels_parent_idx" ON "reference_transfers_rels" USING btree ("parent_id");
  CREATE INDEX "reference_transfers_rels_path_idx" ON "reference_transfers_rels" USING btree ("path");
  CREATE INDEX "reference_transfers_rels_bulk_operations_id_idx" ON "reference_transfers_rels" USING btree ("bulk_operations_id");
  CREATE INDEX "letter_templates_name_idx" ON "letter_templates" USING btree ("name");
  CREATE INDEX "letter_templates_structure_idx" ON "letter_templates" USING btree ("structure_id");
  CREATE INDEX "letter_templates_updated_at_idx" ON "letter_templates" USING btree ("updated_at");
  CREATE INDEX "letter_templates_created_at_idx" ON "letter_templates" USING btree ("created_at");
  CREATE INDEX "generated_letters_batch_idx" ON "generated_letters" USING btree ("batch");
  CREATE INDEX "generated_letters_template_idx" ON "generated_letters" USING btree ("template_id");
  CREATE INDEX "generated_letters_account_idx" ON "generated_letters" USING btree ("account_id");
  CREATE INDEX "generated_letters_created_by_idx" ON "generated_letters" USING btree ("created_by_id");
  CREATE INDEX "generated_letters_structure_idx" ON "generated_letters" USING btree ("structure_id");
  CREATE INDEX "generated_letters_updated_at_idx" ON "generated_letters" USING btree ("updated_at");
  CREATE INDEX "generated_letters_created_at_idx" ON "generated_letters" USING btree ("created_at");
  CREATE UNIQUE INDEX "batch_account_idx" ON "generated_letters" USING btree ("batch","account_id");
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
  CREATE INDEX "payload_locked_documents_rels_structures_id_idx" ON "payload_locked_documents_rels" USING btree ("structures_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_sharing_consents_id_idx" ON "payload_locked_documents_rels" USING btree ("sharing_consents_id");
  CREATE INDEX "payload_locked_documents_rels_erasure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("erasure_requests_id");
  CREATE INDEX "payload_locked_documents_rels_archiving_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("archiving_runs_id");
  CREATE INDEX "payload_locked_documents_rels_retention_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("retention_runs_id");
  CREATE INDEX "payload_locked_documents_rels_bulk_operations_id_idx" ON "payload_locked_documents_rels" USING btree ("bulk_operations_id");
  CREATE INDEX "payload_locked_documents_rels_required_fields_id_idx" ON "payload_locked_documents_rels" USING btree ("required_fields_id");
  CREATE INDEX "payload_locked_documents_rels_silent_alert_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("silent_alert_settings_id");
  CREATE INDEX "payload_locked_documents_rels_silent_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("silent_alerts_id");
  CREATE INDEX "payload_locked_documents_rels_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("transitions_id");
  CREATE INDEX "payload_locked_documents_rels_instant_t_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("instant_t_categories_id");
  CREATE INDEX "payload_locked_documents_rels_instant_t_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("instant_t_questions_id");
  CREATE INDEX "payload_locked_documents_rels_instant_t_id_idx" ON "payload_locked_documents_rels" USING btree ("instant_t_id");
  CREATE INDEX "payload_locked_documents_rels_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("forms_id");
  CREATE INDEX "payload_locked_documents_rels_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("offers_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_candidatures_id_idx" ON "payload_locked_documents_rels" USING btree ("candidatures_id");
  CREATE INDEX "payload_locked_documents_rels_parrainages_id_idx" ON "payload_locked_documents_rels" USING btree ("parrainages_id");
  CREATE INDEX "payload_locked_documents_rels_follow_up_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_up_messages_id");
  CREATE INDEX "payload_locked_documents_rels_private_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("private_notes_id");
  CREATE INDEX "payload_locked_documents_rels_document_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("document_drafts_id");
  CREATE INDEX "payload_locked_documents_rels_shared_spaces_id_idx" ON "payload_locked_documents_rels" USING btree ("shared_spaces_id");
  CREATE INDEX "payload_locked_documents_rels_space_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("space_messages_id");
  CREATE INDEX "payload_locked_documents_rels_space_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("space_documents_id");
  CREATE INDEX "payload_locked_documents_rels_space_events_id_idx" ON "payload_locked_documents_rels" USING btree ("space_events_id");
  CREATE INDEX "payload_locked_documents_rels_candidate_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("candidate_imports_id");
  CREATE INDEX "payload_locked_documents_rels_candidate_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("candidate_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_bilan_phases_id_idx" ON "payload_locked_documents_rels" USING btree ("bilan_phases_id");
  CREATE INDEX "payload_locked_documents_rels_bilans_id_idx" ON "payload_locked_documents_rels" USING btree ("bilans_id");
  CREATE INDEX "payload_locked_documents_rels_bilan_steps_id_idx" ON "payload_locked_documents_rels" USING btree ("bilan_steps_id");
  CREATE INDEX "payload_locked_documents_rels_cej_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("cej_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("sessions_id");
  CREATE INDEX "payload_locked_documents_rels_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("actions_id");
  CREATE INDEX "payload_locked_documents_rels_reassignments_id_idx" ON "payload_locked_documents_rels" USING btree ("reassignments_id");
  CREATE INDEX "payload_locked_documents_rels_appointments_id_idx" ON "payload_locked_documents_rels" USING btree ("appointments_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_news_reads_id_idx" ON "payload_locked_documents_rels" USING btree ("news_reads_id");
  CREATE INDEX "payload_locked_documents_rels_conversations_id_idx" ON "payload_locked_documents_rels" USING btree ("conversations_id");
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_diffusion_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("diffusion_lists_id");
  CREATE INDEX "payload_locked_documents_rels_message_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("message_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_cej_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("cej_offers_id");
  CREATE INDEX "payload_locked_documents_rels_offer_shares_id_idx" ON "payload_locked_documents_rels" USING btree ("offer_shares_id");
  CREATE INDEX "payload_locked_documents_rels_favourite_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("favourite_offers_id");
  CREATE INDEX "payload_locked_documents_rels_saved_searches_id_idx" ON "payload_locked_documents_rels" USING btree ("saved_searches_id");
  CREATE INDEX "payload_locked_documents_rels_reference_items_id_idx" ON "payload_locked_documents_rels" USING btree ("reference_items_id");
  CREATE INDEX "payload_locked_documents_rels_reference_transfers_id_idx" ON "payload_locked_documents_rels" USING btree ("reference_transfers_id");
  CREATE INDEX "payload_locked_documents_rels_letter_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("letter_templates_id");
  CREATE INDEX "payload_locked_documents_rels_generated_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("generated_letters_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_accounts_id_idx" ON "payload_preferences_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "structures" CASCADE;
  DROP TABLE "structures_texts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_functions" CASCADE;
  DROP TABLE "users_alerts_email" CASCADE;
  DROP TABLE "users_alerts_in_app" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "accounts_alerts_email" CASCADE;
  DROP TABLE "accounts_alerts_in_app" CASCADE;
  DROP TABLE "accounts_sessions" CASCADE;
  DROP TABLE "accounts" CASCADE;
  DROP TABLE "accounts_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_rels" CASCADE;
  DROP TABLE "sharing_consents" CASCADE;
  DROP TABLE "erasure_requests" CASCADE;
  DROP TABLE "erasure_requests_rels" CASCADE;
  DROP TABLE "archiving_runs" CASCADE;
  DROP TABLE "retention_runs" CASCADE;
  DROP TABLE "bulk_operations" CASCADE;
  DROP TABLE "bulk_operations_rels" CASCADE;
  DROP TABLE "required_fields_fields" CASCADE;
  DROP TABLE "required_fields" CASCADE;
  DROP TABLE "silent_alert_settings" CASCADE;
  DROP TABLE "silent_alerts" CASCADE;
  DROP TABLE "silent_alerts_rels" CASCADE;
  DROP TABLE "transitions" CASCADE;
  DROP TABLE "instant_t_categories" CASCADE;
  DROP TABLE "instant_t_questions_options" CASCADE;
  DROP TABLE "instant_t_questions" CASCADE;
  DROP TABLE "instant_t" CASCADE;
  DROP TABLE "forms_blocks_checkbox" CASCADE;
  DROP TABLE "forms_blocks_country" CASCADE;
  DROP TABLE "forms_blocks_email" CASCADE;
  DROP TABLE "forms_blocks_message" CASCADE;
  DROP TABLE "forms_blocks_number" CASCADE;
  DROP TABLE "forms_blocks_select_options" CASCADE;
  DROP TABLE "forms_blocks_select" CASCADE;
  DROP TABLE "forms_blocks_state" CASCADE;
  DROP TABLE "forms_blocks_text" CASCADE;
  DROP TABLE "forms_blocks_textarea" CASCADE;
  DROP TABLE "forms_emails" CASCADE;
  DROP TABLE "forms" CASCADE;
  DROP TABLE "form_submissions_submission_data" CASCADE;
  DROP TABLE "form_submissions" CASCADE;
  DROP TABLE "offers" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "candidatures" CASCADE;
  DROP TABLE "parrainages" CASCADE;
  DROP TABLE "follow_up_messages" CASCADE;
  DROP TABLE "private_notes" CASCADE;
  DROP TABLE "document_drafts_cv_experiences" CASCADE;
  DROP TABLE "document_drafts_cv_trainings" CASCADE;
  DROP TABLE "document_drafts_cv_skills" CASCADE;
  DROP TABLE "document_drafts_cv_languages" CASCADE;
  DROP TABLE "document_drafts" CASCADE;
  DROP TABLE "shared_spaces" CASCADE;
  DROP TABLE "shared_spaces_rels" CASCADE;
  DROP TABLE "space_messages" CASCADE;
  DROP TABLE "space_documents" CASCADE;
  DROP TABLE "space_events" CASCADE;
  DROP TABLE "candidate_imports" CASCADE;
  DROP TABLE "candidate_profiles" CASCADE;
  DROP TABLE "bilan_phases_questions_options" CASCADE;
  DROP TABLE "bilan_phases_questions" CASCADE;
  DROP TABLE "bilan_phases" CASCADE;
  DROP TABLE "_bilan_phases_v_version_questions_options" CASCADE;
  DROP TABLE "_bilan_phases_v_version_questions" CASCADE;
  DROP TABLE "_bilan_phases_v" CASCADE;
  DROP TABLE "bilans" CASCADE;
  DROP TABLE "bilans_rels" CASCADE;
  DROP TABLE "bilan_steps" CASCADE;
  DROP TABLE "cej_profiles" CASCADE;
  DROP TABLE "sessions_registrations" CASCADE;
  DROP TABLE "sessions" CASCADE;
  DROP TABLE "actions" CASCADE;
  DROP TABLE "reassignments" CASCADE;
  DROP TABLE "reassignments_rels" CASCADE;
  DROP TABLE "appointments" CASCADE;
  DROP TABLE "appointments_rels" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_reads" CASCADE;
  DROP TABLE "conversations" CASCADE;
  DROP TABLE "messages_links" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "messages_rels" CASCADE;
  DROP TABLE "diffusion_lists" CASCADE;
  DROP TABLE "diffusion_lists_rels" CASCADE;
  DROP TABLE "message_attachments" CASCADE;
  DROP TABLE "message_attachments_rels" CASCADE;
  DROP TABLE "cej_offers" CASCADE;
  DROP TABLE "offer_shares" CASCADE;
  DROP TABLE "favourite_offers" CASCADE;
  DROP TABLE "saved_searches" CASCADE;
  DROP TABLE "reference_items" CASCADE;
  DROP TABLE "reference_transfers" CASCADE;
  DROP TABLE "reference_transfers_rels" CASCADE;
  DROP TABLE "letter_templates" CASCADE;
  DROP TABLE "generated_letters" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_structures_type";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_functions";
  DROP TYPE "public"."enum_users_alerts_email";
  DROP TYPE "public"."enum_users_alerts_in_app";
  DROP TYPE "public"."enum_users_status";
  DROP TYPE "public"."enum_accounts_alerts_email";
  DROP TYPE "public"."enum_accounts_alerts_in_app";
  DROP TYPE "public"."enum_accounts_status";
  DROP TYPE "public"."enum_accounts_archive_reason";
  DROP TYPE "public"."enum_accounts_origin";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_programmes_kind";
  DROP TYPE "public"."enum_programmes_status";
  DROP TYPE "public"."enum_archiving_runs_trigger";
  DROP TYPE "public"."enum_retention_runs_trigger";
  DROP TYPE "public"."enum_retention_runs_status";
  DROP TYPE "public"."enum_bulk_operations_status";
  DROP TYPE "public"."enum_required_fields_fields";
  DROP TYPE "public"."enum_forms_confirmation_type";
  DROP TYPE "public"."enum_offers_publication";
  DROP TYPE "public"."enum_offers_sector";
  DROP TYPE "public"."enum_offers_contract_type";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_candidatures_status";
  DROP TYPE "public"."enum_candidatures_kind";
  DROP TYPE "public"."enum_parrainages_status";
  DROP TYPE "public"."enum_document_drafts_cv_languages_level";
  DROP TYPE "public"."enum_document_drafts_kind";
  DROP TYPE "public"."enum_document_drafts_letter_template";
  DROP TYPE "public"."enum_shared_spaces_kind";
  DROP TYPE "public"."enum_bilan_phases_questions_type";
  DROP TYPE "public"."enum_bilan_phases_status";
  DROP TYPE "public"."enum__bilan_phases_v_version_questions_type";
  DROP TYPE "public"."enum__bilan_phases_v_version_status";
  DROP TYPE "public"."enum_bilans_modality";
  DROP TYPE "public"."enum_bilan_steps_status";
  DROP TYPE "public"."enum_cej_profiles_situation";
  DROP TYPE "public"."enum_sessions_registrations_status";
  DROP TYPE "public"."enum_sessions_status";
  DROP TYPE "public"."enum_sessions_kind";
  DROP TYPE "public"."enum_actions_category";
  DROP TYPE "public"."enum_actions_status";
  DROP TYPE "public"."enum_actions_qualification_snp_type";
  DROP TYPE "public"."enum_reassignments_status";
  DROP TYPE "public"."enum_reassignments_type";
  DROP TYPE "public"."enum_appointments_status";
  DROP TYPE "public"."enum_appointments_type";
  DROP TYPE "public"."enum_appointments_modality";
  DROP TYPE "public"."enum_news_audience";
  DROP TYPE "public"."enum_messages_direction";
  DROP TYPE "public"."enum_cej_offers_kind";
  DROP TYPE "public"."enum_cej_offers_publication";
  DROP TYPE "public"."enum_offer_shares_offer_source";
  DROP TYPE "public"."enum_offer_shares_offer_kind";
  DROP TYPE "public"."enum_favourite_offers_offer_source";
  DROP TYPE "public"."enum_favourite_offers_offer_kind";
  DROP TYPE "public"."enum_saved_searches_kind";
  DROP TYPE "public"."enum_reference_items_table";
  DROP TYPE "public"."enum_reference_transfers_status";
  DROP TYPE "public"."enum_reference_transfers_table";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
