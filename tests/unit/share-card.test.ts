/** Share cards, trust strip, WhatsApp share link and manifest: the pure parts. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { webManifest } from '../../src/lib/share-cards/icons.ts';
import {
  CARD_FONTS,
  cardText,
  renderShareCard,
  SHARE_CARD,
} from '../../src/lib/share-cards/draw.ts';
import { whatsappShareLink } from '../../src/lib/links/whatsapp.ts';
import { trustItems } from '../../src/lib/catalogue/trust.ts';
import { shareCardUrl } from '../../src/lib/links/urls.ts';
import { missingGlyphs } from '../helpers/glyphs.ts';
import { MAX_PRODUCT_NAME } from '../helpers/text-limits.ts';

describe('shareCardUrl', () => {
  it.each([
    ['/', '/og/index.jpg'],
    ['/en/', '/og/en.jpg'],
    ['/produk/', '/og/produk.jpg'],
    ['/produk/2/', '/og/produk.jpg'],
    ['/en/produk/3/', '/og/en/produk.jpg'],
    ['/produk/kopi-arabika-golewa/', '/og/produk/kopi-arabika-golewa.jpg'],
    ['/en/produk/kopi-arabika-golewa/', '/og/en/produk/kopi-arabika-golewa.jpg'],
    ['/kabupaten/ngada/', '/og/kabupaten/ngada.jpg'],
    ['/kategori/kopi/', '/og/kategori/kopi.jpg'],
    ['/program/', '/og/program.jpg'],
    ['/en/program/', '/og/en/program.jpg'],
    // Pages without a card of their own show their language's home card.
    ['/cari/', '/og/index.jpg'],
    ['/en/data/', '/og/en.jpg'],
    ['/label/RM7B/', '/og/index.jpg'],
    ['/tentang/', '/og/index.jpg'],
  ])('%s -> %s', (page, card) => {
    expect(shareCardUrl(page)).toBe(card);
  });
});

describe('renderShareCard', () => {
  const longest = {
    title: 'W'.repeat(MAX_PRODUCT_NAME),
    subtitle: 'Rp1.250.000 – Rp2.500.000',
    place: 'Kefamenanu Selatan, Timor Tengah Utara',
    mark: 'Gerakan Beli Produk NTT · Etalase OVOP NTT',
    badge: 'CONTOH — produk fiktif',
  };

  it('draws a 1200 × 630 JPEG under 300 KB even for the longest name, with a photo', async () => {
    const photo = await sharp({
      create: { width: 1600, height: 1200, channels: 3, background: '#a86a12' },
    })
      .jpeg()
      .toBuffer();
    const file = join(mkdtempSync(join(tmpdir(), 'card-')), 'photo.jpg');
    writeFileSync(file, photo);
    const jpeg = await renderShareCard({ ...longest, photo: file });
    const meta = await sharp(jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([SHARE_CARD.width, SHARE_CARD.height]);
    expect(jpeg.length).toBeLessThanOrEqual(SHARE_CARD.maxBytes);
  });

  it('draws text: the title area is not blank', async () => {
    const blank = await renderShareCard({ title: '.', mark: '.' });
    const drawn = await renderShareCard({ title: longest.title, mark: longest.mark });
    // The title area only (left, under the top margin): the rest of the card is the same.
    const stats = async (b: Buffer) => {
      const region = await sharp(b)
        .extract({ left: 48, top: 48, width: 560, height: 200 })
        .png()
        .toBuffer();
      return (await sharp(region).stats()).channels[0]?.stdev ?? 0;
    };
    expect(await stats(drawn)).toBeGreaterThan((await stats(blank)) + 20);
  });

  it('the bundled font has a glyph for every character of Indonesian text, and the check can fail', () => {
    const text = cardText({
      ...longest,
      title:
        'Tenun Ikat Sumba — “Hinggi” (Kain Adat) · Nunle’u, Sabu Raijua: Rp45.000–Rp60.000 é ñ',
    });
    for (const font of Object.values(CARD_FONTS)) {
      expect(missingGlyphs(font, text)).toEqual([]);
      expect(missingGlyphs(font, 'Kopi 咖啡')).toEqual(['咖', '啡']);
    }
  });
});

describe('trust strip', () => {
  it('lists programme, place and each certificate with its status word', () => {
    const items = trustItems(
      { village: 'Golewa', regency: 'Ngada' },
      [
        { kind: 'halal', status: 'valid' },
        { kind: 'bpom', status: 'expiring' },
        { kind: 'pirt', status: 'expired' },
      ],
      'id',
    );
    expect(items.map((i) => i.text)).toEqual([
      'Produk binaan OVOP NTT',
      'Golewa, Ngada',
      'Halal: berlaku',
      'BPOM: segera berakhir',
      'P-IRT: kedaluwarsa',
    ]);
    expect(
      trustItems({ village: 'A', regency: 'B' }, [{ kind: 'halal', status: 'expired' }], 'en').map(
        (i) => i.text,
      ),
    ).toEqual(['OVOP NTT mentored product', 'A, B', 'Halal: expired']);
  });
});

describe('WhatsApp share link and manifest', () => {
  it('opens WhatsApp with the name and the page URL, encoded', () => {
    const href = whatsappShareLink('Kopi & Gula', 'https://produk.nttprov.go.id/produk/x/', 'id');
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/');
    expect(url.searchParams.get('text')).toBe(
      'Kopi & Gula — produk OVOP NTT: https://produk.nttprov.go.id/produk/x/',
    );
  });

  it('manifest has name, colours, start URL and 192/512 PNG icons', () => {
    const m = webManifest();
    expect(m).toMatchObject({ name: 'Etalase OVOP NTT', start_url: '/', theme_color: '#13263f' });
    expect((m['icons'] as { sizes: string }[]).map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
