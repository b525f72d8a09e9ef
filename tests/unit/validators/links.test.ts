import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHttpsUrl } from '../../../src/lib/validators/links.ts';
import type { Result } from '../../../src/lib/validators/result.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('parseHttpsUrl accepts', () => {
  it.each([
    ['https://www.example.com/toko', 'https://www.example.com/toko'],
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://EXAMPLE.COM/Toko', 'https://example.com/Toko'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://example.com/a?b=1&c=2#d', 'https://example.com/a?b=1&c=2#d'],
    ['https://example.com/kain%20tenun', 'https://example.com/kain%20tenun'],
    ['https://maps.app.goo.gl/AbC123', 'https://maps.app.goo.gl/AbC123'],
    ['https://www.instagram.com/tenun.ikat/', 'https://www.instagram.com/tenun.ikat/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('%j -> %s', (input, expected) => {
    expect(parseHttpsUrl(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseHttpsUrl rejects', () => {
  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['a number', 42],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in odd case', 'JaVaScRiPt:alert(1)'],
    ['javascript: after spaces', '   javascript:alert(1)'],
    ['javascript: after a tab', '\tjavascript:alert(1)'],
    ['javascript: after a control character', '\u0001javascript:alert(1)'],
    ['javascript: after a zero-width space', '\u200Bjavascript:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['javascript: with a newline inside', 'java\nscript:alert(1)'],
    ['javascript: disguised as https', 'javascript://example.com/%0Aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['http:', 'http://example.com/'],
    ['HTTP: in capitals', 'HTTP://EXAMPLE.COM/'],
    ['mailto:', 'mailto:toko@example.com'],
    ['tel:', 'tel:+6281234567890'],
    ['ftp:', 'ftp://example.com/file'],
    ['file:', 'file:///etc/passwd'],
    ['a relative path', '/produk/kopi-bajawa/'],
    ['a protocol-relative URL', '//example.com/toko'],
    ['no scheme', 'www.example.com/toko'],
    ['a bare domain', 'example.com'],
    ['a bare domain with a port', 'example.com:8080/toko'],
    ['user and password', 'https://user:secret@example.com/'],
    ['a user name only', 'https://user@example.com/'],
    ['a space inside', 'https://example.com/kain tenun'],
    ['a no-break space inside', 'https://example.com/kain\u00A0tenun'],
    ['a newline inside', 'https://example.com/\nx'],
    ['a host without a dot', 'https://localhost/'],
    ['a host ending in a dot only', 'https://example./'],
    ['an IPv6 host', 'https://[::1]/'],
    ['nothing after the scheme', 'https://'],
    ['an invalid host', 'https://exa mple.com'],
    ['a bad port', 'https://example.com:99999/'],
  ])('%s (%j)', (_label, input) => {
    expect(parseHttpsUrl(input).ok).toBe(false);
  });

  it('suggests https for http links', () => {
    expect(errorOf(parseHttpsUrl('http://example.com/toko'))).toMatchInlineSnapshot(`
      {
        "en": "Link "http://example.com/toko" uses http://, which is not secure. Use https:// instead (open "https://example.com/toko" first to make sure the page loads).",
        "id": "Tautan "http://example.com/toko" memakai http://, yang tidak aman. Gunakan https:// (buka dulu "https://example.com/toko" untuk memastikan halamannya bisa dibuka).",
      }
    `);
  });

  it('names the refused scheme', () => {
    expect(errorOf(parseHttpsUrl('JavaScript:alert(1)'))).toMatchInlineSnapshot(`
      {
        "en": "Link "JavaScript:alert(1)" uses "javascript:", but only https:// links are allowed. Write a web page address, e.g. "https://www.example.com/toko".",
        "id": "Tautan "JavaScript:alert(1)" memakai "javascript:", padahal hanya tautan https:// yang diizinkan. Tulis alamat halaman web, misalnya "https://www.example.com/toko".",
      }
    `);
  });

  it('spells out hidden characters so the editor can find them', () => {
    expect(errorOf(parseHttpsUrl('https://example.com/\u200Bx')).en).toContain('\\u200B');
  });

  it('offers the https:// form of a bare address', () => {
    expect(errorOf(parseHttpsUrl('www.example.com/toko')).en).toContain(
      '"https://www.example.com/toko"',
    );
  });
});

describe('parseHttpsUrl properties', () => {
  const scheme = fc
    .stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,11}$/)
    .filter((s) => s.toLowerCase() !== 'https');
  const rest = fc.oneof(
    fc.string(),
    fc.constantFrom('//example.com/', 'alert(1)', '//example.com:443/x', ''),
  );

  it('rejects every scheme other than https', () => {
    fc.assert(
      fc.property(scheme, rest, (s, r) => {
        expect(parseHttpsUrl(`${s}:${r}`).ok).toBe(false);
      }),
    );
  });

  it('rejects javascript: in any letter case behind any invisible prefix', () => {
    const casing = fc
      .array(fc.boolean(), { minLength: 10, maxLength: 10 })
      .map((upper) =>
        Array.from('javascript', (c, i) => (upper[i] ? c.toUpperCase() : c)).join(''),
      );
    const junk = fc.array(
      fc.constantFrom(' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001F', '\u200B', '\uFEFF'),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(junk, casing, junk, (before, word, inside) => {
        const at = Math.min(inside.length, word.length);
        const input = `${before.join('')}${word.slice(0, at)}${inside.join('')}${word.slice(at)}:alert(1)`;
        expect(parseHttpsUrl(input).ok).toBe(false);
      }),
    );
  });

  it('only ever returns https URLs without credentials', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (input) => {
        const result = parseHttpsUrl(input);
        if (result.ok) {
          const url = new URL(result.value);
          expect(url.protocol).toBe('https:');
          expect(url.username + url.password).toBe('');
          expect(result.value).not.toMatch(/\s/);
        }
      }),
    );
    // fast-check's URL generator takes seconds on a loaded 2-core machine: allow for it.
  }, 30_000);
});
