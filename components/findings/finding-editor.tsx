'use client';

// "Edit" on a draft finding opens the form in place; saving or cancelling closes it.
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FindingForm, type FindingFormValues } from '@/components/findings/finding-form';
import type { PickableRegion } from '@/components/findings/region-picker';

type Indicator = { id: string; code: string; name: string; category: FindingFormValues['category'] & string };

export function FindingEditor({ finding, values, regions, indicators, rootRegionId }: {
  finding: { id: string; version: number };
  values: FindingFormValues;
  regions: PickableRegion[];
  indicators: Indicator[];
  rootRegionId: string;
}) {
  const t = useTranslations('findings.detail');
  const [open, setOpen] = useState(false);
  if (!open) return <Button variant="secondary" onClick={() => setOpen(true)}>{t('edit')}</Button>;
  return (
    <FindingForm target={finding} values={values} options={{ regions, indicators }} rootRegionId={rootRegionId} onDone={() => setOpen(false)} />
  );
}
