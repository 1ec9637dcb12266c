import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * The container of a wide table: it scrolls sideways on a narrow screen instead of the page, and
 * it is a named, focusable region so that a keyboard user can reach it and scroll it with the
 * arrow keys (a mouse or touch user simply drags).
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn('overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600', className)}>
      {children}
    </div>
  );
}
