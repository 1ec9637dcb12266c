// Test data for the findings integration tests: findings of the demo Zhaoqing assessment in
// Fengkai and Huaiji villages (made directly in any status), and files to upload.
import { getDb } from '@/lib/server/db';
import type { FindingStatus } from '@/lib/generated/prisma/enums';
import { jpegWithExif } from '@/modules/attachments/fixtures/exif-fixture';
import type { Demo } from '@/scripts/test/demo-fixture';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createFinding, createRectification } from '@/seeds/factories/findings';

export function villageOf(demo: Demo, county: 'Fengkai' | 'Huaiji') {
  const path = demo.regions.counties[county]!.path;
  return demo.regions.villages.find((v) => v.path.startsWith(path))!;
}

/** A finding of the demo assessment in a Fengkai (or Huaiji) village, straight in `status`. */
export async function makeFinding(demo: Demo, status: FindingStatus = 'DRAFT', options: { county?: 'Fengkai' | 'Huaiji'; appealDeadline?: Date } = {}) {
  const finding = await createFinding(getDb(), {
    assessmentId: demo.scenario.assessment.id,
    regionId: villageOf(demo, options.county ?? 'Fengkai').id,
    createdById: demo.users.assessor.id,
    title: `测试问题 ${status} ${uniqueSuffix()}`,
    status,
    appealDeadline: options.appealDeadline,
  });
  if (['PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED'].includes(status)) {
    await createRectification(getDb(), { findingId: finding.id, leadUnit: '县扶贫办', measures: '逐户核实', personInCharge: '麦家明', deadline: '2030-06-30' });
  }
  return finding;
}

export const readFinding = (id: string) => getDb().finding.findUniqueOrThrow({ where: { id } });

export const auditCount = () => getDb().auditEvent.count();

/** A phone photo taken in Fengkai, with its position and time in EXIF. */
export function photoFile(name = 'photo.jpg'): File {
  return new File([Buffer.from(jpegWithExif({ latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' }))], name, { type: 'image/jpeg' });
}

export function pdfFile(name = '整改佐证.pdf'): File {
  return new File([Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1')], name, { type: 'application/pdf' });
}

/** A multipart POST to one of the finding route handlers. */
export function multipartRequest(fields: Record<string, string | File | File[]>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return new Request('http://localhost/api/findings', { method: 'POST', body: form });
}
