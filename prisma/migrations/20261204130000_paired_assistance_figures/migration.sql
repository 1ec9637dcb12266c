-- Paired-assistance figures move from WorkReport.details / WorkReportRevision.details (JSON text)
-- into typed decimal columns, one row per report revision (0 = the working copy), and the frozen
-- helped scope of a revision (details.scope) into WorkReportRevision.helpedScope.
-- Widen (new tables and column), copy every current and revised figure, then narrow (drop the JSON).
-- A stored value that the form could never have written (negative, exponent form, more than 4
-- decimals, a fractional count, a percent above 100) is not copied; on an empty database the copy
-- inserts nothing.

-- 1. Widen
CREATE TABLE "PairedAssistanceFigures" (
    "workReportId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "sinceYear" DECIMAL(20,4),
    "helpedTownCount" DECIMAL(20,4),
    "helpedVillageCount" DECIMAL(20,4),
    "fundsCityBudget" DECIMAL(20,4),
    "fundsTowns" DECIMAL(20,4),
    "fundsSociety" DECIMAL(20,4),
    "fundsRaised" DECIMAL(20,4),
    "fundsSpent" DECIMAL(20,4),
    "projects" DECIMAL(20,4),
    "countyTeams" DECIMAL(20,4),
    "villageTeams" DECIMAL(20,4),
    "staffStationed" DECIMAL(20,4),
    "peopleLiftedOut" DECIMAL(20,4),
    "exitRate" DECIMAL(20,4),
    "medicalCareCoverage" DECIMAL(20,4),
    "educationCoverage" DECIMAL(20,4),
    "eightHavesCoverage" DECIMAL(20,4),
    "incomePerCapitaAbove" DECIMAL(20,4),
    CONSTRAINT "PairedAssistanceFigures_pkey" PRIMARY KEY ("workReportId", "revision"),
    CONSTRAINT "PairedAssistanceFigures_revision_check" CHECK ("revision" >= 0),
    CONSTRAINT "PairedAssistanceFigures_sinceYear_check" CHECK ("sinceYear" >= 0 AND "sinceYear" = trunc("sinceYear")),
    CONSTRAINT "PairedAssistanceFigures_helpedTownCount_check" CHECK ("helpedTownCount" >= 0 AND "helpedTownCount" = trunc("helpedTownCount")),
    CONSTRAINT "PairedAssistanceFigures_helpedVillageCount_check" CHECK ("helpedVillageCount" >= 0 AND "helpedVillageCount" = trunc("helpedVillageCount")),
    CONSTRAINT "PairedAssistanceFigures_fundsCityBudget_check" CHECK ("fundsCityBudget" >= 0),
    CONSTRAINT "PairedAssistanceFigures_fundsTowns_check" CHECK ("fundsTowns" >= 0),
    CONSTRAINT "PairedAssistanceFigures_fundsSociety_check" CHECK ("fundsSociety" >= 0),
    CONSTRAINT "PairedAssistanceFigures_fundsRaised_check" CHECK ("fundsRaised" >= 0),
    CONSTRAINT "PairedAssistanceFigures_fundsSpent_check" CHECK ("fundsSpent" >= 0),
    CONSTRAINT "PairedAssistanceFigures_projects_check" CHECK ("projects" >= 0 AND "projects" = trunc("projects")),
    CONSTRAINT "PairedAssistanceFigures_countyTeams_check" CHECK ("countyTeams" >= 0 AND "countyTeams" = trunc("countyTeams")),
    CONSTRAINT "PairedAssistanceFigures_villageTeams_check" CHECK ("villageTeams" >= 0 AND "villageTeams" = trunc("villageTeams")),
    CONSTRAINT "PairedAssistanceFigures_staffStationed_check" CHECK ("staffStationed" >= 0 AND "staffStationed" = trunc("staffStationed")),
    CONSTRAINT "PairedAssistanceFigures_peopleLiftedOut_check" CHECK ("peopleLiftedOut" >= 0 AND "peopleLiftedOut" = trunc("peopleLiftedOut")),
    CONSTRAINT "PairedAssistanceFigures_exitRate_check" CHECK ("exitRate" >= 0 AND "exitRate" <= 100),
    CONSTRAINT "PairedAssistanceFigures_medicalCareCoverage_check" CHECK ("medicalCareCoverage" >= 0 AND "medicalCareCoverage" <= 100),
    CONSTRAINT "PairedAssistanceFigures_educationCoverage_check" CHECK ("educationCoverage" >= 0 AND "educationCoverage" <= 100),
    CONSTRAINT "PairedAssistanceFigures_eightHavesCoverage_check" CHECK ("eightHavesCoverage" >= 0 AND "eightHavesCoverage" <= 100),
    CONSTRAINT "PairedAssistanceFigures_incomePerCapitaAbove_check" CHECK ("incomePerCapitaAbove" >= 0)
);

CREATE TABLE "PairedCountyFigures" (
    "workReportId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "helperRegionId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "fundsGiven" DECIMAL(20,4),
    "countyTeams" DECIMAL(20,4),
    "villageTeams" DECIMAL(20,4),
    "staffStationed" DECIMAL(20,4),
    CONSTRAINT "PairedCountyFigures_pkey" PRIMARY KEY ("workReportId", "revision", "helperRegionId", "countyId"),
    CONSTRAINT "PairedCountyFigures_revision_check" CHECK ("revision" >= 0),
    CONSTRAINT "PairedCountyFigures_fundsGiven_check" CHECK ("fundsGiven" >= 0),
    CONSTRAINT "PairedCountyFigures_countyTeams_check" CHECK ("countyTeams" >= 0 AND "countyTeams" = trunc("countyTeams")),
    CONSTRAINT "PairedCountyFigures_villageTeams_check" CHECK ("villageTeams" >= 0 AND "villageTeams" = trunc("villageTeams")),
    CONSTRAINT "PairedCountyFigures_staffStationed_check" CHECK ("staffStationed" >= 0 AND "staffStationed" = trunc("staffStationed"))
);

CREATE INDEX "PairedCountyFigures_countyId_idx" ON "PairedCountyFigures"("countyId");
CREATE INDEX "PairedCountyFigures_helperRegionId_idx" ON "PairedCountyFigures"("helperRegionId");

ALTER TABLE "PairedAssistanceFigures" ADD CONSTRAINT "PairedAssistanceFigures_workReportId_fkey" FOREIGN KEY ("workReportId") REFERENCES "WorkReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PairedCountyFigures" ADD CONSTRAINT "PairedCountyFigures_workReportId_fkey" FOREIGN KEY ("workReportId") REFERENCES "WorkReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PairedCountyFigures" ADD CONSTRAINT "PairedCountyFigures_helperRegionId_fkey" FOREIGN KEY ("helperRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PairedCountyFigures" ADD CONSTRAINT "PairedCountyFigures_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "WorkReportRevision" ADD COLUMN "helpedScope" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- 2. Copy: the working copy of every paired-assistance report that holds a field …
INSERT INTO "PairedAssistanceFigures" ("workReportId", "revision", "sinceYear", "helpedTownCount", "helpedVillageCount", "fundsCityBudget", "fundsTowns", "fundsSociety", "fundsRaised", "fundsSpent", "projects", "countyTeams", "villageTeams", "staffStationed", "peopleLiftedOut", "exitRate", "medicalCareCoverage", "educationCoverage", "eightHavesCoverage", "incomePerCapitaAbove")
SELECT r."id", 0,
    CASE WHEN jsonb_typeof(r."details"->'sinceYear') IN ('string', 'number') AND (r."details"->>'sinceYear') ~ '^[0-9]{1,16}$' THEN (r."details"->>'sinceYear')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'helpedTownCount') IN ('string', 'number') AND (r."details"->>'helpedTownCount') ~ '^[0-9]{1,16}$' THEN (r."details"->>'helpedTownCount')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'helpedVillageCount') IN ('string', 'number') AND (r."details"->>'helpedVillageCount') ~ '^[0-9]{1,16}$' THEN (r."details"->>'helpedVillageCount')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'fundsCityBudget') IN ('string', 'number') AND (r."details"->>'fundsCityBudget') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (r."details"->>'fundsCityBudget')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'fundsTowns') IN ('string', 'number') AND (r."details"->>'fundsTowns') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (r."details"->>'fundsTowns')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'fundsSociety') IN ('string', 'number') AND (r."details"->>'fundsSociety') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (r."details"->>'fundsSociety')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'fundsRaised') IN ('string', 'number') AND (r."details"->>'fundsRaised') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (r."details"->>'fundsRaised')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'fundsSpent') IN ('string', 'number') AND (r."details"->>'fundsSpent') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (r."details"->>'fundsSpent')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'projects') IN ('string', 'number') AND (r."details"->>'projects') ~ '^[0-9]{1,16}$' THEN (r."details"->>'projects')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'countyTeams') IN ('string', 'number') AND (r."details"->>'countyTeams') ~ '^[0-9]{1,16}$' THEN (r."details"->>'countyTeams')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'villageTeams') IN ('string', 'number') AND (r."details"->>'villageTeams') ~ '^[0-9]{1,16}$' THEN (r."details"->>'villageTeams')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'staffStationed') IN ('string', 'number') AND (r."details"->>'staffStationed') ~ '^[0-9]{1,16}$' THEN (r."details"->>'staffStationed')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'peopleLiftedOut') IN ('string', 'number') AND (r."details"->>'peopleLiftedOut') ~ '^[0-9]{1,16}$' THEN (r."details"->>'peopleLiftedOut')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'exitRate') IN ('string', 'number') AND (r."details"->>'exitRate') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (r."details"->>'exitRate')::numeric <= 100 THEN (r."details"->>'exitRate')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'medicalCareCoverage') IN ('string', 'number') AND (r."details"->>'medicalCareCoverage') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (r."details"->>'medicalCareCoverage')::numeric <= 100 THEN (r."details"->>'medicalCareCoverage')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'educationCoverage') IN ('string', 'number') AND (r."details"->>'educationCoverage') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (r."details"->>'educationCoverage')::numeric <= 100 THEN (r."details"->>'educationCoverage')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'eightHavesCoverage') IN ('string', 'number') AND (r."details"->>'eightHavesCoverage') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (r."details"->>'eightHavesCoverage')::numeric <= 100 THEN (r."details"->>'eightHavesCoverage')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(r."details"->'incomePerCapitaAbove') IN ('string', 'number') AND (r."details"->>'incomePerCapitaAbove') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (r."details"->>'incomePerCapitaAbove')::numeric(20, 4) END
FROM "WorkReport" r
WHERE r."kind" = 'PAIRED_ASSISTANCE' AND jsonb_typeof(r."details") = 'object' AND r."details" ?| ARRAY['sinceYear', 'helpedTownCount', 'helpedVillageCount', 'fundsCityBudget', 'fundsTowns', 'fundsSociety', 'fundsRaised', 'fundsSpent', 'projects', 'countyTeams', 'villageTeams', 'staffStationed', 'peopleLiftedOut', 'exitRate', 'medicalCareCoverage', 'educationCoverage', 'eightHavesCoverage', 'incomePerCapitaAbove'];

-- … each of its submitted revisions …
INSERT INTO "PairedAssistanceFigures" ("workReportId", "revision", "sinceYear", "helpedTownCount", "helpedVillageCount", "fundsCityBudget", "fundsTowns", "fundsSociety", "fundsRaised", "fundsSpent", "projects", "countyTeams", "villageTeams", "staffStationed", "peopleLiftedOut", "exitRate", "medicalCareCoverage", "educationCoverage", "eightHavesCoverage", "incomePerCapitaAbove")
SELECT v."workReportId", v."revision",
    CASE WHEN jsonb_typeof(v."details"->'sinceYear') IN ('string', 'number') AND (v."details"->>'sinceYear') ~ '^[0-9]{1,16}$' THEN (v."details"->>'sinceYear')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'helpedTownCount') IN ('string', 'number') AND (v."details"->>'helpedTownCount') ~ '^[0-9]{1,16}$' THEN (v."details"->>'helpedTownCount')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'helpedVillageCount') IN ('string', 'number') AND (v."details"->>'helpedVillageCount') ~ '^[0-9]{1,16}$' THEN (v."details"->>'helpedVillageCount')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'fundsCityBudget') IN ('string', 'number') AND (v."details"->>'fundsCityBudget') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (v."details"->>'fundsCityBudget')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'fundsTowns') IN ('string', 'number') AND (v."details"->>'fundsTowns') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (v."details"->>'fundsTowns')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'fundsSociety') IN ('string', 'number') AND (v."details"->>'fundsSociety') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (v."details"->>'fundsSociety')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'fundsRaised') IN ('string', 'number') AND (v."details"->>'fundsRaised') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (v."details"->>'fundsRaised')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'fundsSpent') IN ('string', 'number') AND (v."details"->>'fundsSpent') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (v."details"->>'fundsSpent')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'projects') IN ('string', 'number') AND (v."details"->>'projects') ~ '^[0-9]{1,16}$' THEN (v."details"->>'projects')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'countyTeams') IN ('string', 'number') AND (v."details"->>'countyTeams') ~ '^[0-9]{1,16}$' THEN (v."details"->>'countyTeams')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'villageTeams') IN ('string', 'number') AND (v."details"->>'villageTeams') ~ '^[0-9]{1,16}$' THEN (v."details"->>'villageTeams')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'staffStationed') IN ('string', 'number') AND (v."details"->>'staffStationed') ~ '^[0-9]{1,16}$' THEN (v."details"->>'staffStationed')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'peopleLiftedOut') IN ('string', 'number') AND (v."details"->>'peopleLiftedOut') ~ '^[0-9]{1,16}$' THEN (v."details"->>'peopleLiftedOut')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'exitRate') IN ('string', 'number') AND (v."details"->>'exitRate') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (v."details"->>'exitRate')::numeric <= 100 THEN (v."details"->>'exitRate')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'medicalCareCoverage') IN ('string', 'number') AND (v."details"->>'medicalCareCoverage') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (v."details"->>'medicalCareCoverage')::numeric <= 100 THEN (v."details"->>'medicalCareCoverage')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'educationCoverage') IN ('string', 'number') AND (v."details"->>'educationCoverage') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (v."details"->>'educationCoverage')::numeric <= 100 THEN (v."details"->>'educationCoverage')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'eightHavesCoverage') IN ('string', 'number') AND (v."details"->>'eightHavesCoverage') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' AND (v."details"->>'eightHavesCoverage')::numeric <= 100 THEN (v."details"->>'eightHavesCoverage')::numeric(20, 4) END,
    CASE WHEN jsonb_typeof(v."details"->'incomePerCapitaAbove') IN ('string', 'number') AND (v."details"->>'incomePerCapitaAbove') ~ '^[0-9]{1,16}(\.[0-9]{1,4})?$' THEN (v."details"->>'incomePerCapitaAbove')::numeric(20, 4) END
FROM "WorkReportRevision" v JOIN "WorkReport" r ON r."id" = v."workReportId"
WHERE r."kind" = 'PAIRED_ASSISTANCE' AND v."revision" > 0 AND jsonb_typeof(v."details") = 'object' AND v."details" ?| ARRAY['sinceYear', 'helpedTownCount', 'helpedVillageCount', 'fundsCityBudget', 'fundsTowns', 'fundsSociety', 'fundsRaised', 'fundsSpent', 'projects', 'countyTeams', 'villageTeams', 'staffStationed', 'peopleLiftedOut', 'exitRate', 'medicalCareCoverage', 'educationCoverage', 'eightHavesCoverage', 'incomePerCapitaAbove'];

-- … and the helped scope frozen with each revision.
UPDATE "WorkReportRevision" v
SET "helpedScope" = ARRAY(SELECT jsonb_array_elements_text(v."details"->'scope'))
WHERE jsonb_typeof(v."details"->'scope') = 'array';

-- 3. Narrow
ALTER TABLE "WorkReport" DROP COLUMN "details";
ALTER TABLE "WorkReportRevision" DROP COLUMN "details";
