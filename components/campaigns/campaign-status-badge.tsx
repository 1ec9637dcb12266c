import { useTranslations } from 'next-intl';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { Badge, type BadgeTone } from '@/components/ui/badge';

// The same colours as the campaign cards on the admin's home page.
const CAMPAIGN_STATUS_TONE: Record<CampaignStatus, BadgeTone> = { DRAFT: 'neutral', ACTIVE: 'blue', CLOSED: 'green' };

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const t = useTranslations('campaignStatus');
  return <Badge tone={CAMPAIGN_STATUS_TONE[status]}>{t(status)}</Badge>;
}
