import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/modules/auth/actor';
import { safeCallbackUrl } from '@/modules/auth/callback-url';
import { LoginForm } from '@/components/login-form';
import { LocaleSwitch } from '@/components/locale-switch';
import { Card } from '@/components/ui/card';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}


export default withClientMessages(['locale', 'login'], LoginPage);

async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);

  const t = await getTranslations();
  // next-auth sends its own failures here as ?error=… (pages.error is /login).
  const initialError = params.error
    ? t(params.error === 'CredentialsSignin' ? 'login.invalidCredentials' : 'login.failed')
    : undefined;

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end">
          <LocaleSwitch />
        </div>
        <Card className="p-6 sm:p-8">
          <h1 className="text-xl font-semibold text-slate-900">{t('app.name')}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{t('login.subtitle')}</p>
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        </Card>
        <p className="mt-4 text-center text-xs text-slate-500">{t('login.help')}</p>
      </div>
    </main>
  );
}
