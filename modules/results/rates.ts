// TEMP stand-in for the results contract (helper 1 provides the real one): the city with no checked households.
import type { Tx } from '@/lib/server/db';
import type { ResultsConfig } from '@/modules/results/config';
import type { RegionRates } from '@/modules/results/snapshot';

export async function computeRegionRates(
  tx: Tx,
  assessment: { id: string; targetRegionId: string },
  config: ResultsConfig,
): Promise<RegionRates[]> {
  const region = await tx.region.findUniqueOrThrow({ where: { id: assessment.targetRegionId }, select: { id: true, name: true } });
  const { thresholds } = config;
  return [
    {
      regionId: region.id,
      regionName: region.name,
      level: 'CITY',
      checkedHouseholds: 0,
      rates: [
        { key: 'WRONGFUL_EXIT', threshold: thresholds.wrongfulExit, estimate: null, verdict: 'NO_DATA' },
        { key: 'MISSED_ENROLMENT', threshold: thresholds.missedEnrolment, estimate: null, verdict: 'NO_DATA' },
        { key: 'RECOGNITION', threshold: thresholds.recognition, estimate: null, verdict: 'NO_DATA' },
      ],
      reportedPovertyIncidence: null,
    },
  ];
}
