'use client';

// "Verify now" on /audit: queues a check of the audit chain for the worker; while a check waits or
// runs, the page is refreshed every few seconds so its progress and then its result show up.
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { requestAuditVerificationAction } from '@/modules/audit/actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

const REFRESH_MS = 2_000;

export function VerifyNow({ pending: checkPending }: { pending: boolean }) {
  const t = useTranslations('audit');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();

  useEffect(() => {
    if (!checkPending) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [checkPending, router]);

  async function verify() {
    if (await submit(() => requestAuditVerificationAction({}))) router.refresh();
  }

  return (
    <div className="space-y-2">
      <FormAlert message={failure?.message} />
      <Button variant="secondary" disabled={pending || checkPending} onClick={() => void verify()}>
        {t('verifyNow')}
      </Button>
    </div>
  );
}
