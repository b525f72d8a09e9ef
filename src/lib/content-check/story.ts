/**
 * Checks a product story (the Markdown or MDX body under the frontmatter) against the markup
 * rule of src/lib/markup/story-policy.ts, and compiles MDX stories exactly as the build will,
 * so a syntax error is reported here with its line instead of as a stack trace in the build.
 */
import type { Bilingual } from '../validators/result.ts';
import {
  STORY_COMPONENT_ATTRIBUTES,
  STORY_COMPONENT_NAMES,
} from '../../components/story/allowed.ts';
import { isSafeStoryUrl, STORY_HTML_TAGS, STORY_URL_SCHEMES } from '../markup/story-policy.ts';

export interface StoryProblem {
  /** 1-based line in the whole file. */
  line: number | undefined;
  message: Bilingual;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const snippet = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
};
const components = STORY_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');
const schemes = STORY_URL_SCHEMES.map((s) => `${s}:`).join(', ');

const RAW_HTML: (html: string) => Bilingual = (html) => ({
  id: `Kode HTML tidak boleh ada di cerita produk: ${snippet(html)}. Tulis cerita dengan Markdown biasa (**tebal**, _miring_, [tautan](https://…), baris kosong antar paragraf); HTML yang boleh hanya <br> untuk pindah baris. Skrip, atribut on…=, iframe, form dan style tidak akan pernah tampil di situs.`,
  en: `HTML code is not allowed in a product story: ${snippet(html)}. Write the story in plain Markdown (**bold**, _italic_, [link](https://…), a blank line between paragraphs); the only HTML allowed is <br> for a line break. Scripts, on…= attributes, iframes, forms and styles never reach the site.`,
});

const UNSAFE_URL: (url: string) => Bilingual = (url) => ({
  id: `Alamat tautan/gambar ${JSON.stringify(snippet(url))} tidak diizinkan. Di cerita hanya boleh alamat ${schemes} atau nama foto di folder yang sama (javascript: dan data: tidak pernah boleh).`,
  en: `The link/image address ${JSON.stringify(snippet(url))} is not allowed. Stories may only use ${schemes} addresses or a photo file in the same folder (javascript: and data: never).`,
});

/** Allowed raw HTML: `<br>` (any spelling) and comments (dropped when rendered). */
function allowedHtml(value: string): boolean {
  const v = value.trim();
  if (/^<!--(?:(?!-->)[\s\S])*-->$/.test(v)) return true;
  return v
    .split(/(?=<)/)
    .every((part) => STORY_HTML_TAGS.some((t) => new RegExp(`^<${t}\\s*/?>\\s*$`, 'i').test(part)));
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function markdownProblems(tree: Node, lineOf: (n: Node) => number | undefined): StoryProblem[] {
  const problems: StoryProblem[] = [];
  walk(tree, (n) => {
    if (n.type === 'html' && n.value !== undefined && !allowedHtml(n.value)) {
      problems.push({ line: lineOf(n), message: RAW_HTML(n.value) });
    }
    if (
      (n.type === 'link' || n.type === 'image' || n.type === 'definition') &&
      n.url !== undefined &&
      !isSafeStoryUrl(n.url)
    ) {
      problems.push({ line: lineOf(n), message: UNSAFE_URL(n.url) });
    }
    if (n.type === 'mdxjsEsm') {
      problems.push({
        line: lineOf(n),
        message: {
          id: `Baris import/export tidak boleh ada di cerita MDX: ${snippet(n.value ?? '')}. Komponen yang boleh (${components}) sudah tersedia tanpa import; hapus baris itu.`,
          en: `import/export lines are not allowed in an MDX story: ${snippet(n.value ?? '')}. The allowed components (${components}) are available without an import; delete the line.`,
        },
      });
    }
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      problems.push({
        line: lineOf(n),
        message: {
          id: `Kurung kurawal {${snippet(n.value ?? '')}} di cerita MDX akan dijalankan sebagai kode, dan itu tidak boleh. Jika maksudnya teks biasa, tulis \\{ dan \\}.`,
          en: `The braces {${snippet(n.value ?? '')}} in an MDX story would run as code, which is not allowed. For plain text write \\{ and \\}.`,
        },
      });
    }
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const name = n.name ?? '';
      const isComponent = (STORY_COMPONENT_NAMES as readonly string[]).includes(name);
      const isHtml = (STORY_HTML_TAGS as readonly string[]).includes(name);
      if (!isComponent && !isHtml) {
        problems.push({
          line: lineOf(n),
          message: {
            id: `Tag <${name}> tidak boleh dipakai di cerita MDX. Komponen yang boleh: ${components} (daftar di src/components/story/); tag HTML yang boleh hanya <br />. Tulis isinya dengan Markdown biasa.`,
            en: `The tag <${name}> is not allowed in an MDX story. Allowed components: ${components} (listed in src/components/story/); the only HTML tag allowed is <br />. Write the content in plain Markdown.`,
          },
        });
        return;
      }
      const allowedAttrs: readonly string[] = isComponent
        ? STORY_COMPONENT_ATTRIBUTES[name as keyof typeof STORY_COMPONENT_ATTRIBUTES]
        : [];
      for (const a of n.attributes ?? []) {
        const attr = a.name ?? '{…}';
        if (
          a.type === 'mdxJsxAttribute' &&
          allowedAttrs.includes(attr) &&
          typeof a.value === 'string'
        ) {
          continue;
        }
        problems.push({
          line: lineOf(n),
          message: {
            id: `Atribut ${attr} pada <${name}> tidak boleh. ${allowedAttrs.length ? `Yang boleh: ${allowedAttrs.join(', ')}, berisi teks biasa dalam tanda kutip, mis. <${name} ${allowedAttrs[0]}="…">.` : `<${name}> tidak menerima atribut.`}`,
            en: `The attribute ${attr} on <${name}> is not allowed. ${allowedAttrs.length ? `Allowed: ${allowedAttrs.join(', ')}, holding plain quoted text, e.g. <${name} ${allowedAttrs[0]}="…">.` : `<${name}> takes no attributes.`}`,
          },
        });
      }
    }
  });
  return problems;
}

/** Explains an MDX compile error in both languages. */
function explainMdxError(reason: string): Bilingual {
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (unclosed) {
    return {
      id: `Tag <${unclosed[1]}> dibuka tetapi tidak ditutup: tambahkan </${unclosed[1]}> setelah isinya (atau tulis <${unclosed[1]} />).`,
      en: `The tag <${unclosed[1]}> is opened but never closed: add </${unclosed[1]}> after its content (or write <${unclosed[1]} />).`,
    };
  }
  if (/expression|acorn/i.test(reason)) {
    return {
      id: `Kurung kurawal { di cerita MDX tidak bisa dibaca. Untuk teks biasa tulis \\{ dan \\}.`,
      en: `A { brace in the MDX story cannot be read. For plain text write \\{ and \\}. (MDX: ${reason})`,
    };
  }
  if (/closing tag|before name|after name|Unexpected character/i.test(reason)) {
    return {
      id: `Tanda < atau > di cerita MDX dibaca sebagai awal tag. Untuk teks biasa tulis \\< (mis. \\<5 kg), dan tutup setiap tag yang dibuka.`,
      en: `A < or > in the MDX story is read as the start of a tag. For plain text write \\< (e.g. \\<5 kg), and close every tag you open. (MDX: ${reason})`,
    };
  }
  return {
    id: `Cerita MDX tidak bisa dibaca. Periksa tanda < > { } di baris ini: untuk teks biasa tulis \\< atau \\{. Atau simpan cerita sebagai index.md (Markdown biasa).`,
    en: `The MDX story cannot be read (${reason}). Check the < > { } characters on this line: for plain text write \\< or \\{. Or save the story as index.md (plain Markdown).`,
  };
}

/**
 * Problems of a story. `bodyLine` is the file line the body starts on (the closing `---`),
 * so messages point into the whole file.
 */
export async function checkStory(
  body: string,
  kind: 'md' | 'mdx',
  bodyLine: number,
): Promise<StoryProblem[]> {
  const lineOf = (n: Node) => (n.position ? n.position.start.line + bodyLine - 1 : undefined);
  if (kind === 'md') {
    // Raw HTML needs "<"; a link or image with an address needs "](" or "]:" (a reference),
    // and an encoded scheme needs "&". A story without any of them has nothing to check, and
    // skipping the parse keeps the check fast on thousands of products.
    if (!/<|\]\(|\]:|&/.test(body)) return [];
    // Loaded on first use: most runs have few stories to parse and no MDX at all.
    const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
    ]);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as unknown as Node;
    return markdownProblems(tree, lineOf);
  }
  let tree: Node | undefined;
  const [{ compile }, { default: remarkGfm }] = await Promise.all([
    import('@mdx-js/mdx'),
    import('remark-gfm'),
  ]);
  try {
    await compile(body, {
      remarkPlugins: [
        remarkGfm,
        () => (t: unknown) => {
          tree = t as Node;
        },
      ],
    });
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    const raw = e.reason ?? e.message ?? String(error);
    // MDX puts the position in the text ("… (3:1-3:20)") when it has no `line` of its own.
    const at = typeof e.line === 'number' ? e.line : Number(/\((\d+):\d+/.exec(raw)?.[1] ?? NaN);
    const line = Number.isFinite(at) ? at + bodyLine - 1 : undefined;
    return [{ line, message: explainMdxError(raw.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '')) }];
  }
  return tree ? markdownProblems(tree, lineOf) : [];
}
