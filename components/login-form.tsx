'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { signInWithPassword } from '@/lib/auth-client';
import { throttledUntil } from '@/modules/auth/sign-in-errors';

const INPUT =
  'mt-1 block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 ' +
  'focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-blue-600';

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations('login');
  const format = useFormatter();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(initialError);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signInWithPassword(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
      if (result.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      // One message for unknown user and wrong password, so the form does not reveal which usernames exist.
      const retryAt = throttledUntil(result.error);
      if (retryAt) {
        const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
        setError(t('throttled', { time: format.dateTime(retryAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }), seconds }));
      } else {
        setError(result.error === 'CredentialsSignin' ? t('invalidCredentials') : t('failed'));
      }
    } catch {
      setError(t('failed'));
    }
    setPending(false);
    // Most failures are a mistyped password: let the user retype it straight away.
    passwordRef.current?.select();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-800">
          {t('username')}
        </label>
        <input
          id="username"
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={100}
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t('password')}
        </label>
        <input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          className={INPUT}
        />
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
