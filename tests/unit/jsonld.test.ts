import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, productJsonLd, serializeJsonLd } from '../../src/lib/views/jsonld.ts';
import { orderLink } from '../../src/lib/links/whatsapp.ts';

const base = {
  url: 'https://x.example/produk/a/',
  name: 'Kopi',
  description: 'Enak',
  images: ['https://x.example/a.jpg'],
  category: 'Kopi',
  producer: 'UMKM',
  village: 'Were I',
  district: 'Golewa',
  regency: 'Kabupaten Ngada',
  available: true,
};

describe('productJsonLd', () => {
  it('has offers in IDR: a single Offer or an AggregateOffer for a range', () => {
    const single = productJsonLd({ ...base, price: { min: 45000 } });
    expect(single['offers']).toMatchObject({
      '@type': 'Offer',
      price: 45000,
      priceCurrency: 'IDR',
    });
    const range = productJsonLd({ ...base, price: { min: 1, max: 2 } });
    expect(range['offers']).toMatchObject({ '@type': 'AggregateOffer', lowPrice: 1, highPrice: 2 });
  });

  it('includes gtin only when given', () => {
    expect(productJsonLd({ ...base, price: { min: 1 } })).not.toHaveProperty('gtin');
    expect(productJsonLd({ ...base, price: { min: 1 }, gtin14: '02000000000107' })['gtin']).toBe(
      '02000000000107',
    );
  });

  it('serialises so that no text can close the script element', () => {
    const text = serializeJsonLd(
      productJsonLd({ ...base, name: '</script><b>', price: { min: 1 } }),
    );
    expect(text).not.toContain('</script>');
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><b>');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers items from 1', () => {
    const ld = breadcrumbJsonLd([
      { name: 'Beranda', url: 'https://x.example/' },
      { name: 'Produk', url: 'https://x.example/produk/' },
    ]);
    expect((ld['itemListElement'] as { position: number }[]).map((i) => i.position)).toEqual([
      1, 2,
    ]);
  });
});

describe('orderLink', () => {
  it('opens wa.me with the number and a localised message naming the product and page', () => {
    const link = new URL(
      orderLink({
        whatsapp: '+6280000000101',
        producer: 'UMKM',
        product: 'Kopi',
        pageUrl: base.url,
        locale: 'en',
      }),
    );
    expect(link.origin + link.pathname).toBe('https://wa.me/6280000000101');
    expect(link.searchParams.get('text')).toBe(
      'Hello UMKM, I would like to order Kopi. I found it on Etalase OVOP NTT: https://x.example/produk/a/',
    );
  });
});
