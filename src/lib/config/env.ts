/**
 * Every environment variable the project reads, in one place: parsed with zod, defaults
 * written once, and a bad value stopped with a message that says what to write instead.
 * Used by astro.config.mjs, src/ and scripts/; README's "Configuration" table lists exactly
 * these names (tests/unit/config.test.ts). Nothing is read when this module is imported: call
 * `config()` where the value is needed, so tests can change the environment.
 */
import { z } from 'astro/zod';
import { resolveSite, type SiteConfig } from './site.ts';

/** An unset variable and an empty one mean the same: use the default. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** A switch: `1` turns it on; unset, empty or `0` leave it off. */
const flag = (name: string) =>
  optionalText.pipe(
    z
      .enum(['0', '1'], { message: `${name} must be 1 (on) or 0 / unset (off).` })
      .optional()
      .transform((v) => v === '1'),
  );

/** Switches that only tests may turn on: they weaken the site's defences to prove the others. */
export const TEST_ONLY_SWITCHES = [
  'ETALASE_TEST_UNCHECKED_STORIES',
  'ETALASE_TEST_UNSANITISED_STORIES',
] as const;

const schema = z.object({
  /** Production origin; unset: the placeholder (a preview build). */
  SITE_URL: optionalText,
  /** `Q`: /qr/ files with error correction Q instead of M. */
  QR_ECL: optionalText.pipe(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(['M', 'Q'], { message: 'QR_ECL must be M or Q.' }))
      .optional(),
  ),
  /** `YYYY-MM-DD`: "today" for everything computed at build time. */
  BUILD_DATE: optionalText.pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'BUILD_DATE must be YYYY-MM-DD, e.g. 2026-12-07.')
      .refine(
        (v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()),
        'BUILD_DATE is not a real date (YYYY-MM-DD).',
      )
      .optional(),
  ),
  /** Content folder. */
  CONTENT_DIR: optionalText.transform((v) => v ?? 'content'),
  /** Output folder of the build. */
  ETALASE_OUT_DIR: optionalText.transform((v) => v ?? './dist'),
  /** Programs for the server and browser tests (and `npm run labels`). */
  NGINX_PATH: optionalText,
  CHROME_PATH: optionalText,
  /** Where the web editor commits (src/lib/cms/backend.ts checks the combination). */
  CMS_BACKEND: optionalText,
  CMS_REPO: optionalText,
  CMS_BRANCH: optionalText,
  CMS_BASE_URL: optionalText,
  CMS_APP_ID: optionalText,
  /** Set by GitHub Actions: the repository (the editor's default) and the run's summary file. */
  GITHUB_REPOSITORY: optionalText,
  GITHUB_STEP_SUMMARY: optionalText,
  /** Tests: reuse an existing dist/, or point the tests at another built site. */
  ETALASE_SKIP_BUILD: flag('ETALASE_SKIP_BUILD'),
  ETALASE_DIST: optionalText,
  /** Test-only: build stories the content check would reject (the renderer must clean them). */
  ETALASE_TEST_UNCHECKED_STORIES: flag('ETALASE_TEST_UNCHECKED_STORIES'),
  /** Test-only: render stories without the sanitiser (the CSP must stop their script). */
  ETALASE_TEST_UNSANITISED_STORIES: flag('ETALASE_TEST_UNSANITISED_STORIES'),
});

/** Every variable name the project reads. */
export const ENV_VARIABLES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export type Config = z.output<typeof schema> & { site: SiteConfig };

export class ConfigError extends Error {}

/**
 * Hosts that can never be a production origin: the placeholder and reserved names (RFC 2606,
 * RFC 6761) and the loopback address.
 */
export function isTestOrigin(site: SiteConfig): boolean {
  const host = new URL(site.origin).hostname;
  return (
    site.isPlaceholder ||
    host === 'localhost' ||
    host === '127.0.0.1' ||
    host === '[::1]' ||
    /\.(example|test|localhost|invalid)$/.test(host)
  );
}

/**
 * The configuration of an environment (`process.env` by default).
 * @throws ConfigError naming every bad variable and what to write instead.
 */
export function config(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(ENV_VARIABLES.map((k) => [k, env[k]])));
  const errors: string[] = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  let site: SiteConfig | undefined;
  try {
    site = resolveSite(env['SITE_URL']);
  } catch (e) {
    errors.push((e as Error).message);
  }
  if (parsed.success && site && !isTestOrigin(site)) {
    for (const name of TEST_ONLY_SWITCHES) {
      if (parsed.data[name])
        errors.push(
          `${name}=1 is a test-only switch that weakens the site's defences; it refuses to run with the production SITE_URL ${site.origin}. Unset it, or build with a test origin (e.g. https://etalase.test).`,
        );
    }
  }
  if (!parsed.success || !site || errors.length) {
    throw new ConfigError(
      `Konfigurasi (variabel lingkungan) salah / Bad configuration (environment variables):\n${errors.map((e) => `- ${e}`).join('\n')}`,
    );
  }
  return { ...parsed.data, site };
}
