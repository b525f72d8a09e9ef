/**
 * Certificates as shown to shoppers: number, validity computed at build time (an expired one is
 * never shown as valid), and the official public page where anyone can check it.
 */
import type { ProductData } from '../../schemas/product.ts';
import { certificateStatus, type CertStatus } from '../validators/licences.ts';

/** The certificates a product can declare: the keys of its `certifications` field. */
export type CertKind = keyof CertInput;

export interface CertView {
  kind: CertKind;
  number: string;
  status: CertStatus;
  issued?: Date | undefined;
  expires?: Date | undefined;
  /** Official public check page. */
  checkUrl: string;
}

/** Official public search pages (the shopper types or pastes the number there). */
export const CHECK_URLS: Record<CertKind, string> = {
  halal: 'https://bpjph.halal.go.id/search/sertifikat',
  bpom: 'https://cekbpom.pom.go.id/',
  pirt: 'https://sppirt.pom.go.id/',
};

/** A product's `certifications` field, as the schema outputs it. */
export type CertInput = ProductData['certifications'];

/** The certificates of a product, in the order Halal, BPOM, P-IRT. */
export function certificationsOf(certs: CertInput, today: Date): CertView[] {
  const list: CertView[] = [];
  if (certs.halal) {
    list.push({
      kind: 'halal',
      number: certs.halal.number,
      status: certificateStatus(certs.halal.expires, today),
      issued: certs.halal.issued,
      expires: certs.halal.expires,
      checkUrl: CHECK_URLS.halal,
    });
  }
  if (certs.bpom)
    list.push({ kind: 'bpom', number: certs.bpom, status: 'valid', checkUrl: CHECK_URLS.bpom });
  if (certs.pirt)
    list.push({ kind: 'pirt', number: certs.pirt, status: 'valid', checkUrl: CHECK_URLS.pirt });
  return list;
}

/** Certificates that count for a badge or a search filter: present and not expired. */
export function validCertKinds(certs: CertInput, today: Date): CertKind[] {
  return certificationsOf(certs, today)
    .filter((c) => c.status !== 'expired')
    .map((c) => c.kind);
}
