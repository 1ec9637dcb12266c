// What the server notes when a check or field finding first arrives: the time of receipt and the
// proof flags, judged against the village's recorded position (a region above a village has none).
import type { Tx } from '@/lib/server/db';
import { now } from '@/lib/server/clock';
import { proofFlags, type DevicePosition, type ProofFlags } from '@/modules/field-proof/rules';

export async function judgeReceipt(tx: Tx, regionId: string, sent: { position: DevicePosition | null; deviceSentAt: Date }): Promise<{ receivedAt: Date; flags: ProofFlags }> {
  const village = await tx.region.findFirst({ where: { id: regionId, level: 'VILLAGE' }, select: { latitude: true, longitude: true } });
  const receivedAt = now();
  return { receivedAt, flags: proofFlags({ position: sent.position, village, receivedAt, deviceSentAt: sent.deviceSentAt }) };
}
