// The colours of assessment statuses, shared by badges and progress bars so that a status
// looks the same everywhere (the order is modules/assessments/status-order.ts).
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { BadgeTone } from '@/components/ui/badge';

export const ASSESSMENT_STATUS_TONE: Record<AssessmentStatus, BadgeTone> = {
  PLANNED: 'neutral',
  BRIEFING: 'sky',
  FIELDWORK: 'amber',
  REPORTING: 'violet',
  RECTIFICATION: 'orange',
  CLOSED: 'green',
};

export const ASSESSMENT_STATUS_BAR: Record<AssessmentStatus, string> = {
  PLANNED: 'bg-slate-400',
  BRIEFING: 'bg-sky-500',
  FIELDWORK: 'bg-amber-500',
  REPORTING: 'bg-violet-500',
  RECTIFICATION: 'bg-orange-500',
  CLOSED: 'bg-emerald-600',
};
