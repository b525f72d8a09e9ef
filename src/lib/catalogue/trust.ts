/**
 * The trust strip under the order button of a product page: why a shopper who just scanned a
 * pack can believe it — a programme product, from this village, with these certificates and
 * whether each is still valid. One short item each, so the strip fits the first screen.
 */
import { t } from '../../i18n/index.ts';
import type { CertView } from './certifications.ts';
import type { CertStatus } from '../validators/licences.ts';
import type { Locale } from '../text/locales.ts';

export interface TrustItem {
  kind: 'programme' | 'place' | 'cert';
  text: string;
  /** For certificates: drives the colour (valid, expiring, expired). */
  status?: CertStatus;
}

/** The strip's items, in reading order: programme, place, then each certificate's status. */
export function trustItems(
  place: { village: string; regency: string },
  certs: readonly Pick<CertView, 'kind' | 'status'>[],
  locale: Locale,
): TrustItem[] {
  return [
    { kind: 'programme', text: t(locale, 'trust.programme') },
    { kind: 'place', text: `${place.village}, ${place.regency}` },
    ...certs.map((c) => ({
      kind: 'cert' as const,
      status: c.status,
      text: `${t(locale, `cert.${c.kind}`)}: ${t(locale, `trust.${c.status}`)}`,
    })),
  ];
}
