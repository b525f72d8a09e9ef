import { describe, expect, it } from 'vitest';
import { landingPlan, pageFile, redirectPage } from '../../src/lib/links/landings.ts';

const products = [
  { slug: 'kopi-golewa', qr: 'RM7B', gtin14: '02000000000107' },
  { slug: 'madu-digits', qr: '2345' },
  { slug: 'no-code' },
];

describe('landingPlan', () => {
  it('copies the product page to /P/, /p/ and /01/, lowercase codes included (never a redirect page)', () => {
    const plan = landingPlan(products, { caseSensitive: true });
    // A lowercase copy, not a redirect: on a case-insensitive host p/rm7b/ and p/RM7B/ are one
    // file, and a redirect page there would lead to itself.
    expect(plan.copies).toEqual([
      { from: 'produk/kopi-golewa/index.html', to: 'p/RM7B/index.html' },
      { from: 'produk/kopi-golewa/index.html', to: 'p/rm7b/index.html' },
      { from: 'produk/kopi-golewa/index.html', to: 'P/RM7B/index.html' },
      { from: 'produk/kopi-golewa/index.html', to: 'P/rm7b/index.html' },
      { from: 'produk/kopi-golewa/index.html', to: '01/02000000000107/index.html' },
      // A code of digits only has no lowercase form.
      { from: 'produk/madu-digits/index.html', to: 'p/2345/index.html' },
      { from: 'produk/madu-digits/index.html', to: 'P/2345/index.html' },
    ]);
    expect(Object.keys(plan)).toEqual(['copies']);
  });

  it('writes /p/<CODE>/ only where the file system cannot tell p from P', () => {
    const plan = landingPlan(products, { caseSensitive: false });
    expect(plan.copies.map((c) => c.to)).toEqual([
      'p/RM7B/index.html',
      '01/02000000000107/index.html',
      'p/2345/index.html',
    ]);
  });

  it('refuses to write one address for two products', () => {
    expect(() =>
      landingPlan(
        [
          { slug: 'a', qr: 'AAAA' },
          { slug: 'b', qr: 'AAAA' },
        ],
        { caseSensitive: true },
      ),
    ).toThrow('p/AAAA/index.html would be written for both a and b');
  });
});

describe('pageFile', () => {
  it('maps a page path to its file', () => {
    expect(pageFile('/produk/x/')).toBe('produk/x/index.html');
    expect(pageFile('/')).toBe('index.html');
    expect(() => pageFile('/produk/x')).toThrow(/slashes/);
  });
});

describe('redirectPage', () => {
  const html = redirectPage('/p/RM7B/', {
    origin: 'https://ovop.example/',
    title: 'Etalase "OVOP" & NTT',
    description: 'Katalog <produk>',
  });
  it('refreshes at once, tells search engines where the page is, and links it', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/p/RM7B/">');
    expect(html).toContain('<link rel="canonical" href="https://ovop.example/p/RM7B/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/p/RM7B/">https://ovop.example/p/RM7B/</a>');
  });
  it('escapes text', () => {
    expect(html).toContain('<title>Etalase &#34;OVOP&#34; &#38; NTT</title>');
    expect(html).toContain('content="Katalog &#60;produk&#62;"');
  });
});
