// Integration tests start from the demo data set (idempotent, so every file may load it)
// and turn demo users into actors the same way a request does.
import { getDb } from '@/lib/server/db';
import { loadActor, type Actor } from '@/modules/auth/actor';
import { seedDemo } from '@/seeds/demo';

export type Demo = Awaited<ReturnType<typeof seedDemo>>;

let demo: Promise<Demo> | undefined;

export function loadDemo(): Promise<Demo> {
  demo ??= seedDemo(getDb());
  return demo;
}

export async function actorOf(user: { id: string }): Promise<Actor> {
  const actor = await loadActor(getDb(), user.id);
  if (!actor) throw new Error(`no actor for ${user.id}`);
  return actor;
}
