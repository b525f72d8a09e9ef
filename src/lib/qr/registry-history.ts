/**
 * Append-only against history: when the content folder is in a git checkout, every registry
 * entry of the last commit must still be there, unchanged. Without this, deleting a product
 * folder together with its registry line (or editing a line) passes every other check.
 */
import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { Bilingual } from '../validators/result.ts';
import type { RegistryEntry } from './registry.ts';

/** The registry as committed in HEAD, or undefined when there is no git history for it. */
export function committedRegistry(registryFile: string): RegistryEntry[] | undefined {
  const abs = resolve(registryFile);
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: dirname(abs),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
  try {
    const top = git(['rev-parse', '--show-toplevel']).trim();
    const text = git(['show', `HEAD:${relative(top, abs).split('\\').join('/')}`]);
    const data = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter(
      (e): e is RegistryEntry =>
        typeof e === 'object' && e !== null && typeof (e as RegistryEntry).code === 'string',
    );
  } catch {
    // Not a git checkout, git missing, no commit yet, or the file is new: nothing to compare.
    return undefined;
  }
}

export interface HistoryProblem {
  code: string;
  message: Bilingual;
}

/** Entries of the last commit that are missing or changed now. */
export function checkAgainstHistory(
  committed: readonly RegistryEntry[],
  current: readonly RegistryEntry[],
  registryPath: string,
): HistoryProblem[] {
  const now = new Map(current.map((e) => [e.code, e]));
  const restore = {
    id: `Registri hanya boleh ditambah. Kembalikan registri dari git: git restore ${registryPath} (lalu, bila ada kode baru, jalankan lagi npm run qr:assign). Jika sebuah produk memang tidak dijual lagi, kembalikan foldernya dan tandai retired — kodenya tetap tercatat.`,
    en: `The registry is append-only. Restore the registry from git: git restore ${registryPath} (then, if new codes are needed, run npm run qr:assign again). If a product is no longer sold, restore its folder and mark it retired — its code stays recorded.`,
  };
  const problems: HistoryProblem[] = [];
  for (const old of committed) {
    const entry = now.get(old.code);
    if (!entry) {
      problems.push({
        code: old.code,
        message: {
          id: `Kode QR ${old.code} (untuk "${old.product}") ada di commit terakhir tetapi hilang dari registri. ${restore.id}`,
          en: `QR code ${old.code} (issued to "${old.product}") is in the last commit but missing from the registry now. ${restore.en}`,
        },
      });
    } else if (entry.product !== old.product) {
      problems.push({
        code: old.code,
        message: {
          id: `Kode QR ${old.code} tercatat untuk "${old.product}" di commit terakhir, tetapi sekarang untuk "${entry.product}". Kode tercetak tidak boleh dipindah ke produk lain (juga bila folder diganti nama dan nama lamanya dipakai lagi). ${restore.id}`,
          en: `QR code ${old.code} was recorded for "${old.product}" in the last commit but now for "${entry.product}". A printed code must never move to another product (also when a folder was renamed and its old name reused). ${restore.en}`,
        },
      });
    }
  }
  return problems;
}
