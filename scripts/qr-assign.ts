/**
 * `npm run qr:assign [-- --content <folder>]`: gives every product without a QR code a new,
 * never-issued code and records it in content/qr-registry.yaml (append-only).
 */
import { join } from 'node:path';
import { config } from '../src/lib/config/env.ts';
import { REGISTRY_FILE } from '../src/lib/qr/registry.ts';
import { assignCodes } from './lib/assign-codes.ts';
import { parseCli } from './lib/cli.ts';

const values = parseCli(
  { content: { type: 'string' } },
  {
    command: 'npm run qr:assign -- [--content <folder>]',
    id: 'Memberi kode QR baru kepada setiap produk yang belum punya, dan mencatatnya di registri.',
    en: 'Gives every product without a QR code a new one and records it in the registry.',
    flags: [
      '--content <folder>  Folder konten (bawaan: content) / Content folder (default: content)',
    ],
  },
);
const contentDir = values.content ?? config().CONTENT_DIR;

const { assigned, error } = assignCodes(contentDir);
if (error) {
  console.error(`✗ ${error.id}\n  ${error.en}`);
  process.exit(1);
}
for (const a of assigned) {
  console.log(`✓ ${a.slug}: ${a.code}${a.restored ? ' (dikembalikan / restored)' : ''}`);
}
console.log(
  assigned.length
    ? `${assigned.length} kode baru dicatat di ${join(contentDir, REGISTRY_FILE)}; commit produk dan registrinya.\n` +
        `${assigned.length} new code(s) recorded; commit the products and the registry together.`
    : 'Semua produk sudah punya kode QR. / Every product already has a QR code.',
);
