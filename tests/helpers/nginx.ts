/** Debian's nginx with the shipped configuration, serving a built site on loopback. */
import { afterAll, beforeAll } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { DIST } from './paths.ts';

export interface NginxSite {
  origin: string;
}

/** Registers beforeAll/afterAll hooks; read `server.origin` inside tests. */
export function useNginx(root: string | (() => string) = DIST): NginxSite {
  const server = {} as NginxSite;
  let running: RunningNginx | undefined;
  beforeAll(async () => {
    running = await startNginx(typeof root === 'string' ? root : root());
    server.origin = running.origin;
  });
  afterAll(async () => {
    await running?.stop();
  });
  return server;
}

/** A request that does not follow redirects, asking for gzip like a browser. */
export function get(origin: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(origin + path, {
    redirect: 'manual',
    ...init,
    headers: { 'accept-encoding': 'gzip', ...(init.headers as Record<string, string>) },
  });
}

/** Follows redirects by hand (at most `max`), returning every hop's path and the final response. */
export async function follow(
  origin: string,
  path: string,
  max = 5,
): Promise<{ hops: string[]; response: Response; body: string }> {
  const hops: string[] = [];
  let current = path;
  for (;;) {
    const response = await get(origin, current);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      hops.push(current);
      if (hops.length > max) throw new Error(`redirect loop: ${hops.join(' -> ')}`);
      current = new URL(location, origin + current).pathname;
      continue;
    }
    return { hops, response, body: await response.text() };
  }
}
