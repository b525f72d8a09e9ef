/**
 * Debian's nginx for the tests: found on PATH or in /usr/sbin, installed with apt-get on Debian
 * as root (like Chromium, scripts/lib/chromium.ts), and a clear failure anywhere else — the
 * server tests are never skipped silently. `startNginx` runs the shipped configuration
 * (deploy/nginx/etalase.conf) as an ordinary foreground process on a free loopback port, with
 * its own prefix, pid file and temp folders, pointed at a built site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianTool } from './debian-tool.ts';

/** Returns the path of the nginx binary, installing Debian's package when it can. */
export function ensureNginx(log: (line: string) => void = console.log): string {
  return ensureDebianTool(
    {
      name: 'nginx',
      debPackage: 'nginx',
      candidates: ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'],
      envVar: 'NGINX_PATH',
      neededBy: 'the server tests',
      elsewhere: 'install nginx and set NGINX_PATH=/path/to/nginx',
    },
    log,
  );
}

/** The server block shipped for the province's server (docs/deploy.md). */
export const SHIPPED_CONFIG = fileURLToPath(
  new URL('../../deploy/nginx/etalase.conf', import.meta.url),
);

/**
 * The shipped server block pointed at `root` and `port`: its `listen`, `root` and `include`
 * lines are replaced (each must be there exactly once, so a changed file fails loudly here).
 */
export function configFor(
  shipped: string,
  opts: {
    root: string;
    port: number;
    /** Folder for the server's own files (access and error logs). */
    prefix?: string;
    /** Folder served at /statistik/ (the campaign report) and its password file. */
    stats?: { root: string; htpasswd: string };
  },
): string {
  const root = resolve(opts.root);
  const replace = (text: string, pattern: RegExp, line: string, what: string): string => {
    const matches = text.match(new RegExp(pattern.source, 'gm'));
    if (matches?.length !== 1)
      throw new Error(
        `deploy/nginx/etalase.conf: expected one ${what} line, found ${matches?.length ?? 0}`,
      );
    return text.replace(new RegExp(pattern.source, 'm'), line);
  };
  let conf = shipped.replace(/^\s*listen \[::\]:80;\s*$/m, '');
  conf = replace(conf, /^\s*listen 80;\s*$/, `    listen 127.0.0.1:${opts.port};`, '"listen 80;"');
  conf = replace(conf, /^\s*root \S+;\s*$/, `    root ${root};`, 'root');
  conf = replace(
    conf,
    /^\s*include \S+\/_nginx\.conf;\s*$/,
    `    include ${join(root, '_nginx.conf')};`,
    'include …/_nginx.conf',
  );
  const prefix = resolve(opts.prefix ?? root);
  conf = replace(
    conf,
    /^\s*access_log \S+ etalase_stats;\s*$/,
    `    access_log ${join(prefix, 'logs/etalase.access.log')} etalase_stats;`,
    'access_log … etalase_stats',
  );
  conf = replace(
    conf,
    /^\s*error_log \S+ crit;\s*$/,
    `    error_log ${join(prefix, 'logs/etalase.error.log')} crit;`,
    'error_log … crit',
  );
  if (opts.stats) {
    conf = replace(
      conf,
      /^\s*alias \S+etalase-stats\S*;\s*$/,
      `        alias ${resolve(opts.stats.root)}/;`,
      'alias …etalase-stats…',
    );
    conf = replace(
      conf,
      /^\s*auth_basic_user_file \S+;\s*$/,
      `        auth_basic_user_file ${resolve(opts.stats.htpasswd)};`,
      'auth_basic_user_file',
    );
  }
  return conf;
}

export interface RunningNginx {
  origin: string;
  port: number;
  /** The access log this server writes (the shipped etalase_stats format). */
  accessLog: string;
  /** The main configuration file nginx runs with (for messages). */
  config: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** nginx could not listen because another process took the port first. */
class PortTaken extends Error {}

/**
 * Waits until this nginx answers on `port`. A free port is only free when it was asked for:
 * another process (a test running beside this one) may take it before nginx listens. Then
 * nginx stops on its bind error, or something else answers: both are reported as `PortTaken`.
 */
async function waitForNginx(
  port: number,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const text = stderr();
      if (/Address already in use/.test(text)) throw new PortTaken(text);
      throw new Error(`nginx exited (${child.exitCode}):\n${text}`);
    }
    let server: string | null | undefined;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      await response.body?.cancel();
      server = response.headers.get('server');
    } catch {
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    // Something answered: it is this nginx only if it says so and the process still runs.
    await new Promise((r) => setTimeout(r, 50));
    if (child.exitCode === null && server?.startsWith('nginx')) return;
    throw new PortTaken(`port ${port} answered by ${server ?? 'another server'}`);
  }
  throw new Error(`nginx did not answer on port ${port}:\n${stderr()}`);
}

/**
 * Starts nginx in the foreground on a free loopback port, serving `root` (a built site with its
 * generated `_nginx.conf`) through the shipped server block. Unprivileged-friendly: every path
 * nginx writes is in a temp folder. As root (CI), workers stay root rather than `nobody`: a
 * checkout under /root or a private temp folder is not readable by `nobody`, and this server
 * only listens on loopback for the length of a test.
 */
export async function startNginx(
  root: string,
  opts: {
    binary?: string;
    shipped?: string;
    /** The report folder served at /statistik/ and its password file (docs/deploy.md). */
    stats?: { root: string; htpasswd: string };
  } = {},
): Promise<RunningNginx> {
  const binary = opts.binary ?? ensureNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'etalase-nginx-'));
  for (const dir of ['logs', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi'])
    mkdirSync(join(prefix, dir), { recursive: true });
  // Without a report folder, /statistik/ points at an empty folder and a password file with
  // no user: it answers 401, like a server where the report was never set up.
  const stats = opts.stats ?? {
    root: join(prefix, 'statistik'),
    htpasswd: join(prefix, 'etalase-stats.htpasswd'),
  };
  if (!opts.stats) {
    mkdirSync(stats.root);
    writeFileSync(stats.htpasswd, '');
  }
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find(existsSync);
  if (!mime) throw new Error('nginx mime.types not found (expected /etc/nginx/mime.types)');
  // A few tries: the free port may be taken by another test before nginx listens on it.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const { child, config } = launch(port);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await waitForNginx(port, child, () => stderr + readLog(prefix));
    } catch (error) {
      if (child.exitCode === null) child.kill('SIGKILL');
      if (error instanceof PortTaken && attempt < 5) continue;
      throw error;
    }
    return running(port, child, config);
  }

  function launch(port: number): { child: ChildProcess; config: string } {
    const server = configFor(opts.shipped ?? readFileSync(SHIPPED_CONFIG, 'utf8'), {
      root,
      port,
      prefix,
      stats,
    });
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const main = `# Written by scripts/lib/nginx.ts for a test run.
${isRoot ? 'user root root;' : ''}
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs/error.log')} warn;
events { worker_connections 256; }
http {
    include ${mime};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${join(prefix, 'tmp/body')};
    proxy_temp_path ${join(prefix, 'tmp/proxy')};
    fastcgi_temp_path ${join(prefix, 'tmp/fastcgi')};
    uwsgi_temp_path ${join(prefix, 'tmp/uwsgi')};
    scgi_temp_path ${join(prefix, 'tmp/scgi')};
${server}
}
`;
    const config = join(prefix, 'nginx.conf');
    writeFileSync(config, main);
    const test = spawnSync(binary, ['-p', prefix, '-c', config, '-t'], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t failed for ${config}:\n${test.stderr}`);
    const child = spawn(binary, ['-p', prefix, '-c', config, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return { child, config };
  }

  function running(port: number, child: ChildProcess, config: string): RunningNginx {
    return {
      origin: `http://127.0.0.1:${port}`,
      port,
      accessLog: join(prefix, 'logs/etalase.access.log'),
      config,
      stop: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGQUIT');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
          if (child.exitCode === null) child.kill('SIGKILL');
        }
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
}

function readLog(prefix: string): string {
  try {
    return readFileSync(join(prefix, 'logs/error.log'), 'utf8');
  } catch {
    return '';
  }
}
