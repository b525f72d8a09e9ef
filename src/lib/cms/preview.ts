/**
 * What the web editor's preview pane shows of a product being edited: the main fields of the
 * product page (name, photo, price, order button, producer, village, certificates), read from
 * the form's unsaved values, which may be half typed. The preview template
 * (src/client/admin/preview.ts) draws this with the product page's own classes and stylesheet.
 * Pure: runs in the browser, unit-tested in Node.
 */
import { formatPrice } from '../text/format.ts';
import { parseWhatsApp } from '../validators/whatsapp.ts';
import { waMeLink } from '../links/whatsapp.ts';

export interface PreviewCert {
  kind: 'halal' | 'bpom' | 'pirt';
  label: string;
  number: string;
}

export interface PreviewModel {
  name: string;
  /** English name, when written. */
  nameEn: string;
  tagline: string;
  /** "Rp 85.000" or "Rp 25.000 – Rp 40.000"; empty while no price is typed. */
  price: string;
  unit: string;
  /** wa.me link of the producer's number; absent while the number is not a mobile number. */
  orderLink: string | undefined;
  producer: string;
  owner: string;
  /** Village label (from the village list) or its code while the list loads. */
  village: string;
  certificates: PreviewCert[];
  hero: { src: string; alt: string } | undefined;
  sample: boolean;
}

const CERT_LABELS = { halal: 'Halal', bpom: 'BPOM', pirt: 'P-IRT' } as const;

type Data = Record<string, unknown>;
const obj = (v: unknown): Data => (v && typeof v === 'object' ? (v as Data) : {});
const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
/** A `{ id, en }` pair or a plain text, in Indonesian. */
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : str(obj(v)['id']));
const amount = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** The preview of the form's values; `villageLabel` names a village code. */
export function previewModel(
  data: unknown,
  villageLabel: (code: string) => string | undefined = () => undefined,
): PreviewModel {
  const d = obj(data);
  const offer = obj(d['offer']);
  const price = obj(offer['price']);
  const min = amount(price['min']);
  const max = amount(price['max']);
  const producer = obj(d['producer']);
  const whatsapp = parseWhatsApp(str(producer['whatsapp']));
  const certs = obj(d['certifications']);
  const certificates: PreviewCert[] = (['halal', 'bpom', 'pirt'] as const).flatMap((kind) => {
    const c = certs[kind];
    const number = typeof c === 'string' ? c.trim() : str(obj(c)['number']);
    return number ? [{ kind, label: CERT_LABELS[kind], number }] : [];
  });
  const hero = obj(d['hero']);
  const village = str(d['village']);
  return {
    name: text(d['name']),
    nameEn: str(obj(d['name'])['en']),
    tagline: text(d['tagline']),
    price: min === undefined ? '' : formatPrice(max === undefined ? { min } : { min, max }),
    unit: text(offer['unit']),
    orderLink: whatsapp.ok ? waMeLink(whatsapp.value) : undefined,
    producer: str(producer['name']),
    owner: str(producer['owner']),
    village: village ? (villageLabel(village) ?? village) : '',
    certificates,
    hero: str(hero['src']) ? { src: str(hero['src']), alt: text(hero['alt']) } : undefined,
    sample: d['sample'] === true,
  };
}
