// Reads for user administration (admins only; anyone else gets nothing): the searchable list of
// people, one person with roles and recent history, and the choices for home region and scope.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { findEntityHistory } from '@/modules/audit/queries';
import { canManageUsers } from '@/modules/users/access';
import type { FindPeopleArgs } from '@/modules/users/schema';

export const PEOPLE_PAGE_SIZE = 50;
const HISTORY_SIZE = 30;

function peopleWhere({ q, status, role }: FindPeopleArgs): Prisma.UserWhereInput {
  const contains = { contains: q, mode: 'insensitive' } as const;
  return {
    ...(status === 'all' ? {} : { isActive: status === 'active' }),
    ...(role ? { roleAssignments: { some: { role } } } : {}),
    ...(q ? { OR: [{ username: contains }, { displayName: contains }, { title: contains }, { homeRegion: { name: contains } }] } : {}),
  };
}

/** One page in username order (unique, so the last username on a page is the key of the next). */
export async function findPeople(db: Db, actor: Actor, args: FindPeopleArgs) {
  if (!canManageUsers(actor)) return { people: [], nextAfter: null };
  const rows = await db.user.findMany({
    where: { ...peopleWhere(args), ...(args.after ? { username: { gt: args.after } } : {}) },
    orderBy: { username: 'asc' },
    take: PEOPLE_PAGE_SIZE + 1,
    select: {
      id: true,
      username: true,
      displayName: true,
      title: true,
      isActive: true,
      homeRegion: { select: { name: true } },
      roleAssignments: { select: { role: true }, orderBy: { role: 'asc' } },
    },
  });
  const people = rows.slice(0, PEOPLE_PAGE_SIZE).map(({ roleAssignments, ...p }) => ({ ...p, roles: [...new Set(roleAssignments.map((a) => a.role))] }));
  return { people, nextAfter: rows.length > PEOPLE_PAGE_SIZE ? people[people.length - 1]!.username : null };
}

export type PersonRow = Awaited<ReturnType<typeof findPeople>>['people'][number];

export async function getPerson(db: Db, actor: Actor, id: string) {
  if (!canManageUsers(actor)) return null;
  const person = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      title: true,
      homeRegionId: true,
      email: true,
      isActive: true,
      mustChangePassword: true,
      version: true,
      createdAt: true,
      roleAssignments: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          role: true,
          region: { select: { name: true } },
          group: { select: { number: true, name: true, campaign: { select: { name: true } } } },
        },
      },
      _count: { select: { sessions: { where: { revokedAt: null } } } },
    },
  });
  if (!person) return null;
  const history = (await findEntityHistory(db, 'User', id)).slice(0, HISTORY_SIZE);
  return { ...person, openSessions: person._count.sessions, history };
}

export type Person = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

/** Regions for home and official scope (down to towns, in tree order); groups of campaigns not yet closed. */
export async function findScopeOptions(db: Db, actor: Actor) {
  if (!canManageUsers(actor)) return { regions: [], groups: [] };
  const [regions, groups] = await Promise.all([
    db.region.findMany({
      where: { level: { in: ['PROVINCE', 'CITY', 'COUNTY', 'TOWN'] } },
      orderBy: { path: 'asc' },
      select: { id: true, name: true, level: true },
      take: 5000,
    }),
    db.assessmentGroup.findMany({
      where: { campaign: { status: { not: 'CLOSED' } } },
      orderBy: [{ campaign: { year: 'desc' } }, { number: 'asc' }],
      select: { id: true, number: true, name: true, campaign: { select: { name: true } } },
      take: 1000,
    }),
  ]);
  return { regions, groups };
}

export type ScopeOptions = Awaited<ReturnType<typeof findScopeOptions>>;
