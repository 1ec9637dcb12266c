-- The campaign dashboard counts a campaign's findings by region × severity × status, overdue and
-- due this week (dueDate), and per week (createdAt, issuedAt, closedAt). One index holds every
-- column those counts read, so each is an index-only scan of the campaign's entries rather than
-- a visit to every row of the table.
CREATE INDEX "Finding_dashboard_counts_idx" ON "Finding" ("assessmentId", "regionId", "severity", "status")
  INCLUDE ("dueDate", "createdAt", "issuedAt", "closedAt");
