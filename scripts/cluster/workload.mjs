// The cluster's mixed load through the balancer. Demo users sign in and load their pages (found as
// scripts/load-mixed.mjs finds them) while the assessors record findings, each with a marker of its
// own in its text, and attach a small photo (unique bytes) to every other one, so that object storage
// is written. Every HTTP answer is kept with the replica that gave it (X-Served-By, set by the
// balancer), and every operation with its times and outcome, for the report.
import { createHash, randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { BrowserSession, LoadFailure } from '../load/browser-session.mjs';
import { discoverPages, findingForm } from '../load/demo-pages.mjs';

const READERS = ['zhaoqing', 'admin', 'fengkai', 'huaiji'];
const WRITERS = ['assessor6', 'leader6'];
const PASSWORD = 'demo-2019';

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A valid 8×8 RGB PNG of random pixels: no metadata for the upload pipeline to strip. */
export function uniquePng() {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(8 + data.length + 4);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.from([0, 0, 0, 8, 0, 0, 0, 8, 8, 2, 0, 0, 0]);
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.concat([Buffer.from([0]), randomBytes(24)])));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A BrowserSession that records which replica answered each request. */
export class TrackedSession extends BrowserSession {
  constructor(baseUrl, username, answers = []) {
    super(baseUrl, username);
    this.answers = answers;
  }

  async request(pathname, init = {}) {
    const response = await super.request(pathname, init);
    this.answers.push({ at: Date.now(), status: response.status, servedBy: response.headers.get('x-served-by') });
    return response;
  }
}

/** Uploads a photo as evidence of a draft finding (as the evidence panel does); returns the stored attachment. */
export async function uploadPhoto(session, findingId, fileName) {
  const photo = uniquePng();
  const body = new FormData();
  body.append('file', new Blob([photo], { type: 'image/png' }), fileName);
  const response = await session.request(`/api/findings/${findingId}/evidence`, { method: 'POST', body });
  const result = await response.json();
  if (!result.ok) throw new LoadFailure(`${session.username} evidence: HTTP ${response.status} ${result.code}`);
  return { findingId, attachmentId: result.data.id, sha256: sha256(photo), servedBy: response.headers.get('x-served-by'), session };
}

/**
 * Signs the users in and returns `stop()`, which ends the load after the operations in hand and
 * resolves with { answers, operations, writes, uploads }. A write is `acknowledged` once its action
 * answered; an operation's `error` is the failure's text.
 */
export async function startWorkload({ baseUrl, runId }) {
  const answers = [];
  const operations = [];
  const writes = [];
  const uploads = [];
  let stopping = false;
  const op = async (kind, fn) => {
    const entry = { kind, started: Date.now() };
    operations.push(entry);
    try {
      return await fn();
    } catch (error) {
      entry.error = error instanceof LoadFailure ? error.message : `${error.message} ${error.cause?.code ?? ''}`.trim();
      return undefined;
    } finally {
      entry.ended = Date.now();
    }
  };
  const users = await Promise.all(
    [...WRITERS, ...READERS].map(async (username) => {
      const session = new TrackedSession(baseUrl, username, answers);
      await session.signIn(PASSWORD);
      const pages = await discoverPages(session);
      return { session, pages, form: WRITERS.includes(username) ? await findingForm(session, pages) : null };
    }),
  );

  async function write({ session, form }, n) {
    const marker = `${runId}-${session.username}-${n}`;
    const entry = { marker, acknowledged: false };
    writes.push(entry);
    const input = { ...form.fields, title: `集群负载 ${marker}`, description: marker, assessmentId: form.assessmentId, checkId: null, siteVisitId: '' };
    const created = await op('write', () => session.callAction(form.page, 'createFindingAction', input));
    if (!created) return;
    Object.assign(entry, { acknowledged: true, findingId: created.id });
    if (n % 2 === 1) {
      const upload = await op('upload', () => uploadPhoto(session, created.id, `${marker}.png`));
      if (upload) uploads.push(upload);
    }
    await op('page', async () => {
      if (!(await session.loadPage(`/findings/${created.id}`)).includes(marker)) throw new LoadFailure(`${session.username}: a new finding's page does not show it`);
    });
  }

  async function loop(user) {
    for (let n = 1; !stopping; n++) {
      if (user.form) await write(user, n);
      for (const page of user.form ? user.pages.slice(0, 2) : user.pages) {
        if (!stopping) await op('page', () => user.session.loadPage(page));
      }
    }
  }

  const running = Promise.all(users.map(loop));
  return {
    stop: async () => {
      stopping = true;
      await running;
      return { answers, operations, writes, uploads };
    },
  };
}
