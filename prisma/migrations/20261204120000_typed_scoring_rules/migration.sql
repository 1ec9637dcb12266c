-- Typed, executable scoring rules and verification for indicators, and a campaign's results parameters.
-- Widen: the free-text rule and verification method are kept as notes (nothing typed is lost).
ALTER TABLE "Indicator" ADD COLUMN "scoringNote" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "verification" JSONB;
UPDATE "Indicator" SET "scoringNote" = "scoringRule" WHERE "scoringRule" IS NOT NULL;
ALTER TABLE "Indicator" RENAME COLUMN "verificationMethod" TO "verificationNote";
-- Narrow: the rule becomes typed JSON (modules/scoring/rule-schema.ts). Free text is not a rule: every existing
-- indicator starts without one and needs a rule before its results can be scored; its text stays in scoringNote.
ALTER TABLE "Indicator" ALTER COLUMN "scoringRule" TYPE JSONB USING NULL;
-- Results parameters (modules/results/config.ts); null means the defaults.
ALTER TABLE "Campaign" ADD COLUMN "resultsConfig" JSONB;
