// Reads of checklist templates for the admins who edit them.
import type { Db } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canEditChecklists } from '@/modules/checklists/access';

/** Household templates first, then by code. */
export async function findTemplates(db: Db, actor: Actor) {
  if (!canEditChecklists(actor)) return [];
  return db.checklistTemplate.findMany({
    orderBy: [{ subject: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, subject: true, minimumSeconds: true, _count: { select: { items: true, checks: true } } },
  });
}

export type TemplateSummary = Awaited<ReturnType<typeof findTemplates>>[number];

/** One template with its items in order and how many answers each has, or null when missing or not editable by the actor. */
export async function getTemplate(db: Db, actor: Actor, id: string) {
  if (!canEditChecklists(actor)) return null;
  return db.checklistTemplate.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      subject: true,
      minimumSeconds: true,
      version: true,
      _count: { select: { checks: true } },
      items: {
        orderBy: [{ position: 'asc' }, { code: 'asc' }],
        select: { id: true, code: true, prompt: true, answerType: true, expected: true, outcomeRole: true, version: true, _count: { select: { answers: true } } },
      },
    },
  });
}

export type TemplateDetail = NonNullable<Awaited<ReturnType<typeof getTemplate>>>;
export type TemplateItem = TemplateDetail['items'][number];
