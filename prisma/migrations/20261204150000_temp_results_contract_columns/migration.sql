-- TEMP stand-in for the results contract: the columns the scoring helper's migration adds.
ALTER TABLE "Campaign" ADD COLUMN IF NOT EXISTS "resultsConfig" JSONB;
ALTER TABLE "Indicator" ADD COLUMN IF NOT EXISTS "verification" JSONB;
