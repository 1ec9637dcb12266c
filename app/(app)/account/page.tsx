// One's own account: change the password (required after an admin's reset), the e-mail address for
// notifications, see the browsers signed in, and sign out everywhere. The one page a pending password change does not redirect from.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requireSignedInActor } from '@/modules/auth/actor';
import { findOwnSessions, getOwnEmail } from '@/modules/account/queries';
import { Card } from '@/components/ui/card';
import { EmailForm } from '@/components/account/email-form';
import { PasswordChangeForm } from '@/components/account/password-change-form';
import { SessionList } from '@/components/account/session-list';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default withClientMessages(['account.email', 'account.password', 'account.sessions', 'errors', 'offline.signOut'], AccountPage);

async function AccountPage() {
  const actor = await requireSignedInActor();
  const t = await getTranslations('account');
  const [sessions, own] = await Promise.all([findOwnSessions(getDb(), actor), getOwnEmail(getDb(), actor)]);

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">{t('title')}</h1>
      {actor.mustChangePassword ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('mustChange')}
        </p>
      ) : null}
      <Card>
        <h2 className="mb-1 font-semibold text-slate-900">{t('password.title')}</h2>
        <p className="mb-4 text-sm text-slate-600">{t('password.rules')}</p>
        <PasswordChangeForm required={actor.mustChangePassword} />
      </Card>
      {own ? (
        <Card>
          <h2 className="mb-1 font-semibold text-slate-900">{t('email.title')}</h2>
          <p className="mb-4 text-sm text-slate-600">{t('email.description')}</p>
          <EmailForm email={own.email} version={own.version} />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-1 font-semibold text-slate-900">{t('sessions.title')}</h2>
        <p className="mb-4 text-sm text-slate-600">{t('sessions.description')}</p>
        <SessionList sessions={sessions} />
      </Card>
    </div>
  );
}
