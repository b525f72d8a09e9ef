/**
 * Browser side of /cari/: reads the form, runs Pagefind (loaded from /pagefind/ on this page
 * only), renders results, and mirrors the state in the URL (shareable; back button works).
 */
import {
  FILTERS,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '@/lib/search';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o: Record<string, unknown>,
  ) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const form = document.getElementById('search-form') as HTMLFormElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const strings = JSON.parse(list.dataset['strings'] ?? '{}') as Record<string, string>;

/**
 * Results are shown a page at a time: each result's data is a separate small download, so
 * loading all of them for a broad query would cost far more than the search itself.
 */
const PAGE_SIZE = 10;
let pending: { data: () => Promise<PagefindResultData> }[] = [];

async function showMore(mine: number): Promise<void> {
  const next = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (mine !== run) return;
  list.append(...data.map(resultItem));
  more.hidden = pending.length === 0;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, not a bundled module: the index is written after the site is built.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    // Pagefind searches in its worker (12 KB more): on the main thread, setting up its
    // WebAssembly blocked a throttled phone for 0.5-0.8 s (docs/performance.md, Lighthouse).
    await pf.options({ baseUrl: '/', excerptLength: 20 });
    return pf;
  });
  return pagefind;
}

function readForm(): SearchState {
  return parseSearchParams(
    new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
  );
}

function writeForm(state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
  for (const name of FILTERS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
      box.checked = state.filters[name].includes(box.value);
    }
  }
  (form.elements.namedItem('urut') as HTMLSelectElement).value = state.sort;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  if (data.meta['image']) {
    const img = document.createElement('img');
    img.src = data.meta['image'];
    img.alt = '';
    img.width = 80;
    img.height = 60;
    img.loading = 'lazy';
    li.append(img);
  }
  const body = document.createElement('div');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const title = document.createElement('h2');
  title.append(link);
  const place = document.createElement('p');
  place.textContent = data.meta['place'] ?? '';
  const price = document.createElement('p');
  price.className = 'card-price';
  price.textContent = data.meta['price'] ?? '';
  body.append(title, place, price);
  li.append(body);
  return li;
}

let run = 0;
async function search(state: SearchState): Promise<void> {
  const mine = ++run;
  const hasFilters = FILTERS.some((f) => state.filters[f].length > 0);
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = strings['prompt'] ?? '';
    return;
  }
  status.textContent = strings['loading'] ?? '';
  const pf = await loadPagefind();
  const sort =
    state.sort === 'name' ? { name: 'asc' } : state.sort === 'price' ? { price: 'asc' } : undefined;
  const response = await pf.search(state.q || null, {
    filters: pagefindFilters(state),
    ...(sort ? { sort } : {}),
  });
  if (mine !== run) return; // a newer search has started
  list.replaceChildren();
  pending = response.results;
  const count = response.results.length;
  await showMore(mine);
  if (mine !== run) return;
  status.textContent = count
    ? (strings['results'] ?? '').replace('{count}', String(count))
    : (strings['noResults'] ?? '');
}

function urlFor(state: SearchState): string {
  const query = toSearchParams(state).toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

export function startSearch(): void {
  more.addEventListener('click', () => void showMore(run));
  const initial = parseSearchParams(new URLSearchParams(location.search));
  writeForm(initial);
  void search(initial);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    history.pushState(null, '', urlFor(state));
    void search(state);
  });
  // Filters and sort apply at once; the URL follows without adding a history entry per click.
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === 'q') return;
    const state = readForm();
    history.replaceState(null, '', urlFor(state));
    void search(state);
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    writeForm(state);
    void search(state);
  });
}
