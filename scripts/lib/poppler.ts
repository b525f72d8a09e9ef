/**
 * Finds `pdftoppm` (Poppler), which turns a label PDF into pixels so the tests can scan its QR
 * codes as a phone would. Like Chromium (./chromium.ts): on Debian as root it installs the
 * `poppler-utils` package; anywhere else it fails with instructions — the PDF test is never
 * skipped silently.
 */
import { ensureDebianTool } from './debian-tool.ts';

/** Returns the path of `pdftoppm`, installing Debian's `poppler-utils` when it can. */
export function ensurePdftoppm(log: (line: string) => void = console.log): string {
  return ensureDebianTool(
    {
      name: 'pdftoppm (Poppler)',
      debPackage: 'poppler-utils',
      candidates: ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm', '/opt/homebrew/bin/pdftoppm'],
      neededBy: 'the label PDF test',
      elsewhere: 'install Poppler (macOS: brew install poppler)',
    },
    log,
  );
}

/** Another tool of Poppler's (`pdftotext`, `pdffonts`): it sits beside `pdftoppm`. */
export function ensurePopplerTool(
  tool: 'pdftotext' | 'pdffonts',
  log: (line: string) => void = console.log,
): string {
  return ensurePdftoppm(log).replace(/pdftoppm$/, tool);
}
