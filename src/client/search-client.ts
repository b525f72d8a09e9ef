/**
 * Browser side of /cari/: reads the form, runs Pagefind (loaded from /pagefind/ on this page
 * only), renders results, shows each filter value's count, mirrors the state in the URL
 * (shareable; back button works), and never ends on an empty page: src/lib/search/fallback.ts.
 */
import {
  countSearches,
  facetCounts,
  isDisabled,
  type FilterCounts,
} from '@/lib/search/facet-counts';
import { matchNames, nextDrop, queryWords, splitPriceWords } from '@/lib/search/fallback';
import {
  FILTERS,
  parseSearchParams,
  toSearchParams,
  type FilterName,
  type SearchState,
} from '@/lib/search/search';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: FilterCounts;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const status = $('search-status');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const priceHint = $('search-price');
const fallback = $('search-fallback');
const dropped = $('search-dropped');
const places = $('fallback-places');
const strings = JSON.parse(list.dataset['strings'] ?? '{}') as Record<string, string>;
const priceWords = (form.dataset['priceWords'] ?? '').split(' ').filter(Boolean);
const boxes = (name: string) => [
  ...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`),
];
const fill = (key: string, params: Record<string, string | number>) =>
  (strings[key] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/**
 * Results are shown a page at a time: each result's data is a separate small download, so
 * loading all of them for a broad query would cost far more than the search itself.
 */
const PAGE_SIZE = 10;
let pending: PagefindResponse['results'] = [];

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
  for (const name of FILTERS)
    for (const box of boxes(name)) box.checked = state.filters[name].includes(box.value);
  (form.elements.namedItem('urut') as HTMLSelectElement).value = state.sort;
}

/** Shows each value's count; values that would give nothing are disabled (never hidden). */
function showCounts(counts?: Record<FilterName, Record<string, number>>): void {
  for (const name of FILTERS) {
    for (const box of boxes(name)) {
      const n = counts ? (counts[name][box.value] ?? 0) : Number(box.dataset['total']);
      const label = box.parentElement?.querySelector('.facet-count');
      if (label) label.textContent = `(${n})`;
      box.disabled = isDisabled(n, box.checked);
    }
  }
  form.dataset['counts'] = 'ready'; // (for tests and styles: the numbers are current)
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

function linkTo(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/**
 * One search, its filter counts copied at once: Pagefind reuses the counts object of a
 * response for the next search (and for `filters()`), so searches also run one at a time.
 */
let queue: Promise<unknown> = Promise.resolve();
function find(
  pf: Pagefind,
  q: string | null,
  options: Record<string, unknown>,
): Promise<PagefindResponse> {
  const next = queue.then(async () => {
    const r =
      q === null && !Object.keys(options['filters'] ?? {}).length
        ? { results: [], filters: await pf.filters() }
        : await pf.search(q, options);
    return {
      results: r.results,
      filters: JSON.parse(JSON.stringify(r.filters ?? {})) as FilterCounts,
    };
  });
  queue = next.catch(() => undefined);
  return next;
}

const SORTS = { name: { name: 'asc' }, price: { price: 'asc' } } as const;

let run = 0;
async function search(state: SearchState): Promise<void> {
  const mine = ++run;
  fallback.hidden = dropped.hidden = places.hidden = priceHint.hidden = true;
  const hasFilters = FILTERS.some((f) => state.filters[f].length > 0);
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = strings['prompt'] ?? '';
    showCounts();
    return;
  }
  status.textContent = strings['loading'] ?? '';
  const pf = await loadPagefind();
  const searches = countSearches(state);
  const filters = searches[0]?.filters ?? {};
  const sort = state.sort !== 'relevance' ? { sort: SORTS[state.sort] } : {};
  const words = queryWords(state.q);
  let response = await find(pf, state.q || null, { filters, ...sort });
  // Words found in no product, or a query that finds nothing: leave words out, and say which.
  const left: string[] = [];
  let rest = words;
  for (;;) {
    const counts: number[] = [];
    if (rest.length > 1)
      for (const w of rest) counts.push((await find(pf, w, { filters })).results.length);
    const step = nextDrop(rest, counts, response.results.length);
    if (!step) break;
    left.push(...step.dropped);
    rest = step.rest;
    response = await find(pf, rest.join(' '), { filters, ...sort });
  }
  if (mine !== run) return; // a newer search has started
  list.replaceChildren();
  pending = response.results;
  const count = pending.length;
  await showMore(mine);
  if (mine !== run) return;
  status.textContent = count ? fill('results', { count }) : (strings['noResults'] ?? '');
  if (left.length && count) {
    const query = rest.join(' ');
    const [before, after] = fill('dropped', { query: '\u0000', word: left.join('”, “') }).split(
      '\u0000',
    );
    dropped.replaceChildren(
      before ?? '',
      linkTo(urlFor({ ...state, q: query }), query),
      after ?? '',
    );
    dropped.hidden = false;
  }

  void countsFor(state, (left.length ? rest.join(' ') : state.q) || null, mine);

  const price = splitPriceWords(words, priceWords);
  if (price.price.length) {
    const q = price.rest.join(' ');
    const a = priceHint.firstElementChild as HTMLAnchorElement;
    a.href = urlFor({ ...state, q, sort: 'price' });
    a.textContent = q ? fill('priceSort', { query: q }) : (strings['priceSortAll'] ?? '');
    priceHint.hidden = false;
  }
  if (count && !left.length) return;
  // Then the categories, regencies and islands named in the query, and the whole catalogue.
  const named = matchNames(
    words,
    FILTERS.flatMap((f) =>
      boxes(f)
        .filter((b) => b.dataset['href'])
        .map((b) => ({
          href: b.dataset['href'] as string,
          label: b.parentElement?.textContent?.replace(/\(\d+\)/, '').trim() ?? '',
        })),
    ),
  );
  places.querySelector('ul')?.replaceChildren(
    ...named.map((n) => {
      const li = document.createElement('li');
      li.append(linkTo(n.href, n.label));
      return li;
    }),
  );
  places.hidden = named.length === 0;
  fallback.hidden = false;
}

/**
 * Filter counts need every filter's index (at 5,000 products ~50 KB more than a search), so
 * they are fetched after the results, and only once the filters are in view or in use: on a
 * phone the filters sit below the results. Until then the values show no number.
 */
let filtersSeen: Promise<void> | undefined;
function whenFiltersSeen(): Promise<void> {
  filtersSeen ??= new Promise<void>((resolve) => {
    const facets = form.querySelector('.facets') as HTMLElement;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) resolve();
    });
    seen.observe(facets);
    facets.addEventListener('focusin', () => resolve());
    facets.addEventListener('pointerdown', () => resolve());
  });
  return filtersSeen;
}

let filterIndex: Promise<unknown> | undefined;
async function countsFor(state: SearchState, q: string | null, mine: number): Promise<void> {
  delete form.dataset['counts'];
  for (const name of FILTERS) for (const box of boxes(name)) box.disabled = false;
  for (const label of form.querySelectorAll('.facet-count')) label.textContent = '';
  await whenFiltersSeen();
  const pf = await loadPagefind();
  // Pagefind counts a filter's values only once that filter's index is loaded.
  filterIndex ??= pf.filters();
  await filterIndex;
  if (mine !== run) return;
  const searches = countSearches(state);
  const responses: FilterCounts[] = [];
  for (const s of searches) responses.push((await find(pf, q, { filters: s.filters })).filters);
  if (mine !== run) return;
  const values = Object.fromEntries(FILTERS.map((f) => [f, boxes(f).map((b) => b.value)]));
  showCounts(facetCounts(state, searches, responses, values));
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
