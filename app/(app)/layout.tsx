// The signed-in shell. Every page below also calls requirePageActor with the permission
// it needs; this layout only decides who is signed in and which links to show.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { hasPermission, requireSignedInActor, type Actor } from '@/modules/auth/actor';
import type { Permission } from '@/modules/auth/permissions';
import { AppNav, type NavItem } from '@/components/shell/app-nav';
import { AccountArea } from '@/components/shell/account-area';
import { SearchEntry } from '@/components/shell/search-entry';
import { DraftOwnerProvider } from '@/components/drafts/draft-owner';
import { FieldAppSetup } from '@/components/offline/field-app-setup';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { getDb } from '@/lib/server/db';
import { countUnreadNotifications } from '@/modules/notifications/queries';

type NavLink = {
  href: string;
  key: 'home' | 'campaigns' | 'assessments' | 'reports' | 'siteVisits' | 'findings' | 'checklists' | 'users' | 'audit';
  permission?: Permission;
};

// Add a link here with the permission its page requires; a role without it never sees the link.
const NAV_LINKS: NavLink[] = [
  { href: '/', key: 'home' },
  { href: '/campaigns', key: 'campaigns', permission: 'campaign.manage' },
  { href: '/assessments', key: 'assessments', permission: 'assessment.read' },
  { href: '/reports', key: 'reports', permission: 'report.read' },
  { href: '/site-visits', key: 'siteVisits', permission: 'siteVisit.read' },
  { href: '/findings', key: 'findings', permission: 'finding.read' },
  { href: '/checklists', key: 'checklists', permission: 'campaign.manage' },
  { href: '/users', key: 'users', permission: 'user.manage' },
  { href: '/audit', key: 'audit', permission: 'audit.read' },
];

function visibleLinks(actor: Actor): NavLink[] {
  return NAV_LINKS.filter((link) => !link.permission || hasPermission(actor, link.permission));
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Pages check their own permission (and a pending password change); the shell only needs someone signed in.
  const actor = await requireSignedInActor();
  const t = await getTranslations();
  const items: NavItem[] = visibleLinks(actor).map((link) => ({ href: link.href, label: t(`nav.${link.key}`) }));
  const roles = [...new Set(actor.roles.map((r) => r.role))];
  const unread = actor.mustChangePassword ? 0 : await countUnreadNotifications(getDb(), actor);

  return (
    <DraftOwnerProvider userId={actor.userId}>
    <div className="flex min-h-dvh flex-col">
      <FieldAppSetup userId={actor.userId} />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
      >
        {t('nav.skipToContent')}
      </a>
      <header className="relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
          <Link href="/" className="min-w-0 truncate font-semibold text-slate-900">
            {t('app.name')}
          </Link>
          <div className="flex items-center gap-2">
            {actor.mustChangePassword ? null : <NotificationBell unread={unread} />}
            <AppNav items={items} search={<SearchEntry />} account={<AccountArea displayName={actor.displayName} roles={roles} />} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
    </DraftOwnerProvider>
  );
}
