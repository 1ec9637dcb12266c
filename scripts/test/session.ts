// Who the integration tests' mocked session says is signed in.
export const signedInUser: { id: string | null } = { id: null };

export function signInAs(user: { id: string } | null): void {
  signedInUser.id = user?.id ?? null;
}
