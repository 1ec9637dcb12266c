-- Household outcomes (issue 10): what each checklist item counts toward, and the outcome stored with each check.
CREATE TYPE "ItemOutcomeRole" AS ENUM ('EXIT_STANDARD', 'INCOME', 'RECOGNITION');

ALTER TABLE "ChecklistItem" ADD COLUMN "outcomeRole" "ItemOutcomeRole";

ALTER TABLE "HouseholdCheck" ADD COLUMN "outcome" JSONB;

-- Data: the roles of the demo household template, by item code (no rows on an empty database).
UPDATE "ChecklistItem" SET "outcomeRole" = 'EXIT_STANDARD'
WHERE "code" IN ('FOOD', 'CLOTHING', 'EDUCATION', 'MEDICAL', 'HOUSING', 'WATER')
  AND "outcomeRole" IS NULL
  AND "templateId" IN (SELECT "id" FROM "ChecklistTemplate" WHERE "code" = 'HOUSEHOLD-2018');

UPDATE "ChecklistItem" SET "outcomeRole" = 'INCOME'
WHERE "code" = 'INCOME'
  AND "outcomeRole" IS NULL
  AND "templateId" IN (SELECT "id" FROM "ChecklistTemplate" WHERE "code" = 'HOUSEHOLD-2018');

UPDATE "ChecklistItem" SET "outcomeRole" = 'RECOGNITION'
WHERE "code" = 'RECOGNITION'
  AND "outcomeRole" IS NULL
  AND "templateId" IN (SELECT "id" FROM "ChecklistTemplate" WHERE "code" = 'HOUSEHOLD-2018');
