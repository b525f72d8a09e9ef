/**
 * The web editor's local repository in Chromium: Sveltia's "Work with Local Repository" opens a
 * folder of the browser's origin-private file system (OPFS). Seeding it is shared by the
 * editor's browser tests and `npm run bench:editor`.
 */
import type { Page } from 'playwright-core';

/** Files for the OPFS repository: repository-relative path -> base64 content. */
export type RepoFiles = Record<string, string>;

/** Empties the OPFS, makes it a repository root (`.git/`) and writes `files` into it. */
export async function seedRepo(page: Page, files: RepoFiles): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) {
      await root.removeEntry(name, { recursive: true });
    }
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, b64] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1))
        dir = await dir.getDirectoryHandle(part, { create: true });
      const file = await dir.getFileHandle(parts.at(-1) ?? '', { create: true });
      const writable = await file.createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}
