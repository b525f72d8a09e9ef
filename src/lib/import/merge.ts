/**
 * A row's values against a product's current frontmatter: the list of writes that actually
 * change something (compared after normalising both sides the way the schema does, so
 * `0812-3456-7890` equals `+6281234567890` and `Rp 25.000` equals `25000`), applied to the
 * YAML text with the `yaml` package so the editor's comments and layout stay. No write, no
 * new byte: an unchanged sheet leaves every file as it was.
 */
import { Document, isMap, parseDocument, Scalar, visit, type Node } from 'yaml';
import { CHECKLIST_AREAS } from '../../schemas/product.ts';
import { parseDate, parseGtin, parsePrice, parseWhatsApp } from '../validators/index.ts';
import { isEkatalogUrl } from '../validators/quantity.ts';

/** One field set to a new value; `path` is the frontmatter path. */
export interface Write {
  path: (string | number)[];
  value: unknown;
  /** Column key that carried it (for the dry-run report and messages). */
  key: string;
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** The raw value at a path of parsed frontmatter. */
export function getPath(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Sets a value at a path of plain data, creating maps on the way. */
export function setPath(data: Raw, path: readonly (string | number)[], value: unknown): void {
  let v: Raw = data;
  path.forEach((k, i) => {
    if (i === path.length - 1) v[k] = value;
    else {
      if (!isObject(v[k])) v[k] = {};
      v = v[k] as Raw;
    }
  });
}

const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isoOf = (v: unknown) => {
  const r = parseDate(v);
  return r.ok ? r.value.toISOString().slice(0, 10) : trim(v);
};

/** How both sides of a field are compared. */
const NORMALISE: Record<string, (v: unknown) => unknown> = {
  'producer.whatsapp': (v) => {
    const r = parseWhatsApp(v);
    return r.ok ? r.value : trim(v);
  },
  gtin: (v) => {
    const r = parseGtin(v);
    return r.ok ? r.value.gtin14 : trim(v);
  },
  'producer.consent': isoOf,
  added: isoOf,
  'offer.price': (v) => {
    const r = parsePrice(v);
    return r.ok ? r.value : v;
  },
  'hero.src': (v) => (typeof v === 'string' ? v.trim().replace(/^\.\//, '') : v),
  'certifications.halal': (v) =>
    isObject(v)
      ? { number: trim(v['number']), issued: isoOf(v['issued']), expires: isoOf(v['expires']) }
      : v,
};

interface Localized {
  id?: string | undefined;
  en?: string | undefined;
}

const localizedOf = (raw: unknown): Localized | undefined =>
  typeof raw === 'string'
    ? { id: raw.trim() }
    : isObject(raw)
      ? {
          id: typeof raw['id'] === 'string' ? raw['id'].trim() : undefined,
          en: typeof raw['en'] === 'string' ? raw['en'].trim() : undefined,
        }
      : undefined;

/** Writes for a bilingual text whose parts the sheet may carry separately. */
function localizedWrites(
  base: string[],
  key: string,
  raw: unknown,
  id: string | undefined,
  en: string | undefined,
): Write[] {
  if (id === undefined && en === undefined) return [];
  const cur = localizedOf(raw);
  const next = { id: id ?? cur?.id, en: en ?? cur?.en };
  if (!next.id) {
    // English alone for a text without Indonesian: let the schema report the missing part.
    return [{ path: base, value: { en: next.en }, key }];
  }
  if (cur && cur.id === next.id && cur.en === next.en) return [];
  if (isObject(raw)) {
    const writes: Write[] = [];
    if (cur?.id !== next.id) writes.push({ path: [...base, 'id'], value: next.id, key });
    if (cur?.en !== next.en) writes.push({ path: [...base, 'en'], value: next.en, key });
    return writes;
  }
  return [{ path: base, value: next.en ? { id: next.id, en: next.en } : next.id, key }];
}

/** The schema's defaults: a field left out means this value, so the sheet saying it is no change. */
const DEFAULTS: Record<string, unknown> = {
  sample: false,
  'offer.available': true,
  'qris.accepted': false,
};

/** Writes for one scalar-like field, when its normalised value differs. */
function fieldWrite(path: string[], key: string, raw: unknown, value: unknown): Write[] {
  const dotted = path.join('.');
  const norm = NORMALISE[dotted] ?? trim;
  const current = raw === undefined ? DEFAULTS[dotted] : raw;
  return same(norm(current), norm(value)) ? [] : [{ path, value, key }];
}

/**
 * Every write a row's values make on a product whose current frontmatter is `data` (`{}` for
 * a new product). Keys are column keys (`columns.ts`); `photo` is the hero's file name in the
 * product folder, when the row names one.
 */
export function writesFor(data: unknown, values: ReadonlyMap<string, unknown>): Write[] {
  const writes: Write[] = [];
  const has = (k: string) => values.has(k);
  const str = (k: string) => values.get(k) as string | undefined;
  const simple = (key: string, path = key.split('.')) => {
    if (has(key)) writes.push(...fieldWrite(path, key, getPath(data, path), values.get(key)));
  };
  for (const base of ['name', 'tagline', 'offer.unit', 'hero.alt']) {
    const path = base.split('.');
    writes.push(
      ...localizedWrites(
        path,
        `${base}.id`,
        getPath(data, path),
        str(`${base}.id`),
        str(`${base}.en`),
      ),
    );
  }
  simple('sample');
  simple('category');
  simple('gtin');
  if (has('village.code')) {
    writes.push(
      ...fieldWrite(['village'], 'village', getPath(data, ['village']), str('village.code')),
    );
  }
  for (const k of [
    'producer.name',
    'producer.owner',
    'producer.whatsapp',
    'producer.consent',
    'producer.nib',
    'producer.instagram',
    'offer.available',
    'certifications.bpom',
    'certifications.pirt',
    'qris.accepted',
    'qris.merchant',
    'offer.institutional.monthlyCapacity',
    'offer.institutional.minimumOrder',
    'offer.institutional.leadTimeDays',
    'offer.institutional.invoice',
    'programme.stage',
    ...CHECKLIST_AREAS.map((a) => `programme.checklist.${a}`),
    'added',
  ]) {
    simple(k);
  }
  if (has('offer.shelfLife')) {
    const raw = getPath(data, ['offer', 'shelfLife']);
    writes.push(
      ...localizedWrites(
        ['offer', 'shelfLife'],
        'offer.shelfLife',
        raw,
        str('offer.shelfLife'),
        undefined,
      ),
    );
  }
  if (has('offer.price')) {
    const raw = getPath(data, ['offer', 'price']);
    const cur = parsePrice(raw);
    const given = values.get('offer.price') as { min?: number; max?: number };
    const min = given.min ?? (cur.ok ? cur.value.min : undefined);
    const max = has('offer.price.max')
      ? given.max
      : (given.max ?? (cur.ok ? cur.value.max : undefined));
    const next = max === undefined || max === min ? min : { min, max };
    writes.push(...fieldWrite(['offer', 'price'], 'offer.price.min', raw, next));
  }
  if (has('tags')) {
    const cur = getPath(data, ['tags']);
    const next = values.get('tags') as string[];
    if (!same(Array.isArray(cur) ? cur.map(trim) : cur, next)) {
      writes.push({ path: ['tags'], value: next, key: 'tags' });
    }
  }
  if (has('offer.variants')) {
    const cur = getPath(data, ['offer', 'variants']);
    const list = Array.isArray(cur) ? cur : [];
    const ids = list.map((x) => localizedOf(x)?.id);
    const next = values.get('offer.variants') as string[];
    if (!same(ids, next)) {
      // Keep the English of variants that stay.
      const value = next.map((id): unknown => (list as unknown[])[ids.indexOf(id)] ?? id);
      writes.push({ path: ['offer', 'variants'], value, key: 'offer.variants' });
    }
  }
  if (has('producer.marketplaces')) {
    const cur = getPath(data, ['producer', 'marketplaces']);
    const next = values.get('producer.marketplaces') as { name: string; url: string }[];
    const now = Array.isArray(cur)
      ? cur.map((m: unknown) => (isObject(m) ? { name: trim(m['name']), url: trim(m['url']) } : m))
      : [];
    if (!same(now, next)) {
      // The sheet has no column for a link's kind: a link that stays keeps its kind, and a new
      // link to LKPP e-Katalog gets `kind: e-katalog` (the content check asks for it).
      const sample = values.get('sample') ?? getPath(data, ['sample']);
      const kinds = new Map(
        (Array.isArray(cur) ? cur : []).filter(isObject).map((m) => [trim(m['url']), m['kind']]),
      );
      const value = next.map((m) => {
        const kind = kinds.has(m.url)
          ? kinds.get(m.url)
          : isEkatalogUrl(m.url, sample === true)
            ? 'e-katalog'
            : undefined;
        return kind === undefined ? m : { ...m, kind };
      });
      writes.push({
        path: ['producer', 'marketplaces'],
        value,
        key: 'producer.marketplaces.name',
      });
    }
  }
  const halalKeys = ['number', 'issued', 'expires'].map((k) => `certifications.halal.${k}`);
  if (halalKeys.some(has)) {
    const raw = getPath(data, ['certifications', 'halal']);
    const cur = isObject(raw) ? raw : {};
    const next: Raw = { ...cur };
    for (const k of ['number', 'issued', 'expires']) {
      const v = values.get(`certifications.halal.${k}`);
      if (v !== undefined) next[k] = v;
    }
    writes.push(
      ...fieldWrite(['certifications', 'halal'], 'certifications.halal.number', raw, next),
    );
  }
  if (has('hero.src')) {
    writes.push(
      ...fieldWrite(
        ['hero', 'src'],
        'hero.src',
        getPath(data, ['hero', 'src']),
        `./${str('hero.src')}`,
      ),
    );
  }
  return writes;
}

/** Applies writes to plain data (a deep copy), for validating the result. */
export function applyToData(data: unknown, writes: readonly Write[]): Raw {
  const copy = structuredClone(isObject(data) ? data : {});
  for (const w of writes) setPath(copy, w.path, structuredClone(w.value));
  return copy;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Codes made of digits (village code, WhatsApp, GTIN, NIB, P-IRT) are written in quotes, as
 * the guide asks, so that no YAML reader turns them into numbers.
 */
function quoteCodes<N extends Node | Document>(node: N): N {
  visit(node, {
    Scalar(_, n) {
      if (typeof n.value === 'string' && /^[+\d]/.test(n.value) && !DATE.test(n.value)) {
        n.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
  return node;
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/;

const STRINGIFY = { singleQuote: true, lineWidth: 0 } as const;

/** The file text with the writes applied to its frontmatter; comments and layout kept. */
export function applyToText(source: string, writes: readonly Write[]): string {
  if (!writes.length) return source;
  const m = FRONTMATTER.exec(source);
  if (!m) throw new Error('no frontmatter');
  const doc: Document = parseDocument(m[2] ?? '', { keepSourceTokens: false });
  for (const w of writes) {
    // A plain-text parent (`name: Kopi`) cannot take a child: the write then covers it.
    const parent = w.path.slice(0, -1);
    if (parent.length && doc.hasIn(parent) && !isMap(doc.getIn(parent, true))) {
      doc.setIn(parent, doc.createNode({}));
    }
    doc.setIn(w.path, quoteCodes(doc.createNode(w.value)));
  }
  return `${m[1]}${keepLayout(m[2] ?? '', doc.toString(STRINGIFY))}${m[3]}`;
}

const flowKey = (line: string): string =>
  line.replace(/([{[])\s+/g, '$1').replace(/\s+([}\]])/g, '$1');

/**
 * The `yaml` package prints flow collections its own way (`{a: 1}` or `{ a: 1 }` for both
 * maps and lists); a line whose content did not change keeps the editor's spelling.
 */
export function keepLayout(before: string, after: string): string {
  const original = new Map(before.split('\n').map((l) => [flowKey(l), l]));
  return after
    .split('\n')
    .map((l) => original.get(flowKey(l)) ?? l)
    .join('\n');
}

/** The index.md of a new product: its frontmatter, and the story when the row has one. */
export function newProductText(data: Raw, comment: string, story = ''): string {
  const head = comment
    .split('\n')
    .map((l) => `# ${l}`)
    .join('\n');
  const doc = quoteCodes(new Document(data));
  return `---\n${head}\n${doc.toString(STRINGIFY)}---\n${story ? `\n${story.trim()}\n` : ''}`;
}
