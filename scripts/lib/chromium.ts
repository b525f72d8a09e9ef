/**
 * Finds the Chromium the browser tests (and later label PDFs and Lighthouse) drive:
 * `CHROME_PATH`, then Debian's `/usr/bin/chromium`. On Debian as root it installs the
 * `chromium` package; anywhere else it fails with instructions — it never lets the browser
 * tests be skipped silently.
 */
import { ensureDebianTool } from './debian-tool.ts';

/** Returns the path of a Chromium binary, installing Debian's package when it can. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  return ensureDebianTool(
    {
      name: 'Chromium',
      debPackage: 'chromium',
      candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
      envVar: 'CHROME_PATH',
      neededBy: 'the browser tests',
      elsewhere: 'install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
    },
    log,
  );
}

/** Launch flags that work headless as root on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
