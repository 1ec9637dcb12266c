// The results parameters of the campaign an assessment belongs to.
// Campaign.resultsConfig is added by the scoring helper's migration, merged beside this code: reading the column
// through to_jsonb(row) gives null (→ the defaults) while the column does not exist yet, and the stored value once it
// does. After the merge this may become a typed `select: { resultsConfig: true }`.
import type { Tx } from '@/lib/server/db';
import { resultsConfigOf, type ResultsConfig } from '@/modules/results/config';

export async function resultsConfigOfAssessment(tx: Tx, assessmentId: string): Promise<ResultsConfig> {
  const rows = await tx.$queryRaw<{ config: unknown }[]>`
    SELECT to_jsonb(c) -> 'resultsConfig' AS "config"
    FROM "Assessment" a JOIN "Campaign" c ON c."id" = a."campaignId"
    WHERE a."id" = ${assessmentId}`;
  return resultsConfigOf(rows[0]?.config ?? null);
}
