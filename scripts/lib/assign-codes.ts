/**
 * Gives every product without a `qr:` line a new random code that was never issued, writes it
 * into the product's index.md and appends it to the registry. Never changes an existing code.
 */
import { randomInt } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegistry, REGISTRY_FILE } from '../../src/lib/qr/registry.ts';
import { parseMarkdown } from '../../src/lib/content-files/source.ts';
import { newCode } from '../../src/lib/qr/codes.ts';
import type { Bilingual } from '../../src/lib/validators/result.ts';
import { insertQrLine } from './frontmatter-edit.ts';

const REGISTRY_HEADER =
  '# Registri kode QR: setiap kode yang pernah diterbitkan. Hanya ditambah oleh npm run qr:assign;\n' +
  '# jangan diubah atau dihapus — kode yang sudah tercetak di kemasan harus tetap berfungsi.\n' +
  '# QR code registry: every code ever issued. Append-only (npm run qr:assign); never edit.\n';

export interface Assigned {
  slug: string;
  code: string;
  /** True when the product got its registered code back rather than a new one. */
  restored?: boolean;
}

/** Whether another product folder's frontmatter carries `code`. */
function usedElsewhere(productsDir: string, code: string, slug: string): boolean {
  for (const other of readdirSync(productsDir)) {
    if (other === slug) continue;
    const file = ['index.md', 'index.mdx'].map((f) => join(productsDir, other, f)).find(existsSync);
    if (!file) continue;
    const parsed = parseMarkdown(readFileSync(file, 'utf8'));
    if (parsed.ok && (parsed.value.data as { qr?: unknown }).qr === code) return true;
  }
  return false;
}

export function assignCodes(
  contentDir: string,
  today: string = new Date().toISOString().slice(0, 10),
): { assigned: Assigned[]; error?: Bilingual } {
  const registryPath = join(contentDir, REGISTRY_FILE);
  const { entries, error } = readRegistry(contentDir);
  if (error) return { assigned: [], error };
  const taken = new Set(entries.map((e) => e.code));
  const issuedTo = new Map(entries.map((e) => [e.product, e.code]));
  if (!existsSync(registryPath)) writeFileSync(registryPath, REGISTRY_HEADER);

  const productsDir = join(contentDir, 'products');
  const assigned: Assigned[] = [];
  for (const slug of existsSync(productsDir) ? readdirSync(productsDir).sort() : []) {
    const file = ['index.md', 'index.mdx'].map((f) => join(productsDir, slug, f)).find(existsSync);
    if (!file) continue;
    const source = readFileSync(file, 'utf8');
    const parsed = parseMarkdown(source);
    // A file that does not parse is left alone: the content check reports it.
    if (!parsed.ok || (parsed.value.data as { qr?: unknown }).qr !== undefined) continue;
    // A product that lost its `qr:` line gets its registered code back, never a new one:
    // the old code may already be printed on its packaging.
    const registered = issuedTo.get(slug);
    if (registered && !usedElsewhere(productsDir, registered, slug)) {
      writeFileSync(file, insertQrLine(source, registered));
      assigned.push({ slug, code: registered, restored: true });
      continue;
    }
    const code = newCode(taken, () => randomInt(32));
    taken.add(code);
    writeFileSync(file, insertQrLine(source, code));
    appendFileSync(registryPath, `- { code: '${code}', product: '${slug}', issued: '${today}' }\n`);
    assigned.push({ slug, code });
  }
  return { assigned };
}
