'use client';

// Opens the browser's print dialog (choose A4; the page's print styles do the rest).
import { Button } from '@/components/ui/button';

export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
