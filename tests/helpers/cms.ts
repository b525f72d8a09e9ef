/**
 * Driving the web editor (/admin/, Sveltia CMS) in Chromium against a local folder. The CMS's
 * "Work with Local Repository" calls the browser's folder picker (`showDirectoryPicker`); the
 * test answers that picker with a folder of the browser's origin-private file system (OPFS),
 * seeded with content files from disk, and copies what the CMS wrote back out. The CMS itself
 * runs unmodified.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { seedRepo, type RepoFiles } from '../../scripts/lib/cms-repo.ts';

export { seedRepo, type RepoFiles };

export interface Violation {
  directive: string;
  blocked: string;
}

/** Every file under `dir` (recursively), keyed by its path below `prefix`. */
export function filesFrom(dir: string, prefix: string): RepoFiles {
  const out: RepoFiles = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[join(prefix, relative(dir, p))] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/**
 * Prepares a browser context: the folder picker answers with the OPFS root, CSP violations are
 * collected in `window.__cspViolations`, and requests leaving the site are recorded (and
 * refused, so a test never depends on the internet).
 */
export async function prepareContext(context: BrowserContext, origin: string): Promise<string[]> {
  // The CMS is a 2 MB script: on a loaded 2-core machine a step can take far longer than the
  // default 30 s without anything being wrong.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  const external: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(origin) && !/^(blob|data):/.test(url.protocol),
    async (route) => {
      external.push(route.request().url());
      await route.abort();
    },
  );
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: Violation[] } & Window;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI });
    });
    // The user's answer to "select the root folder of your repository".
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: () => navigator.storage.getDirectory(),
    });
  });
  return external;
}

/** Every file in the OPFS repository under `under` (base64), as the CMS left it. */
export async function readRepo(page: Page, under: string): Promise<RepoFiles> {
  return page.evaluate(async (under) => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
      const entries = (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries();
      for await (const [name, handle] of entries) {
        const p = path ? `${path}/${name}` : name;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, p);
        else {
          const bytes = new Uint8Array(
            await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
          );
          let bin = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          out[p] = btoa(bin);
        }
      }
    };
    let dir = await navigator.storage.getDirectory();
    for (const part of under.split('/')) dir = await dir.getDirectoryHandle(part);
    await walk(dir, under);
    return out;
  }, under);
}

export async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
  );
}

/**
 * The editor field at `keyPath` (e.g. `offer.price.min`, `gallery.0.src`). The CMS renders long
 * forms as they scroll into view, so this scrolls the form until the field exists.
 */
export async function field(page: Page, keyPath: string): Promise<Locator> {
  const loc = page.locator(`section[aria-label][data-key-path="${keyPath}"]`);
  for (let i = 0; i < 120 && (await loc.count()) === 0; i++) {
    await page.mouse.move(400, 500);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  await loc.scrollIntoViewIfNeeded();
  return loc;
}

/** Types into the text input of a field. */
export async function fillField(page: Page, keyPath: string, value: string): Promise<void> {
  await (await field(page, keyPath)).locator('input, textarea').first().fill(value);
}

/**
 * Picks an option of a select field or of the village field (a searchable list): opens it,
 * types `search`, clicks `option`. The long waits are for a loaded 2-core machine.
 */
export async function chooseOption(
  page: Page,
  keyPath: string,
  search: string,
  option: string,
): Promise<void> {
  const f = await field(page, keyPath);
  await f.getByRole('combobox').click({ timeout: 120_000 });
  await page.getByRole('option').first().waitFor({ timeout: 120_000 });
  // One input event, as when pasting: the list is filtered once, not per keystroke.
  await page.keyboard.insertText(search);
  await page.getByRole('option', { name: option, exact: true }).click({ timeout: 120_000 });
}

/**
 * Uploads a photo into an image field: the file goes into the field's own file input (what its
 * "Browse" button opens, and what dropping a file on it fills).
 */
export async function uploadPhoto(page: Page, keyPath: string, file: string): Promise<void> {
  const f = await field(page, keyPath);
  await f.locator('input[type="file"]').first().setInputFiles(file);
  await f.locator('img').first().waitFor();
}
