'use client';

// Who is signed in, for keying unsaved input kept in the browser: on a shared computer one
// user's input is never offered to the next.
import { createContext, useContext, type ReactNode } from 'react';

const DraftOwner = createContext<string | null>(null);

export function DraftOwnerProvider({ userId, children }: { userId: string; children: ReactNode }) {
  return <DraftOwner.Provider value={userId}>{children}</DraftOwner.Provider>;
}

/** The signed-in user's id; null outside the signed-in shell (nothing is kept then). */
export function useDraftOwner(): string | null {
  return useContext(DraftOwner);
}
