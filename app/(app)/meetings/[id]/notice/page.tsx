// The printable meeting notice (会议通知). On paper only the notice is printed, on A4:
// the app's header and this page's own buttons are hidden by the print rules below.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getMeeting } from '@/modules/meetings/queries';
import { MeetingNotice } from '@/components/meetings/meeting-notice';
import { PrintButton } from '@/components/meetings/print-button';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

// The shell (app/(app)/layout.tsx) is shared; these rules apply only while this page is shown.
const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { background: #fff; }
  body > div > header, a[href="#main"] { display: none !important; }
  #main { max-width: none; padding: 0; }
}`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meetings.notice');
  return { title: t('heading') };
}

export default withClientMessages(['meetings.notice'], MeetingNoticePage);

async function MeetingNoticePage({ params }: Props) {
  const actor = await requirePageActor('meeting.read');
  const { id } = await params;
  const meeting = await getMeeting(getDb(), actor, id);
  if (!meeting) notFound();
  const t = await getTranslations('meetings');
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/meetings/${meeting.id}`} className="text-sm text-blue-700 hover:underline">
          ← {t('notice.back')}
        </Link>
        <PrintButton />
      </div>
      <MeetingNotice meeting={meeting} />
    </>
  );
}
