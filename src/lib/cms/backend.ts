/**
 * Which Git host the web editor commits to, from the build's environment, and the
 * Content-Security-Policy of /admin/ that allows exactly that host and nothing else.
 *
 * - `CMS_BACKEND`: `github` (default), `gitlab` or `gitea` (Gitea and Forgejo).
 * - `CMS_REPO`: `owner/name`; default `GITHUB_REPOSITORY` (set in GitHub Actions).
 * - `CMS_BRANCH`: default `main`.
 * - `CMS_BASE_URL`: web address of a self-hosted GitLab/Gitea/Forgejo, e.g. `https://git.ntt.go.id`.
 * - `CMS_APP_ID`: OAuth application id on that host (sign-in without a token; PKCE, no server).
 */
import type { CmsBackend } from './config.ts';

/** Shown when no repository is configured: the editor then only works with a local folder. */
export const PLACEHOLDER_REPO = 'owner/etalase-ovop-ntt';

export class CmsBackendError extends Error {}

const BACKENDS = ['github', 'gitlab', 'gitea'] as const;

function origin(url: string, variable: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CmsBackendError(
      `${variable}=${url} is not a web address, e.g. https://git.example.go.id`,
    );
  }
  if (
    parsed.protocol !== 'https:' &&
    parsed.hostname !== 'localhost' &&
    parsed.hostname !== '127.0.0.1'
  ) {
    throw new CmsBackendError(`${variable}=${url} must start with https://`);
  }
  return parsed.origin;
}

/** The variables the backend is made of. */
export type CmsEnv = Partial<
  Record<
    'CMS_BACKEND' | 'CMS_REPO' | 'CMS_BRANCH' | 'CMS_BASE_URL' | 'CMS_APP_ID' | 'GITHUB_REPOSITORY',
    string | undefined
  >
>;

/** The backend block of config.yml for a configuration (`config()` in the build). */
export function cmsBackend(env: CmsEnv): CmsBackend {
  const name = (env['CMS_BACKEND'] || 'github') as CmsBackend['name'];
  if (!BACKENDS.includes(name)) {
    throw new CmsBackendError(`CMS_BACKEND=${name} is not one of ${BACKENDS.join(', ')}.`);
  }
  const repo = env['CMS_REPO'] || env['GITHUB_REPOSITORY'] || PLACEHOLDER_REPO;
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) {
    throw new CmsBackendError(`CMS_REPO=${repo} must be written owner/name.`);
  }
  const backend: CmsBackend = { name, repo, branch: env['CMS_BRANCH'] || 'main' };
  const base = env['CMS_BASE_URL'];
  if (base) {
    const host = origin(base, 'CMS_BASE_URL');
    backend.base_url = host;
    backend.api_root =
      name === 'gitlab' ? `${host}/api/v4` : name === 'gitea' ? `${host}/api/v1` : `${host}/api/v3`;
  } else if (name !== 'github') {
    throw new CmsBackendError(
      `CMS_BACKEND=${name} needs CMS_BASE_URL (the address of your Git server).`,
    );
  }
  const appId = env['CMS_APP_ID'];
  if (appId) {
    backend.app_id = appId;
    if (name !== 'gitea') backend.auth_type = 'pkce';
  }
  return backend;
}

/** The origins the editor talks to (API, and for GitHub its status page). */
export function backendOrigins(backend: CmsBackend): string[] {
  if (backend.api_root) return [new URL(backend.api_root).origin];
  // Sveltia reads GitHub's status page to warn editors during an outage.
  return ['https://api.github.com', 'https://www.githubstatus.com'];
}

/**
 * /admin/'s own policy, narrower than "anything goes" and no wider than Sveltia needs (found by
 * running it under this policy in Chromium and listening for `securitypolicyviolation`,
 * tests/e2e/web-editor.test.ts):
 * - scripts only from this site ('self'); WebAssembly compiled by the image encoder;
 * - `style-src 'unsafe-inline'`: Svelte injects its component styles as <style> elements;
 * - `blob:` images, workers and fetches: photos are previewed and processed as blobs;
 * - `connect-src`: this site (config.yml) and the Git host's API, nothing else;
 * - `frame-src blob:`: the preview pane, a document the CMS builds as a blob: URL.
 * It is written into the page as a <meta> (hosts without header rules, e.g. GitHub Pages), so it
 * cannot carry `frame-ancestors`: the header rules (src/lib/hosting/rules.ts, policy `admin`) send it whole.
 */
export function adminDirectives(backend: CmsBackend): Record<string, string[]> {
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'blob:', 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'blob:', 'data:', ...backendOrigins(backend)],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    // The preview pane is a document the CMS writes into a blob: frame (same origin).
    'frame-src': ['blob:'],
    'object-src': ["'none'"],
    // The CMS gives its preview document a <base> of this site (same origin only).
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

/** The policy as the page's <meta> (which cannot carry `frame-ancestors`). */
export function adminCsp(backend: CmsBackend): string {
  return Object.entries(adminDirectives(backend))
    .filter(([name]) => name !== 'frame-ancestors')
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
