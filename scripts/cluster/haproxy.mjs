// The local cluster's load balancer: HAProxy from Debian's package, on a free loopback port. It
// checks GET /api/ready on every app server each second and takes one out after two failures (so a
// server that turns 503 while it drains gets no new request), retries a connection that was
// refused on another server, names the server that answered in X-Served-By and gives every request
// an X-Request-Id. Open-source nginx only notices a dead server from failed requests, which is why
// HAProxy. Counts per server come from its stats socket.
import { spawn } from 'node:child_process';
import { accessSync, constants, openSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const HAPROXY_INSTALL = 'apt-get install -y haproxy';

/** The haproxy program on PATH or in /usr/sbin (not on an ordinary user's PATH), or null. */
export function findHaproxy() {
  const folders = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const folder of folders.filter(Boolean)) {
    const file = path.join(folder, 'haproxy');
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** The configuration: `servers` as [{ name, port }], all on 127.0.0.1. */
export function haproxyConfig({ port, servers, socket }) {
  return `global
  maxconn 2000
  stats socket ${socket} mode 600 level admin

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-keep-alive 10s
  # A refused connection (a server that closed its port) is tried again on another server: the
  # request never reached the first one. Nothing else is retried: a POST may have been applied.
  retries 3
  retry-on conn-failure
  option redispatch 1

frontend web
  bind 127.0.0.1:${port}
  # The app trusts one proxy hop (TRUSTED_PROXY_HOPS=1): the client's own header is replaced.
  http-request del-header X-Forwarded-For
  option forwardfor
  http-request set-header X-Request-Id %[uuid()] unless { req.hdr(x-request-id) -m found }
  default_backend app

backend app
  balance roundrobin
  option httpchk
  http-check send meth GET uri /api/ready
  http-check expect status 200
  default-server check inter 1s fall 2 rise 2
  http-response set-header X-Served-By %[srv_name]
${servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port}`).join('\n')}
`;
}

async function ask(socket, command) {
  return new Promise((resolve, reject) => {
    let text = '';
    const connection = net.connect(socket, () => connection.end(`${command}\n`));
    connection.on('data', (chunk) => (text += chunk));
    connection.on('end', () => resolve(text));
    connection.on('error', reject);
  });
}

/** Per app server: HAProxy's status (UP, DOWN…) and the responses it passed on. */
export async function serverStats(socket) {
  const [header, ...lines] = (await ask(socket, 'show stat')).trim().split('\n');
  const names = header.replace(/^# /, '').split(',');
  return lines
    .map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i], value])))
    .filter((row) => row.pxname === 'app' && !['FRONTEND', 'BACKEND'].includes(row.svname))
    .map((row) => ({
      name: row.svname,
      status: row.status,
      responses: ['1xx', '2xx', '3xx', '4xx', '5xx', 'other'].reduce((sum, c) => sum + Number(row[`hrsp_${c}`] || 0), 0),
      errors: Number(row.eresp || 0) + Number(row.econ || 0),
      retries: Number(row.wretr || 0),
      redispatches: Number(row.wredis || 0),
    }));
}

/**
 * Starts HAProxy in the foreground, in its own process group, with its output in `dir`/haproxy.log;
 * resolves once the configuration was accepted and the stats socket answers.
 */
export async function startHaproxy({ binary, dir, port, servers }) {
  const socket = path.join(dir, 'haproxy.sock');
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(config, haproxyConfig({ port, servers, socket }));
  const log = openSync(path.join(dir, 'haproxy.log'), 'a');
  const child = spawn(binary, ['-db', '-f', config], { detached: true, stdio: ['ignore', log, log] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}): see ${path.join(dir, 'haproxy.log')}`);
    try {
      await serverStats(socket);
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`haproxy's stats socket does not answer: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => serverStats(socket),
    /** Resolves once HAProxy's checks have put the server in (it starts out, and needs two good checks). */
    waitUntilUp: async (name, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while ((await serverStats(socket)).find((s) => s.name === name)?.status !== 'UP') {
        if (Date.now() > deadline) throw new Error(`HAProxy has not taken ${name} in within ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
