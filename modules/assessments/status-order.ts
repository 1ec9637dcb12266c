// The order an assessment moves through. Domain fact: rules and pages both read it.
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';

export const ASSESSMENT_STATUS_ORDER = [
  'PLANNED',
  'BRIEFING',
  'FIELDWORK',
  'REPORTING',
  'RECTIFICATION',
  'CLOSED',
] as const satisfies readonly AssessmentStatus[];
