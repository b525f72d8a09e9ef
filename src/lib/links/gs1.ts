/**
 * GS1 Digital Link: a product with a GTIN is also reachable at `/01/<GTIN-14>/`, so scanners
 * that read a GS1 QR or a web-enabled barcode land on its page. The site is a static, minimal
 * GS1-conformant resolver: one link type (the product information page) per GTIN.
 */
import { SEGMENTS } from './urls.ts';

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
