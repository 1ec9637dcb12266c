'use client';

// Opens the browser's print dialog (A4; the page's print styles do the rest).
import { Button } from '@/components/ui/button';

export function ReportPrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
