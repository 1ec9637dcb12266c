-- Keyword search (modules/search) over findings, reports, households and assessments, in Chinese as
-- well as in English: trigram GIN indexes serve `ILIKE '%word%'` for words of three or more
-- characters; shorter words still match through the same ILIKE, by a scan (docs/decisions/019).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner, who runs the migrations,
-- may create it without being a superuser. Prisma's schema cannot express operator-class GIN
-- indexes without a preview feature, so they are named in comments in schema.prisma.
-- A server without the extension (PGlite, when `npm start` moves an old .data/pglite forward before
-- copying it) gets no trigram indexes: search still answers, by a scan.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX "Finding_title_trgm" ON "Finding" USING GIN ("title" gin_trgm_ops);
    CREATE INDEX "Finding_description_trgm" ON "Finding" USING GIN ("description" gin_trgm_ops);
    CREATE INDEX "Region_name_trgm" ON "Region" USING GIN ("name" gin_trgm_ops);
    CREATE INDEX "WorkReport_title_trgm" ON "WorkReport" USING GIN ("title" gin_trgm_ops);
    CREATE INDEX "Household_code_trgm" ON "Household" USING GIN ("code" gin_trgm_ops);
    CREATE INDEX "Household_headName_trgm" ON "Household" USING GIN ("headName" gin_trgm_ops);
    CREATE INDEX "Campaign_name_trgm" ON "Campaign" USING GIN ("name" gin_trgm_ops);
  END IF;
END
$$;
