/**
 * The web editor's village field: a combobox (WAI-ARIA 1.2 pattern) over NTT's 3,442 villages.
 * The list is downloaded once, when the first product form opens (`/admin/villages.json`,
 * src/lib/cms/village-list.ts), not with the editor's configuration; each keystroke ranks it in
 * one pass and draws at most 30 choices, so the field answers at once even on a slow laptop.
 * The field stores the Kemendagri code; the editor sees "village — Kec. district, regency".
 * Plain DOM, so it does not depend on how the CMS renders its own fields.
 */
import { readVillageList, VillageSearch, type ListedVillage } from '../../lib/cms/village-list.ts';

export const VILLAGE_LIST_URL = '/admin/villages.json';
const SHOWN = 30;

let loading: Promise<VillageSearch> | undefined;

/** The village list, downloaded once per page (a failed download is tried again next time). */
export function villageSearch(url = VILLAGE_LIST_URL): Promise<VillageSearch> {
  loading ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    })
    .then((json) => new VillageSearch(readVillageList(json)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export interface VillageFieldOptions {
  /** The input's id (the CMS's label points at it). */
  id: string;
  /** The stored value: a Kemendagri code, or '' when empty. */
  value: string;
  onChange: (code: string) => void;
  /** Where the list comes from (tests). */
  listUrl?: string;
}

export interface VillageField {
  /** The CMS changed the value (e.g. another entry opened). */
  setValue(code: string): void;
  destroy(): void;
}

let counter = 0;

/**
 * The field's looks: the list lies over the form (absolutely placed), so opening and filtering
 * it never moves the rest of the long form. Colours follow the CMS's own variables where it has
 * them. Inserted once as a <style> element, which /admin/'s policy allows (`style-src
 * 'unsafe-inline'`, as for the CMS's own component styles).
 */
const STYLE = `
.etalase-village { position: relative; }
.etalase-village input { width: 100%; box-sizing: border-box; font: inherit; padding: 8px 12px;
  border: 1px solid var(--sui-textbox-border-color, #888); border-radius: 4px;
  color: var(--sui-primary-foreground-color, inherit);
  background: var(--sui-textbox-background-color, transparent); }
.etalase-village ul { position: absolute; inset-inline: 0; top: 100%; z-index: 10; margin: 2px 0 0;
  padding: 4px 0; list-style: none; max-height: 18rem; overflow-y: auto; contain: content;
  background: var(--sui-secondary-background-color, #fff); color: var(--sui-primary-foreground-color, #111);
  border: 1px solid var(--sui-secondary-border-color, #888); border-radius: 4px;
  box-shadow: 0 4px 12px rgb(0 0 0 / 20%); }
.etalase-village li { padding: 6px 12px; cursor: pointer; }
.etalase-village li:hover, .etalase-village li[aria-selected='true'] {
  background: var(--sui-highlight-background-color, #dbe7ff); }
.etalase-village p { margin: 4px 0 0; font-size: var(--sui-font-size-small, 0.875em); opacity: 0.8; }
`;

function addStyle(doc: Document): void {
  if (doc.getElementById('etalase-village-style')) return;
  const style = doc.createElement('style');
  style.id = 'etalase-village-style';
  style.textContent = STYLE;
  doc.head.append(style);
}
/** The field whose list is open: Escape closes that list, not the whole entry. */
let openList: { cancel(): void } | undefined;

/**
 * The CMS answers Escape on `window`, in the capture phase, by leaving the entry (its Back
 * button's shortcut), before the field itself hears the key. Installed before the CMS starts, this
 * listener runs first: with a village list open, Escape closes the list and goes no further.
 */
export function guardEscape(win: Window): void {
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !openList) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      openList.cancel();
    },
    { capture: true },
  );
}

/** Builds the field inside `host`. */
export function mountVillageField(host: HTMLElement, options: VillageFieldOptions): VillageField {
  const doc = host.ownerDocument;
  addStyle(doc);
  const uid = `etalase-village-${++counter}`;
  let value = options.value;
  let search: VillageSearch | undefined;
  let shown: ListedVillage[] = [];
  let active = -1;

  const wrap = doc.createElement('div');
  wrap.className = 'etalase-village';
  const input = doc.createElement('input');
  Object.assign(input, { id: options.id, type: 'text', autocomplete: 'off', spellcheck: false });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${uid}-list`);
  input.setAttribute('aria-describedby', `${uid}-status`);
  input.placeholder = 'Ketik nama desa… / Type a village name…';
  const list = doc.createElement('ul');
  list.id = `${uid}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Desa / Villages');
  list.hidden = true;
  const status = doc.createElement('p');
  status.id = `${uid}-status`;
  status.className = 'etalase-village-status';
  status.setAttribute('aria-live', 'polite');
  const code = doc.createElement('p');
  code.className = 'etalase-village-code';
  wrap.append(input, list, status, code);
  host.append(wrap);

  const labelOf = (c: string) => search?.byCode(c)?.label;
  const showValue = () => {
    input.value = value ? (labelOf(value) ?? value) : '';
    code.textContent = value ? `Kode desa / Village code: ${value}` : '';
  };

  const cancel = {
    cancel: () => {
      close();
      showValue();
    },
  };
  const close = () => {
    if (openList === cancel) openList = undefined;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (i: number) => {
    const items = list.children;
    items[active]?.setAttribute('aria-selected', 'false');
    active = shown.length ? (i + shown.length) % shown.length : -1;
    const item = items[active];
    if (!item) return;
    item.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', item.id);
    item.scrollIntoView({ block: 'nearest' });
  };

  const draw = () => {
    if (!search) return;
    // The shown label of the chosen village means "nothing typed yet".
    const typed = input.value === labelOf(value) ? '' : input.value;
    const found = search.find(typed, SHOWN);
    shown = found.villages;
    const items = shown.map((v, i) => {
      const li = doc.createElement('li');
      li.id = `${uid}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset['code'] = v.code;
      li.textContent = v.label;
      return li;
    });
    list.replaceChildren(...items);
    list.hidden = false;
    openList = cancel;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    status.textContent =
      found.total === 0
        ? 'Tidak ada desa dengan nama itu. Periksa ejaannya. / No village by that name.'
        : found.total > shown.length
          ? `${shown.length} dari ${found.total} desa; ketik lebih banyak huruf. / ${shown.length} of ${found.total} villages; type more letters.`
          : `${found.total} desa. / ${found.total} villages.`;
  };

  const open = () => {
    if (search) {
      draw();
      return;
    }
    status.textContent = 'Memuat daftar desa… / Loading the village list…';
    villageSearch(options.listUrl).then(
      (s) => {
        search = s;
        if (doc.activeElement === input) {
          if (input.value === value) showValue();
          draw();
        } else showValue();
      },
      () => {
        status.textContent =
          'Daftar desa tidak dapat dimuat. Muat ulang halaman. / The village list could not be loaded. Reload the page.';
      },
    );
  };

  const pick = (v: ListedVillage) => {
    value = v.code;
    showValue();
    close();
    status.textContent = '';
    options.onChange(v.code);
  };

  /** Leaving the field: keep a whole typed label, clear an emptied field, else restore. */
  const settle = () => {
    close();
    status.textContent = '';
    const text = input.value.trim();
    if (!text) {
      if (value) {
        value = '';
        showValue();
        options.onChange('');
      }
      return;
    }
    const typed = search?.byLabel(text) ?? search?.byCode(text);
    if (typed && typed.code !== value) pick(typed);
    else showValue();
  };

  input.addEventListener('focus', () => {
    input.select();
    open();
  });
  input.addEventListener('click', () => {
    if (list.hidden) open();
  });
  input.addEventListener('input', open);
  input.addEventListener('blur', settle);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) open();
      highlight(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && !list.hidden) {
      e.preventDefault();
      const v = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (v) pick(v);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      cancel.cancel();
    }
  });
  // Keep the focus in the input while a choice is clicked.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const item = (e.target as Element).closest('[role="option"]');
    const v = item && search?.byCode((item as HTMLElement).dataset['code'] ?? '');
    if (v) pick(v);
  });

  showValue();
  // Fetch the list as the form opens, in the background: the label of a saved value comes
  // with it, and the first click on the field then finds it ready.
  villageSearch(options.listUrl).then(
    (s) => {
      search ??= s;
      if (doc.activeElement !== input) showValue();
    },
    () => undefined,
  );

  return {
    setValue(code: string) {
      if (code === value) return;
      value = code ?? '';
      if (doc.activeElement !== input) showValue();
    },
    destroy() {
      if (openList === cancel) openList = undefined;
      wrap.remove();
    },
  };
}
