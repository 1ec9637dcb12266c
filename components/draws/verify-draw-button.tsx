'use client';

// Re-runs a recorded draw on the server from the record alone and shows whether it matches.
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { verifyDrawAction } from '@/modules/draws/actions';
import type { NamedPairing } from '@/modules/draws/rules';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { PairingList } from '@/components/draws/pairing-list';

type Check = { status: 'MATCH' | 'MISMATCH' | 'UNKNOWN_METHOD' | 'REFUSED' | 'UNREADABLE'; missing: NamedPairing[]; extra: NamedPairing[] };

export function VerifyDrawButton({ drawId }: { drawId: string }) {
  const t = useTranslations('draws.verify');
  const { pending, failure, submit } = useSubmit();
  const [check, setCheck] = useState<Check | null>(null);

  async function onVerify() {
    setCheck(null);
    const result = await submit(() => verifyDrawAction({ drawId }));
    if (result) setCheck(result);
  }

  return (
    <div className="space-y-2">
      <Button size="sm" variant="secondary" onClick={onVerify} disabled={pending}>
        {pending ? t('verifying') : t('button')}
      </Button>
      <FormAlert message={failure?.message} />
      {check ? (
        <div
          role="status"
          className={cn(
            'rounded-md border px-3 py-2 text-sm',
            check.status === 'MATCH' ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-900',
          )}
        >
          <p className="font-medium">{t(check.status)}</p>
          {check.missing.length > 0 ? (
            <>
              <p className="mt-1">{t('missing')}</p>
              <PairingList pairings={check.missing} />
            </>
          ) : null}
          {check.extra.length > 0 ? (
            <>
              <p className="mt-1">{t('extra')}</p>
              <PairingList pairings={check.extra} />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
