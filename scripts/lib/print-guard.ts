/**
 * What `npm run labels` and `npm run catalogue:pdf` check before printing: the page was built,
 * and a build without SITE_URL (placeholder origin, marked `data-preview`) is printed only as an
 * explicit preview — QR codes on paper must name the real origin.
 */
import { existsSync, readFileSync } from 'node:fs';

/**
 * The built page's HTML. Exits 1 when it is missing, 2 when it is a preview build and
 * `allowPreview` is false.
 */
export function printablePage(
  file: string,
  allowPreview: boolean,
  missingHint?: { id: string; en: string },
): string {
  if (!existsSync(file)) {
    console.error(
      `✗ ${file} tidak ada: jalankan npm run build dulu${missingHint ? `, ${missingHint.id}` : ''}.\n` +
        `  ${file} is missing: run npm run build first${missingHint ? `, ${missingHint.en}` : ''}.`,
    );
    process.exit(1);
  }
  const html = readFileSync(file, 'utf8');
  if (html.includes('data-preview') && !allowPreview) {
    console.error(
      '✗ Situs ini dibangun tanpa SITE_URL (alamat contoh): kode QR-nya tidak boleh dicetak.\n' +
        '  Bangun ulang dengan SITE_URL=https://alamat-asli npm run build, atau tambahkan --preview untuk PDF pratinjau.\n' +
        '  This build has no SITE_URL (placeholder origin): its QR codes must not be printed.\n' +
        '  Rebuild with SITE_URL=https://real-origin npm run build, or pass --preview for a preview PDF.',
    );
    process.exit(2);
  }
  return html;
}
