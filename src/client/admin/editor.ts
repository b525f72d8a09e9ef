/**
 * The web editor at /admin/: Sveltia CMS from npm, with the two parts this site adds through
 * the CMS's own extension API (Sveltia implements Decap's `registerWidget`,
 * `registerPreviewStyle` and `registerPreviewTemplate`, with React components; it puts React's
 * `h` and `createClass` on `window`, as Decap does):
 * - `ntt-village`: the village field (./village-field.ts), instead of a select of 3,442 options;
 * - the product preview: the product page's top (photo, name, price, order button, village and
 *   certificates) and its producer, drawn with the site's own stylesheet and classes.
 * Bundled by Astro into a same-origin file, so /admin/'s policy (`script-src 'self'`) holds.
 */
import CMS from '@sveltia/cms';
import siteCss from '../../styles/global.css?url';
import { previewModel, type PreviewModel } from '../../lib/cms/preview.ts';
import {
  guardEscape,
  mountVillageField,
  villageSearch,
  type VillageField,
} from './village-field.ts';

/** The name of the village field type in config.yml (src/lib/cms/fields.ts). */
export const VILLAGE_WIDGET = 'ntt-village';

type Element = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface Component {
  props: Record<string, unknown>;
  setState(state: Record<string, unknown>): void;
  state: Record<string, unknown> | null;
  [own: string]: unknown;
}
type CreateClass = (spec: Record<string, unknown> & ThisType<Component>) => unknown;
const { h, createClass } = window as unknown as { h: H; createClass: CreateClass };

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS?(): unknown;
}

const VillageControl = createClass({
  componentDidMount() {
    const props = this.props as { forID: string; value?: string; onChange(v: string): void };
    this['field'] = mountVillageField(this['host'] as HTMLElement, {
      id: props.forID,
      value: typeof props.value === 'string' ? props.value : '',
      onChange: (code) => (this.props as { onChange(v: string): void }).onChange(code),
    });
  },
  componentDidUpdate() {
    const value = (this.props as { value?: unknown }).value;
    (this['field'] as VillageField | undefined)?.setValue(typeof value === 'string' ? value : '');
  },
  componentWillUnmount() {
    (this['field'] as VillageField | undefined)?.destroy();
  },
  shouldComponentUpdate(next: { value?: unknown }) {
    return next.value !== (this.props as { value?: unknown }).value;
  },
  render() {
    return h('div', {
      ref: (el: HTMLElement | null) => {
        if (el) this['host'] = el;
      },
    });
  },
});

/** Village labels, once the list is here (asked for by the first preview, not at start). */
let labelOf: (code: string) => string | undefined = () => undefined;
function whenLabelled(redraw: () => void): void {
  villageSearch().then(
    (s) => {
      labelOf = (code) => s.byCode(code)?.label;
      redraw();
    },
    () => undefined,
  );
}

const VillagePreview = createClass({
  componentDidMount() {
    whenLabelled(() => this.setState({ labelled: true }));
  },
  render() {
    const value = (this.props as { value?: unknown }).value;
    return h('p', null, typeof value === 'string' ? (labelOf(value) ?? value) : '');
  },
});

function productPreview(m: PreviewModel, photo: string | undefined): Element {
  const trust = [
    m.village && h('li', { className: 'trust-place' }, m.village),
    ...m.certificates.map((c) =>
      h('li', { className: `trust-cert trust-valid`, key: c.kind }, c.label),
    ),
  ].filter(Boolean);
  return h(
    'main',
    { id: 'main', className: 'container product', 'data-preview': 'product' },
    m.sample &&
      h(
        'p',
        { className: 'notice sample-notice' },
        'Contoh: produk dan produsen ini fiktif. / Sample: a fictional product.',
      ),
    h(
      'div',
      { className: 'product-top' },
      photo
        ? h('img', { className: 'product-hero', src: photo, alt: m.hero?.alt ?? '' })
        : h(
            'div',
            { className: 'product-hero notice' },
            'Foto utama belum dipilih. / No photo yet.',
          ),
      h(
        'div',
        { className: 'product-summary' },
        h('h1', null, m.name || '(nama produk / product name)'),
        h(
          'div',
          { className: 'buy-row' },
          h(
            'p',
            { className: 'price', 'data-preview': 'price' },
            h('strong', null, m.price || 'Rp –'),
            m.unit ? ` ${m.unit}` : '',
          ),
          h(
            'p',
            null,
            h(
              'a',
              {
                className: 'btn btn-wa',
                href: m.orderLink ?? '#',
                target: '_blank',
                rel: 'noopener',
                'aria-disabled': m.orderLink ? undefined : 'true',
              },
              'Pesan lewat WhatsApp',
            ),
          ),
        ),
        trust.length > 0 && h('ul', { className: 'trust', 'aria-label': 'Bukti' }, ...trust),
        m.tagline && h('p', { className: 'tagline' }, m.tagline),
      ),
    ),
    h(
      'section',
      { className: 'producer', 'aria-labelledby': 'preview-producer' },
      h('h2', { id: 'preview-producer' }, 'Produsen'),
      h('p', null, h('strong', null, m.producer || '–'), m.owner ? ` — ${m.owner}` : ''),
      m.village && h('p', null, m.village),
    ),
    h(
      'section',
      { 'aria-labelledby': 'preview-certs' },
      h('h2', { id: 'preview-certs' }, 'Sertifikasi dan izin'),
      m.certificates.length
        ? h(
            'ul',
            null,
            ...m.certificates.map((c) => h('li', { key: c.kind }, `${c.label}: ${c.number}`)),
          )
        : h('p', null, 'Produk ini belum memiliki sertifikat Halal, BPOM atau P-IRT.'),
    ),
  );
}

const ProductPreview = createClass({
  componentDidMount() {
    whenLabelled(() => this.setState({ labelled: true }));
  },
  render() {
    const { entry, getAsset } = this.props as {
      entry: ImmutableMap;
      getAsset: (path: string) => { url?: string; toString(): string } | undefined;
    };
    const data = entry.get('data') as ImmutableMap | undefined;
    const m = previewModel(data?.toJS ? data.toJS() : {}, labelOf);
    const asset = m.hero ? getAsset(m.hero.src) : undefined;
    const photo = asset ? (asset.url ?? String(asset)) : undefined;
    return productPreview(m, photo);
  },
});

/**
 * Registering a React field or template makes the CMS fetch React DOM and Immutable.js at once
 * (271 kB) — bytes the sign-in screen does not need. Nobody reaches a product form without a
 * click, a key or a change of address (the CMS routes by `#/…`), and these listeners, added
 * before the CMS starts, hear each of those before the CMS does; an address that already opens
 * a form (a bookmarked entry, a restored session) registers at once. A form then waits for those
 * libraries as it would for any custom field.
 */
let registered = false;
function registerOwnParts(): void {
  if (registered) return;
  registered = true;
  CMS.registerWidget(VILLAGE_WIDGET, VillageControl, VillagePreview);
  CMS.registerPreviewTemplate('products', ProductPreview);
}
const FORM_ADDRESS = /^#\/collections\/[^/]+\/(?:new|entries\/)/;

guardEscape(window);
// Absolute: the preview is a blob: document, where a root-relative address has no base.
CMS.registerPreviewStyle(new URL(siteCss, window.location.origin).href);
if (FORM_ADDRESS.test(window.location.hash)) registerOwnParts();
else {
  for (const type of ['pointerdown', 'keydown', 'hashchange']) {
    window.addEventListener(type, registerOwnParts, { capture: true, once: true });
  }
}
void CMS.init();
