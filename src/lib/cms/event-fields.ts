/**
 * What the web editor says about each event field (content/acara/, src/schemas/event.ts): an
 * Indonesian label and an English hint by path, and the widget of fields the schema leaves to a
 * validator. The structure comes from the schema, as for products (`./fields.ts`).
 */
import { type FieldText, PATTERNS } from './fields.ts';

/**
 * Date and time as the schema reads it: `2026-12-12 08:00`. The format has no time zone, so the
 * file holds the wall-clock time the editor picked, which the hint says is WITA.
 */
const WITA_DATETIME: FieldText['widget'] = { widget: 'datetime', format: 'YYYY-MM-DD HH:mm' };

/** Every event field the editor shows. A schema field missing here fails the unit test. */
export const EVENT_FIELD_TEXT: Readonly<Record<string, FieldText>> = {
  sample: {
    label: 'Contoh (fiktif)',
    hint: 'Nyalakan hanya untuk acara contoh. / On only for fictional sample events: the site shows a "Sample" notice.',
  },
  title: { label: 'Nama acara', hint: 'Event name, e.g. "Pasar Tani Kota Kupang".' },
  description: {
    label: 'Keterangan',
    hint: 'Apa yang ditemui pengunjung, dalam satu paragraf. / What visitors find there, in one paragraph.',
  },
  start: {
    label: 'Mulai (WITA)',
    hint: 'Hari pertama dan jam buka, waktu WITA. / First day and opening time, in WITA.',
    widget: WITA_DATETIME,
  },
  end: {
    label: 'Selesai (WITA)',
    hint: 'Hari terakhir dan jam tutup, waktu WITA; sama dengan atau sesudah Mulai. / Last day and closing time, in WITA; not before the start.',
    widget: WITA_DATETIME,
  },
  place: { label: 'Tempat', hint: 'Where it takes place.' },
  'place.venue': {
    label: 'Nama tempat',
    hint: 'Mis. "Lapangan Kantor Gubernur". / Name of the place.',
  },
  'place.address': { label: 'Alamat', hint: 'Street address, e.g. "Jl. El Tari No. 52, Kupang".' },
  'place.regency': {
    label: 'Kabupaten/kota',
    hint: 'Pilih kabupaten/kota tempat acara. / The regency or city of the place.',
    // Options (NTT's 22 regencies and cities) are added by ./config-data.ts.
    widget: { widget: 'select' },
  },
  products: {
    label: 'Produk yang hadir',
    hint: 'Pilih produk yang dipamerkan; yang disimpan adalah kode QR-nya. / Pick the products shown there; their QR codes are stored.',
    // Options (every product with a QR code) are added by ./config-data.ts.
    widget: { widget: 'select', multiple: true, default: [] },
  },
  organiser: { label: 'Penyelenggara', hint: 'Who organises it (optional).' },
  'organiser.name': { label: 'Nama penyelenggara', hint: 'Name of the organiser.' },
  'organiser.url': {
    label: 'Tautan penyelenggara',
    hint: 'Alamat https halaman penyelenggara tentang acara ini. / The https address of the organiser’s page about the event.',
    widget: {
      widget: 'string',
      pattern: [PATTERNS.https, 'Alamat harus diawali https:// / Must start with https://'],
    },
  },
};
