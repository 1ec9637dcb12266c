import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Role } from '@/lib/generated/prisma/enums';
import { LocaleSwitch } from '@/components/locale-switch';
import { SignOutButton } from '@/components/shell/sign-out-button';

/** Who is signed in (name and roles), the language switch and sign-out. */
export function AccountArea({ displayName, roles }: { displayName: string; roles: Role[] }) {
  const t = useTranslations('roles');
  const nav = useTranslations('nav');
  const roleLabel = roles.length > 0 ? roles.map((role) => t(role)).join(' · ') : t('none');
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 lg:border-0 lg:pt-0">
      <div className="min-w-0 text-sm leading-tight">
        <p className="truncate font-medium text-slate-900">
          <Link href="/account" className="hover:underline focus-visible:outline-2 focus-visible:outline-blue-600" aria-label={`${displayName} · ${nav('account')}`}>
            {displayName}
          </Link>
        </p>
        <p className="truncate text-xs text-slate-500">{roleLabel}</p>
      </div>
      <LocaleSwitch />
      <SignOutButton />
    </div>
  );
}
