import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export type BadgeTone = 'neutral' | 'blue' | 'sky' | 'amber' | 'violet' | 'orange' | 'green' | 'red';

// Dark text on a light tint: readable (WCAG AA) in every tone.
const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  blue: 'bg-blue-50 text-blue-800 ring-blue-200',
  sky: 'bg-sky-50 text-sky-800 ring-sky-200',
  amber: 'bg-amber-50 text-amber-800 ring-amber-200',
  violet: 'bg-violet-50 text-violet-800 ring-violet-200',
  orange: 'bg-orange-50 text-orange-800 ring-orange-200',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  red: 'bg-red-50 text-red-800 ring-red-200',
};

/** `wrap`: a sentence rather than a word, which must wrap to fit a narrow screen. */
export function Badge({ tone = 'neutral', wrap = false, className, children }: { tone?: BadgeTone; wrap?: boolean; className?: string; children: ReactNode }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        wrap ? 'whitespace-normal' : 'whitespace-nowrap',
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
