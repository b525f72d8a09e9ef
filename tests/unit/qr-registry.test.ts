import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCode } from '../../src/lib/qr/codes.ts';
import { isAlphanumericPayload, printedShortUrl, qrPayload } from '../../src/lib/qr/links.ts';
import { checkRegistry, type RegistryEntry } from '../../src/lib/qr/registry.ts';
import { isQrCode } from '../../src/lib/validators/qr-code.ts';
import { insertQrLine } from '../../scripts/lib/frontmatter-edit.ts';

const registry: RegistryEntry[] = [
  { code: 'AAAA', product: 'kopi', issued: '2025-05-27' },
  { code: 'BBBB', product: 'madu', issued: '2025-05-27' },
];
const ids = (list: ReturnType<typeof checkRegistry>) => list.map((p) => p.message.en);

describe('checkRegistry', () => {
  it('accepts products whose codes match the registry', () => {
    expect(
      checkRegistry(
        [
          { slug: 'kopi', qr: 'AAAA', retired: false },
          { slug: 'madu', qr: 'BBBB', retired: true },
        ],
        registry,
      ),
    ).toEqual([]);
  });

  it('keeps a code working when its product folder is renamed', () => {
    expect(
      checkRegistry(
        [
          { slug: 'kopi-arabika', qr: 'AAAA', retired: false },
          { slug: 'madu', qr: 'BBBB', retired: false },
        ],
        registry,
      ),
    ).toEqual([]);
  });

  it('fails, naming the code, when a product folder disappears without being retired', () => {
    const problems = checkRegistry([{ slug: 'kopi', qr: 'AAAA', retired: false }], registry);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('BBBB');
    expect(ids(problems)[0]).toMatch(
      /QR code BBBB \(issued to "madu"\) no longer leads to any product.*retired/,
    );
  });

  it('fails when a code is reused for another product', () => {
    const problems = checkRegistry(
      [
        { slug: 'kopi', qr: 'AAAA', retired: false },
        { slug: 'madu', qr: 'BBBB', retired: false },
        { slug: 'garam', qr: 'AAAA', retired: false },
      ],
      registry,
    );
    expect(problems.map((p) => p.slug)).toEqual(['garam']);
    expect(ids(problems)[0]).toContain(
      'QR code AAAA was issued to product "kopi" but is also used by "garam"',
    );
  });

  it('fails when a product carries a code other than the one it was issued', () => {
    const problems = checkRegistry(
      [
        { slug: 'kopi', qr: 'CCCC', retired: false },
        { slug: 'madu', qr: 'BBBB', retired: false },
      ],
      [...registry, { code: 'CCCC', product: 'kopi', issued: '2026-01-01' }],
    );
    expect(ids(problems)).toEqual([
      expect.stringContaining(
        'Product "kopi" is recorded with QR code AAAA in the registry, but its qr: line holds CCCC',
      ),
    ]);
    // A hand edit is answered with "restore from git", never with a new code.
    expect(ids(problems)[0]).toContain('restore from git');
    expect(ids(problems)[0]).not.toMatch(/qr:assign/);
  });

  it('fails on codes never issued, products without a code, and duplicate registry lines', () => {
    const problems = checkRegistry(
      [
        { slug: 'kopi', qr: 'AAAA', retired: false },
        { slug: 'madu', qr: 'BBBB', retired: false },
        { slug: 'baru', retired: false },
        { slug: 'ketik', qr: 'ZZZZ', retired: false },
      ],
      [...registry, { code: 'AAAA', product: 'x', issued: '2026-01-01' }],
    );
    expect(ids(problems)).toEqual([
      expect.stringContaining('recorded twice'),
      expect.stringContaining('Product "baru" has no QR code yet'),
      expect.stringContaining('QR code ZZZZ of product "ketik" is not in content/qr-registry.yaml'),
    ]);
    expect(ids(problems)[2]).toContain('restore the registry from git');
    expect(ids(problems)[2]).not.toMatch(/Delete the qr: line|run npm run qr:assign/);
  });
});

describe('codes', () => {
  it('makes valid codes that are never already taken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 8, maxLength: 40 }),
        (rolls) => {
          let i = 0;
          const random = () => rolls[i++ % rolls.length] as number;
          const first = newCode(new Set(), random);
          const taken = new Set([first]);
          const second = newCode(taken, random);
          expect(isQrCode(first) && isQrCode(second)).toBe(true);
          expect(taken.has(second)).toBe(false);
        },
      ),
    );
  });

  it('grows the code length rather than loop forever when codes run out', () => {
    expect(newCode(new Set(['0000']), () => 0, 4)).toBe('00000');
  });
});

describe('QR payload', () => {
  it('is the uppercase origin + /P/CODE/, entirely in QR alphanumeric mode', () => {
    const payload = qrPayload('https://ovop.nttprov.example', '7K3M');
    expect(payload).toBe('HTTPS://OVOP.NTTPROV.EXAMPLE/P/7K3M/');
    expect(isAlphanumericPayload(payload)).toBe(true);
    expect(isAlphanumericPayload('https://x')).toBe(false);
  });

  it('prints a short link people can type', () => {
    expect(printedShortUrl('https://ovop.example', '7K3M')).toBe('ovop.example/p/7K3M');
  });
});

describe('insertQrLine', () => {
  it('replaces the template comment, or goes after category', () => {
    expect(insertQrLine('---\ncategory: kopi\n# qr: x\n---\n', 'AB12')).toMatch(
      /^---\ncategory: kopi\nqr: 'AB12'/,
    );
    expect(insertQrLine('---\nname: a\ncategory: kopi\nvillage: x\n---\n', 'AB12')).toMatch(
      /category: kopi\nqr: 'AB12'.*\nvillage: x/,
    );
  });
});

describe('checkRegistry after edits', () => {
  it('asks only to restore, when a product lost its qr line', () => {
    const problems = checkRegistry(
      [
        { slug: 'kopi', retired: false },
        { slug: 'madu', qr: 'BBBB', retired: false },
      ],
      registry,
    );
    expect(problems.map((p) => p.message.en)).toEqual([
      expect.stringContaining("Restore: qr: 'AAAA'"),
    ]);
  });

  it('does not blame a renamed product when a new product takes its old folder name', () => {
    const problems = checkRegistry(
      [
        { slug: 'kopi-arabika', qr: 'AAAA', retired: false }, // renamed from "kopi"
        { slug: 'kopi', qr: 'CCCC', retired: false }, // new product in the old folder name
        { slug: 'madu', qr: 'BBBB', retired: false },
      ],
      [...registry, { code: 'CCCC', product: 'kopi', issued: '2026-01-01' }],
    );
    expect(problems).toEqual([]);
  });
});
