-- One village check ("eight haves") per village per site visit: a check without a household is a
-- village check, its region the village (modules/checks/village-subject.ts refuses a second one with a
-- clear message; this index is the backstop). Partial, so Prisma's schema cannot express it: it is
-- named in a comment on HouseholdCheck in schema.prisma. Village checks had no form before this, so
-- no existing rows can clash.
CREATE UNIQUE INDEX "HouseholdCheck_village_once_per_visit" ON "HouseholdCheck" ("siteVisitId", "regionId") WHERE "householdId" IS NULL;
