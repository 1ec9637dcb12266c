// The findings of one assessment are the findings list filtered by it; this address is the link
// the assessment hub can use.
import { redirect } from 'next/navigation';

export default async function AssessmentFindingsPage({ params }: { params: Promise<{ id: string }> }) {
  redirect(`/findings?assessment=${encodeURIComponent((await params).id)}`);
}
