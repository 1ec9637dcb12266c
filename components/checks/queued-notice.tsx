// Shown instead of the form once a check waits in the device's queue for a connection.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FormAlert } from '@/components/ui/form-controls';
import { buttonClasses } from '@/components/ui/button';

export function QueuedNotice({ visitId, message }: { visitId: string; message: string | null }) {
  const t = useTranslations('checks.form');
  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <p className="font-medium">{t('queuedTitle')}</p>
      <p className="text-sm">{t('queuedDescription')}</p>
      <FormAlert message={message} />
      <Link href={`/site-visits/${visitId}/checks`} className={buttonClasses({ variant: 'secondary' })}>
        {t('backToHouseholds')}
      </Link>
    </div>
  );
}
