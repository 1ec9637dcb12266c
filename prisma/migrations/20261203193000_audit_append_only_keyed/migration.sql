-- Events written so far were hashed with plain SHA-256; every new event is keyed and says so
-- (modules/audit/rules.ts). The default only labels the existing rows.
ALTER TABLE "AuditEvent" ADD COLUMN "hashScheme" TEXT NOT NULL DEFAULT 'sha256';
ALTER TABLE "AuditEvent" ALTER COLUMN "hashScheme" DROP DEFAULT;

-- The rules made an UPDATE or DELETE vanish without a word and let TRUNCATE through: refuse all
-- three instead, loudly, whoever asks. (This file is sent to PostgreSQL whole, not split on
-- semicolons: see scripts/schema-engine/pg-adapter.mjs.)
DROP RULE "AuditEvent_no_update" ON "AuditEvent";
DROP RULE "AuditEvent_no_delete" ON "AuditEvent";

CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % of "AuditEvent" refused', TG_OP;
END
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

-- ALWAYS: also in session_replication_role = replica, which would otherwise skip the trigger.
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_append_only";
