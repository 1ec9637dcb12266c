// getActor(): who is asking, with roles read fresh from the database per request.
// Every page, action and route handler starts here; nothing else reads the session.
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import type { Role } from '@/lib/generated/prisma/enums';
import { getDb, type Db } from '@/lib/server/db';
import { AppError } from '@/lib/app-error';
import { getSessionUserId } from '@/modules/auth/session';
import { roleHasPermission, type Permission } from '@/modules/auth/permissions';

export type ActorRole = {
  role: Role;
  /** Set for OFFICIAL: the region and its path (for "this region and below"). */
  regionId: string | null;
  regionPath: string | null;
  /** Set for GROUP_LEADER and ASSESSOR. */
  groupId: string | null;
};

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  roles: ActorRole[];
};

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      isActive: true,
      roleAssignments: { select: { role: true, regionId: true, groupId: true, region: { select: { path: true } } } },
    },
  });
  if (!user?.isActive) return null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roleAssignments.map((a) => ({
      role: a.role,
      regionId: a.regionId,
      regionPath: a.region?.path ?? null,
      groupId: a.groupId,
    })),
  };
}

/** The signed-in actor, or null. Cached for the duration of one request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const userId = await getSessionUserId();
  return userId ? loadActor(getDb(), userId) : null;
});

/** For actions and route handlers: throws UNAUTHENTICATED when nobody is signed in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/** For pages: sends anonymous users to sign in, and hides pages the actor may not use. */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (permission && !hasPermission(actor, permission)) notFound();
  return actor;
}

/** The actor's role assignments that grant a permission. */
export function rolesWith(actor: Actor, permission: Permission): ActorRole[] {
  return actor.roles.filter((r) => roleHasPermission(r.role, permission));
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return rolesWith(actor, permission).length > 0;
}

export function isAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'ADMIN');
}
