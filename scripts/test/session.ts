// Who the integration tests' mocked session says is signed in, and through which session row.
export const signedInUser: { id: string | null; sessionId: string | null } = { id: null, sessionId: null };

export function signInAs(user: { id: string } | null, sessionId: string | null = null): void {
  signedInUser.id = user?.id ?? null;
  signedInUser.sessionId = sessionId;
}
