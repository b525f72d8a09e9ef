/** Which product folders are retired, read straight from frontmatter (for build config). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../content-files/source.ts';

export function retiredSlugs(contentDir: string): Set<string> {
  const dir = join(contentDir, 'products');
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const slug of readdirSync(dir)) {
    const file = ['index.md', 'index.mdx'].map((f) => join(dir, slug, f)).find(existsSync);
    if (!file) continue;
    const parsed = parseMarkdown(readFileSync(file, 'utf8'));
    if (parsed.ok && (parsed.value.data as { retired?: unknown }).retired) out.add(slug);
  }
  return out;
}
