'use client';

// A link to a file answered by one of the app's download routes (lib/server/file-route.ts). A plain
// <a download> turns an error answer (session ended, record gone, a refused filter) into a silently
// cancelled download; this link fetches the file itself, saves it under the name the answer gives,
// and shows a refusal's message beside the link. Without JavaScript it is still a plain download link.
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { fileNameOf } from '@/lib/content-disposition';
import { cn } from '@/components/ui/cn';

/** What the page shows of a refused download; `signIn` is the login link after a 401, back to this page. */
type Failure = { message: string; details: string[]; signIn: string | null };

export function DownloadLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const t = useTranslations('download');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  // A ref, not the state: a double click arrives before the re-render that would show `pending`.
  const busy = useRef(false);

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // A modified or middle click keeps the browser's own meaning (new tab, save link as…).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setFailure(null);
    try {
      const response = await fetch(href, { credentials: 'same-origin', cache: 'no-store' });
      if (response.ok) saveFile(await response.blob(), fileNameOf(response.headers.get('Content-Disposition')) ?? 'download');
      else setFailure(await failureOf(response));
    } catch {
      setFailure({ message: t('offline'), details: [], signIn: null });
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  async function failureOf(response: Response): Promise<Failure> {
    const body = (await response.json().catch(() => null)) as { message?: unknown; fieldErrors?: Record<string, unknown> } | null;
    const message = typeof body?.message === 'string' && body.message ? body.message : t('failed', { status: response.status });
    const details = Object.values(body?.fieldErrors ?? {})
      .flat()
      .filter((d): d is string => typeof d === 'string');
    const back = `${window.location.pathname}${window.location.search}`;
    return { message, details, signIn: response.status === 401 ? `/login?callbackUrl=${encodeURIComponent(back)}` : null };
  }

  return (
    <span className="inline-flex max-w-full min-w-0 flex-col items-start gap-1">
      <a href={href} download onClick={onClick} aria-disabled={pending || undefined} className={cn(className, pending && 'cursor-progress opacity-70')}>
        {children}
      </a>
      <span role="status" className={cn('text-sm text-slate-600', !pending && 'sr-only')}>
        {pending ? t('preparing') : ''}
      </span>
      {failure ? (
        <span role="alert" className="block max-w-xs rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words whitespace-normal text-red-800">
          {failure.message}
          {failure.details.map((d, i) => (
            <span key={i} className="block">
              {d}
            </span>
          ))}
          {failure.signIn ? (
            <a href={failure.signIn} className="mt-1 block font-medium underline">
              {t('signIn')}
            </a>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

