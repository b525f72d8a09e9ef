/**
 * GS1 Digital Link: a product with a GTIN is also reachable at `/01/<GTIN-14>/`, so scanners
 * that read a GS1 QR or a web-enabled barcode land on its page. The site is a static, minimal
 * GS1-conformant resolver: one link type (the product information page) per GTIN.
 */
import { digitalLinkUrl, SEGMENTS } from './urls.ts';

export const GS1_PRIMARY_KEY = SEGMENTS.gs1;

/** GS1 key qualifiers a scanned Digital Link may carry after the GTIN: CPV (22), lot (10), serial (21). */
export const GS1_QUALIFIERS = ['22', '10', '21'] as const;

/** The `/.well-known/gs1resolver` description document. */
export function resolverDescription(origin: string, name: string): Record<string, unknown> {
  return {
    name,
    resolverRoot: origin,
    supportedPrimaryKeys: [GS1_PRIMARY_KEY],
    supportedLinkType: [{ namespace: 'https://gs1.org/voc/', prefix: 'gs1:' }],
    linkTypeDefaultCanBeLinkset: false,
    defaultLinkType: 'gs1:pip',
    note: 'Static resolver: /01/{gtin14}/ serves the product information page (gs1:pip) directly.',
  };
}

export interface RedirectProduct {
  qr?: string | undefined;
  gtin14?: string | undefined;
  gtin13?: string | undefined;
}

/**
 * `_redirects` (Netlify and Cloudflare Pages syntax) for what static files cannot do: a GTIN
 * written in its 13-digit form, and GS1 qualifiers (`/01/<gtin>/10/<lot>`) that still mean the
 * product. Kept small: Cloudflare Pages allows 2,000 static and 100 dynamic rules.
 */
export function redirectsFile(products: readonly RedirectProduct[]): string {
  // One rule per qualifier (never a bare `/01/:gtin/*`, which also matches the product page
  // itself and would loop where redirects take priority over files, as on Cloudflare Pages).
  const lines = [
    '# Generated at build time. GS1 Digital Link: qualifiers (lot 10, serial 21, CPV 22) lead to the product.',
    ...GS1_QUALIFIERS.map(
      (ai) => `/${GS1_PRIMARY_KEY}/:gtin/${ai}/* /${GS1_PRIMARY_KEY}/:gtin/ 302`,
    ),
  ];
  for (const p of products) {
    if (p.gtin14 && p.gtin13) {
      lines.push(`/${GS1_PRIMARY_KEY}/${p.gtin13} ${digitalLinkUrl(p.gtin14)} 301`);
      lines.push(`/${GS1_PRIMARY_KEY}/${p.gtin13}/ ${digitalLinkUrl(p.gtin14)} 301`);
    }
  }
  return `${lines.join('\n')}\n`;
}
