// The part of the message catalogue that client components render. Server components translate on
// the server; of the rest, each page hands the browser only what its own client components ask for
// (withClientMessages, components/i18n/with-client-messages.tsx), and the root layout only what the
// shell's do. One catalogue subset for every page cost each request 51 KB of payload and about
// 10 ms of the server's CPU. client-messages.test.ts reads every translator of the client code a
// page or layout loads, and fails when its list lacks a namespace or key they ask for, or lists one
// nobody asks for.
import type { AbstractIntlMessages } from 'next-intl';

/** Namespaces and sub-namespaces (dotted) that the shell's client components use, from the root layout. */
export const SHELL_MESSAGE_PATHS: readonly string[] = ['errorPage', 'locale', 'nav', 'offline.outbox', 'offline.signOut'];

type Tree = { [key: string]: string | Tree };

/** The catalogue's messages under `paths` (each with everything below it), in the catalogue's shape. */
export function pickClientMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: string | Tree | undefined = messages as Tree;
    let to = picked;
    keys.forEach((key, i) => {
      from = typeof from === 'object' ? from[key] : undefined;
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Tree;
    });
  }
  return picked;
}
