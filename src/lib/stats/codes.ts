/**
 * Which product a printed code leads to, for counting: the product that carries the code on
 * its `qr:` line now (a renamed folder keeps its code), else the folder the registry says the
 * code was issued to, when that product still exists. Codes with neither are unknown.
 */
import type { RegistryEntry } from '../qr/registry.ts';

export function codeOwners(
  products: readonly { slug: string; qr?: string | undefined }[],
  registry: readonly RegistryEntry[],
): Map<string, string> {
  const owners = new Map<string, string>();
  const slugs = new Set(products.map((p) => p.slug));
  for (const entry of registry) if (slugs.has(entry.product)) owners.set(entry.code, entry.product);
  for (const p of products) if (p.qr) owners.set(p.qr, p.slug);
  return owners;
}
