// A signed-in user as the load script sees one: the HTTP calls a browser makes, with its cookies.
// Signs in through next-auth's credentials flow, loads pages, and calls server actions the way the
// React client does (POST to the page with a `Next-Action` header and the arguments as JSON).

/** A page load or action call that did not give the answer a signed-in user should get. */
export class LoadFailure extends Error {}

export class BrowserSession {
  constructor(baseUrl, username) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.username = username;
    this.cookies = new Map();
    this.actionIds = new Map();
  }

  async request(pathname, init = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  }

  async signIn(password) {
    const { csrfToken } = await (await this.request('/api/auth/csrf')).json();
    const response = await this.request('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, username: this.username, password, callbackUrl: `${this.baseUrl}/`, json: 'true' }),
    });
    await response.arrayBuffer();
    const session = await (await this.request('/api/auth/session')).json();
    if (!session?.user) throw new LoadFailure(`${this.username} could not sign in (status ${response.status})`);
  }

  /** The page's HTML; anything but 200 (a redirect to /login included) is a failure. */
  async loadPage(pathname) {
    const response = await this.request(pathname);
    const html = await response.text();
    if (response.status !== 200) {
      const to = response.headers.get('location');
      throw new LoadFailure(`${this.username} GET ${pathname}: ${response.status}${to ? ` → ${to}` : ''}`);
    }
    return html;
  }

  /** Learns the ids of the server actions that the page's client code calls, by their export name. */
  async learnActions(pathname) {
    const html = await this.loadPage(pathname);
    const chunks = [...html.matchAll(/<script src="([^"]+\.js)"/g)].map((m) => m[1]);
    for (const chunk of new Set(chunks)) {
      const code = await (await fetch(`${this.baseUrl}${chunk}`)).text();
      for (const m of code.matchAll(/createServerReference\)\("([0-9a-f]+)",[^"]*?"(\w+)"\)/g)) this.actionIds.set(m[2], m[1]);
    }
  }

  /** Calls a server action as the page at `pathname` would; returns its result's `data`. */
  async callAction(pathname, name, input) {
    const id = this.actionIds.get(name);
    if (!id) throw new LoadFailure(`server action ${name} not found in the client code of ${pathname}`);
    const response = await this.request(pathname, {
      method: 'POST',
      headers: { 'next-action': id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: this.baseUrl },
      body: JSON.stringify([input]),
    });
    const body = await response.text();
    if (response.status !== 200) throw new LoadFailure(`${this.username} ${name}: HTTP ${response.status}`);
    // The answer is a React flight stream, one `<row id>:<JSON>` per line; the action's result is
    // the row holding an ActionResult.
    for (const line of body.split('\n')) {
      const json = line.slice(line.indexOf(':') + 1);
      if (!json.startsWith('{')) continue;
      const value = JSON.parse(json);
      if (value && typeof value === 'object' && 'ok' in value) {
        if (value.ok) return value.data;
        throw new LoadFailure(`${this.username} ${name}: ${value.code} ${value.message}`);
      }
    }
    throw new LoadFailure(`${this.username} ${name}: no result in the answer`);
  }
}
