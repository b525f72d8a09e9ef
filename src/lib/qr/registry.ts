/**
 * The QR registry (`content/qr-registry.yaml`): every code ever issued, and the product folder
 * it was issued to. Append-only. Printed packaging outlives content edits, so the build compares
 * the registry with the products and refuses to drop or move a code.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readContentFile } from '../content-files/file-text.ts';
import { parseYaml } from '../content-files/source.ts';
import type { Bilingual } from '../validators/result.ts';

export interface RegistryEntry {
  /** The code, as printed. */
  code: string;
  /** Product folder (slug) the code was issued to. */
  product: string;
  /** Date it was issued (YYYY-MM-DD). */
  issued: string;
}

export interface ProductCodeInfo {
  slug: string;
  qr?: string | undefined;
  retired: boolean;
}

export interface RegistryProblem {
  /** Product folder the problem is about, when there is one (else the registry file). */
  slug?: string;
  code?: string;
  message: Bilingual;
}

/**
 * Every way the products and the registry can disagree. A renamed product folder is fine: the
 * code follows the `qr:` line, not the folder name.
 */
export function checkRegistry(
  products: readonly ProductCodeInfo[],
  registry: readonly RegistryEntry[],
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const byCode = new Map<string, RegistryEntry>();
  for (const entry of registry) {
    if (byCode.has(entry.code)) {
      problems.push({
        code: entry.code,
        message: {
          id: `Kode ${entry.code} tercatat dua kali di content/qr-registry.yaml. Hapus baris yang tertulis belakangan (registri hanya boleh ditambah, jangan diubah).`,
          en: `Code ${entry.code} is recorded twice in content/qr-registry.yaml. Remove the later line (the registry is append-only).`,
        },
      });
    } else byCode.set(entry.code, entry);
  }
  const productByCode = new Map<string, ProductCodeInfo>();
  const usersByCode = new Map<string, ProductCodeInfo[]>();
  for (const p of products) {
    if (!p.qr) continue;
    if (!productByCode.has(p.qr)) productByCode.set(p.qr, p);
    usersByCode.set(p.qr, [...(usersByCode.get(p.qr) ?? []), p]);
  }
  const bySlug = new Map(products.map((p) => [p.slug, p]));
  /** The one product entitled to a code that several use: its issued folder, else the first. */
  const rightful = (code: string): ProductCodeInfo | undefined => {
    const users = usersByCode.get(code) ?? [];
    return users.find((u) => u.slug === byCode.get(code)?.product) ?? users[0];
  };

  const registeredSlugs = new Set([...byCode.values()].map((e) => e.product));
  for (const p of products) {
    // A product that lost its registered code gets the "restore" message below instead
    // (unless that code now lives in another folder: a renamed folder whose name was reused).
    if (!p.qr && registeredSlugs.has(p.slug)) {
      const code = [...byCode.values()].find((e) => e.product === p.slug)?.code;
      if (code && !productByCode.has(code)) continue;
    }
    if (!p.qr) {
      problems.push({
        slug: p.slug,
        message: {
          id: `Produk "${p.slug}" belum punya kode QR. Jalankan: npm run qr:assign (jangan mengetik kode sendiri).`,
          en: `Product "${p.slug}" has no QR code yet. Run: npm run qr:assign (never type a code by hand).`,
        },
      });
      continue;
    }
    const entry = byCode.get(p.qr);
    if (!entry) {
      problems.push({
        slug: p.slug,
        code: p.qr,
        message: {
          id: `Kode QR ${p.qr} di produk "${p.slug}" tidak ada di content/qr-registry.yaml: registri atau baris qr: diubah dengan tangan. Kode ini mungkin sudah tercetak, jadi jangan diganti: kembalikan registri dari git (git restore content/qr-registry.yaml), dan bila baris qr: produk ini yang diketik ulang, kembalikan juga dari git (git restore ${p.slug}/index.md).`,
          en: `QR code ${p.qr} of product "${p.slug}" is not in content/qr-registry.yaml: the registry or the qr: line was edited by hand. The code may already be printed, so do not replace it: restore the registry from git (git restore content/qr-registry.yaml), and if this product's qr: line was retyped, restore it from git too (git restore ${p.slug}/index.md).`,
        },
      });
      continue;
    }
    // The folder the code was issued to may now hold another product (renamed, then reused
    // name): it owns the code only if it still carries it or has none.
    const atIssuedSlug = bySlug.get(entry.product);
    const owner =
      atIssuedSlug && (atIssuedSlug.qr === p.qr || !atIssuedSlug.qr)
        ? atIssuedSlug
        : rightful(p.qr);
    if (entry.product !== p.slug && owner && owner !== p) {
      problems.push({
        slug: p.slug,
        code: p.qr,
        message: {
          id: `Kode QR ${p.qr} diterbitkan untuk produk "${entry.product}"${owner.slug !== entry.product ? ` (sekarang "${owner.slug}")` : ''}, tetapi dipakai juga oleh produk "${p.slug}". Satu kode untuk satu produk selamanya. Jika registri atau folder diubah/diganti nama dengan tangan, kembalikan registri dari git (git restore content/qr-registry.yaml). Jika "${p.slug}" adalah produk baru hasil menyalin folder lain, salinan itu belum punya kode sendiri: hapus baris qr: HANYA di salinan baru itu, lalu npm run qr:assign memberinya kode baru.`,
          en: `QR code ${p.qr} was issued to product "${entry.product}"${owner.slug !== entry.product ? ` (now "${owner.slug}")` : ''} but is also used by "${p.slug}". A code belongs to one product forever. If the registry or a folder was edited or renamed by hand, restore the registry from git (git restore content/qr-registry.yaml). If "${p.slug}" is a new product made by copying another folder, the copy has no code of its own yet: remove the qr: line of that new copy ONLY, and npm run qr:assign gives it a new code.`,
        },
      });
    }
  }

  for (const entry of byCode.values()) {
    if (productByCode.has(entry.code)) continue;
    const owner = bySlug.get(entry.product);
    problems.push(
      owner
        ? {
            slug: owner.slug,
            code: entry.code,
            message: {
              id: owner.qr
                ? `Produk "${owner.slug}" tercatat dengan kode QR ${entry.code} di registri, tetapi baris qr:-nya berisi ${owner.qr}: salah satunya diubah dengan tangan. Kode tercetak tidak boleh berubah: kembalikan dari git yang diubah — registri (git restore content/qr-registry.yaml) atau baris qr: produk ini (git restore ${owner.slug}/index.md).`
                : `Produk "${owner.slug}" diberi kode QR ${entry.code} (mungkin sudah tercetak di kemasan), tetapi sekarang tidak punya baris qr:. Kembalikan: qr: '${entry.code}' (atau jalankan npm run qr:assign, yang mengembalikan kode yang sama).`,
              en: owner.qr
                ? `Product "${owner.slug}" is recorded with QR code ${entry.code} in the registry, but its qr: line holds ${owner.qr}: one of them was edited by hand. A printed code must not change: restore from git whichever was edited — the registry (git restore content/qr-registry.yaml) or this product's qr: line (git restore ${owner.slug}/index.md).`
                : `Product "${owner.slug}" was issued QR code ${entry.code} (possibly already printed on packaging) but now has no qr: line. Restore: qr: '${entry.code}' (or run npm run qr:assign, which restores the same code).`,
            },
          }
        : {
            code: entry.code,
            message: {
              id: `Kode QR ${entry.code} (diterbitkan untuk "${entry.product}") tidak lagi menuju produk mana pun: folder produknya dihapus atau baris qr:-nya dihilangkan. Kode tercetak harus tetap berfungsi: kembalikan folder produk itu (git restore) dan tandai sebagai retired, jangan dihapus.`,
              en: `QR code ${entry.code} (issued to "${entry.product}") no longer leads to any product: its folder was deleted or its qr: line removed. Printed codes must keep working: restore the product folder (git restore) and mark it retired instead of deleting it.`,
            },
          },
    );
  }
  return problems;
}

export const REGISTRY_FILE = 'qr-registry.yaml';

/** Reads the QR registry; problems when it is unreadable. */
export function readRegistry(contentDir: string): {
  entries: RegistryEntry[];
  error?: Bilingual;
  line?: number | undefined;
} {
  const file = join(contentDir, REGISTRY_FILE);
  if (!existsSync(file)) return { entries: [] };
  const read = readContentFile(file, true);
  if (!read.ok) return { entries: [], error: read.message, line: read.line };
  const parsed = parseYaml(read.text);
  if (!parsed.ok) return { entries: [], error: parsed.error, line: parsed.line };
  const entry = z.strictObject({
    code: z.string(),
    product: z.string(),
    issued: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  });
  const result = z.array(entry).nullable().safeParse(parsed.value.data);
  if (!result.success) {
    return {
      entries: [],
      error: {
        id: 'Registri kode QR rusak. Jangan mengubah berkas ini dengan tangan; kembalikan dengan git restore content/qr-registry.yaml.',
        en: 'The QR registry is damaged. Do not edit this file by hand; restore it with git restore content/qr-registry.yaml.',
      },
    };
  }
  return { entries: result.data ?? [] };
}
