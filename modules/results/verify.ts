// "Verify score": recompute the score sheet from the inputs stored with the result and compare it with the stored
// sheet (as "verify sample" and "verify draw" do), and say whether the live data would give other inputs today.
import { isDeepStrictEqual } from 'node:util';
import { AppError } from '@/lib/app-error';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { computeResults, type ManualScores } from '@/modules/results/compute';
import { getAssessmentResults } from '@/modules/results/queries';
import type { ScoreSheet } from '@/modules/results/snapshot';
import { scoreAssessment, type ScoringInput } from '@/modules/scoring/rules';

export type ScoreVerification = {
  /** The stored sheet equals the sheet recomputed from the stored inputs. */
  matches: boolean;
  recomputed: { totalReported: number; totalVerified: number };
  stored: { totalReported: number; totalVerified: number };
  /** Indicator codes whose stored and recomputed lines differ. */
  differingIndicators: string[];
  /** The scoring inputs computed from today's data differ from the stored ones (recomputing would change them). */
  liveInputsChanged: boolean;
};

/** JSON round trip, so that values compare as they were stored (no undefined, no -0). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function compareScoreSheets(stored: ScoreSheet, recomputed: ScoreSheet) {
  const storedLines = new Map(stored.indicators.map((i) => [i.indicatorId, i]));
  const differingIndicators = recomputed.indicators
    .filter((i) => !isDeepStrictEqual(plain(i), plain(storedLines.get(i.indicatorId))))
    .map((i) => i.code);
  for (const i of stored.indicators) if (!recomputed.indicators.some((r) => r.indicatorId === i.indicatorId)) differingIndicators.push(i.code);
  return { matches: isDeepStrictEqual(plain(stored), plain(recomputed)), differingIndicators };
}

export async function verifyResultScore(actor: Actor, assessmentId: string): Promise<ScoreVerification> {
  const view = await getAssessmentResults(actor, assessmentId);
  if (!view.result) throw new AppError('NOT_FOUND');
  const db = getDb();
  const row = await db.assessmentResult.findUniqueOrThrow({ where: { id: view.result.id }, select: { inputs: true, manualScores: true } });
  const inputs = (row.inputs as { scoring: ScoringInput }).scoring;
  const stored = view.result.snapshot.scores;
  const recomputed = scoreAssessment(inputs);
  const live = await db.$transaction(
    (tx) =>
      computeResults(
        tx,
        { id: view.assessment.id, campaignId: view.assessment.campaignId, targetRegionId: view.assessment.targetRegionId },
        row.manualScores as ManualScores,
        new Date(),
      ),
    { timeout: 30_000 },
  );
  return {
    ...compareScoreSheets(stored, recomputed),
    recomputed: { totalReported: recomputed.totalReported, totalVerified: recomputed.totalVerified },
    stored: { totalReported: stored.totalReported, totalVerified: stored.totalVerified },
    liveInputsChanged: !isDeepStrictEqual(plain(live.inputs.scoring), plain(inputs)),
  };
}
