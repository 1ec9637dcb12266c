// A finding's status, severity and overdue state as coloured, translated badges, the same everywhere.
import { useTranslations } from 'next-intl';
import type { FindingSeverity, FindingStatus } from '@/lib/generated/prisma/enums';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const STATUS_TONE: Record<FindingStatus, BadgeTone> = {
  DRAFT: 'neutral',
  CONFIRMED: 'sky',
  ISSUED: 'blue',
  APPEALED: 'violet',
  PLAN_SUBMITTED: 'amber',
  PROOF_SUBMITTED: 'orange',
  CLOSED: 'green',
  WITHDRAWN: 'neutral',
};

const SEVERITY_TONE: Record<FindingSeverity, BadgeTone> = { GENERAL: 'neutral', SERIOUS: 'orange', CRITICAL: 'red' };

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const t = useTranslations('findings.status');
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const t = useTranslations('findings.severity');
  return <Badge tone={SEVERITY_TONE[severity]}>{t(severity)}</Badge>;
}

export function OverdueBadge() {
  const t = useTranslations('findings');
  return <Badge tone="red">{t('overdue')}</Badge>;
}
