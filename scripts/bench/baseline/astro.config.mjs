// Bare Astro baseline for `npm run bench`: the same Astro version and the same generated
// products, one template, one WebP image at two widths. Not part of the site.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  outDir: process.env.ETALASE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
});
