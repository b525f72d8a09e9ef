/**
 * Writes the content-safety corpus (tests/corpus/content-safety.ts) to throw-away content
 * folders: one folder for all product cases, one per QR registry state.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ProductCase, RegistryCase } from '../corpus/content-safety.ts';
import { fixtureCode } from './content-fixture.ts';
import { pngHeaderOnly } from './png-header.ts';
import { ROOT } from './paths.ts';

let heroJpg: Buffer | undefined;
async function hero(): Promise<Buffer> {
  heroJpg ??= await sharp({
    create: { width: 1600, height: 1200, channels: 3, background: '#a86a12' },
  })
    .jpeg({ quality: 60 })
    .toBuffer();
  return heroJpg;
}

function baseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'etalase-corpus-'));
  copyFileSync(join(ROOT, 'content/categories.yaml'), join(dir, 'categories.yaml'));
  copyFileSync(join(ROOT, 'content/islands.yaml'), join(dir, 'islands.yaml'));
  // Required: every page's footer links the information pages.
  cpSync(join(ROOT, 'content/pages'), join(dir, 'pages'), { recursive: true });
  writeFileSync(join(dir, 'regencies.yaml'), "- id: '53.11'\n  description: Teks uji.\n");
  return dir;
}

const withQr = (source: string, code: string) =>
  source.replace(/^category: .*$/m, (line) => `${line}\nqr: '${code}'`);

const registryLine = (code: string, slug: string) =>
  `- { code: '${code}', product: '${slug}', issued: '2025-05-27' }`;

/** The written text of each product case (for finding expected lines), by folder name. */
export type Written = Map<string, string>;

/** All product cases in one content folder; returns the folder and what was written. */
export async function writeProductCases(
  cases: readonly ProductCase[],
): Promise<{ dir: string; written: Written }> {
  const dir = baseDir();
  const written: Written = new Map();
  const registry: string[] = [];
  for (const [i, c] of cases.entries()) {
    const folder = join(dir, 'products', c.name);
    mkdirSync(folder, { recursive: true });
    let bytes: Buffer;
    if (typeof c.source === 'string' || c.source === undefined) {
      const code = fixtureCode(i);
      const text = c.source ?? (await import('./content-fixture.ts')).VALID_PRODUCT;
      const source = /^qr:/m.test(text) ? text : withQr(text, code);
      if (source !== text) registry.push(registryLine(code, c.name));
      bytes = Buffer.from(source, 'utf8');
      written.set(c.name, source);
    } else {
      bytes = c.source;
      written.set(c.name, bytes.toString('latin1'));
    }
    writeFileSync(join(folder, `index.${c.ext ?? 'md'}`), bytes);
    for (const [name, size] of Object.entries(c.photos ?? { 'hero.jpg': [1600, 1200] })) {
      writeFileSync(
        join(folder, name),
        size === 'huge' ? pngHeaderOnly(20_000, 20_000) : await hero(),
      );
    }
  }
  writeFileSync(join(dir, 'qr-registry.yaml'), registry.map((l) => `${l}\n`).join(''));
  return { dir, written };
}

const git = (dir: string, ...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=Uji',
      '-c',
      'user.email=uji@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd: dir, stdio: 'ignore' },
  );

/** One registry state in its own content folder (a git repository when the case has history). */
export async function writeRegistryCase(c: RegistryCase): Promise<string> {
  const dir = baseDir();
  const lines: string[] = [];
  for (const [i, [slug, text]] of Object.entries(c.products).entries()) {
    const folder = join(dir, 'products', slug);
    mkdirSync(folder, { recursive: true });
    const code = fixtureCode(i);
    writeFileSync(join(folder, 'index.md'), withQr(text, code));
    writeFileSync(join(folder, 'hero.jpg'), await hero());
    lines.push(registryLine(code, slug));
  }
  const registryFile = join(dir, 'qr-registry.yaml');
  writeFileSync(registryFile, c.registry ? c.registry(lines) : lines.map((l) => `${l}\n`).join(''));
  for (const [path, text] of Object.entries(c.extra ?? {})) {
    writeFileSync(join(dir, 'products', path), text);
  }
  if (c.git) {
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'awal');
    for (const [slug, text] of Object.entries(c.git.after.products ?? {})) {
      const folder = join(dir, 'products', slug);
      if (text === null) rmSync(folder, { recursive: true, force: true });
      else if (text.startsWith('@')) {
        renameSync(join(dir, 'products', text.slice(1)), folder);
      } else {
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'index.md'), text);
        writeFileSync(join(folder, 'hero.jpg'), await hero());
      }
    }
    if (c.git.after.registry) writeFileSync(registryFile, c.git.after.registry(lines));
  }
  return dir;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineContaining(text: string, needle: string): number | undefined {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : undefined;
}

export const readText = (path: string) => readFileSync(path, 'utf8');
