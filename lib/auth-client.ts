// Signing in and out from the browser: the two requests next-auth's own client makes (a CSRF token,
// then a form POST to /api/auth/…), without that client. next-auth/react and the Babel runtime it
// brings weigh about 14 KB (gzip) on every page that can sign out; the app uses neither its session
// provider nor its hooks (the server reads the session), so these two calls are all it needs.
// docs/decisions/024-javascript-budget.md.

const AUTH_BASE = '/api/auth';

type AuthAnswer = { ok: boolean; status: number; url: string | null };

async function postAuthForm(path: string, fields: Record<string, string>): Promise<AuthAnswer> {
  const csrf = (await (await fetch(`${AUTH_BASE}/csrf`)).json()) as { csrfToken?: string };
  const response = await fetch(`${AUTH_BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    // `json`: next-auth answers with the URL to go to instead of redirecting.
    body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken ?? '', json: 'true' }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  return { ok: response.ok, status: response.status, url: data.url ?? null };
}

export type SignInResult = { ok: boolean; error: string | null };

/** Signs in with the credentials provider; `error` is next-auth's (e.g. CredentialsSignin, or a throttle's message). */
export async function signInWithPassword(username: string, password: string): Promise<SignInResult> {
  const answer = await postAuthForm('/callback/credentials', { username, password, callbackUrl: window.location.href });
  const error = answer.url ? new URL(answer.url, window.location.href).searchParams.get('error') : null;
  return { ok: answer.ok && !error, error: error ?? (answer.ok ? null : 'Unknown') };
}

/** Ends this browser's session, then opens `callbackUrl` (a full load, as next-auth's client does). */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const answer = await postAuthForm('/signout', { callbackUrl });
  window.location.href = answer.url ?? callbackUrl;
}
