/**
 * What goes into a QR code, and what is printed under it. The QR holds the production origin +
 * `/P/<CODE>/` in uppercase: every character is in QR's alphanumeric set (0-9, A-Z, space,
 * $%*+-./:), which packs 5.5 bits per character instead of 8, so the code stays at version 2 or 3
 * (25 or 29 modules) and scans from a worn package. Hosts treat the host name case-insensitively;
 * the site publishes both `/p/` and `/P/` so the path resolves either way.
 */

import { shortLinkUrl } from '../links/urls.ts';

/** The text encoded in the QR: `HTTPS://OVOP.EXAMPLE/P/7K3M/`. */
export function qrPayload(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}${shortLinkUrl(code, 'P')}`.toUpperCase();
}

/** The short link printed as text under the QR, for typing by hand: `ovop.example/p/7K3M`. */
export function printedShortUrl(origin: string, code: string): string {
  const host = new URL(origin).host;
  return `${host}${shortLinkUrl(code).replace(/\/$/, '')}`;
}

/** Whether the whole payload is in QR's alphanumeric character set. */
export function isAlphanumericPayload(text: string): boolean {
  return /^[0-9A-Z $%*+\-./:]*$/.test(text);
}
