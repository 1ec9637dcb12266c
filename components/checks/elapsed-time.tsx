'use client';

// How long the check has been open, against the template's minimum; ticks every second.
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { formatDuration } from '@/components/checks/duration';

export function ElapsedTime({ startedAt, minimumSeconds }: { startedAt: number; minimumSeconds: number }) {
  const t = useTranslations('checks');
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((now - startedAt) / 1000));
  return (
    <p className="text-sm text-slate-600">
      {t('form.elapsed', { elapsed: formatDuration(t, seconds), minimum: formatDuration(t, minimumSeconds) })}
    </p>
  );
}
