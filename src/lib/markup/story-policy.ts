/**
 * The markup rule for product stories (docs/editor-guide.md, "Stories"): a story is plain
 * Markdown. Raw HTML is rejected by the content check except `<br>`; MDX stories may use only
 * the components in src/components/story/. As a second line of defence the renderer sanitises
 * every story (rehype-sanitize, configured in astro.config.mjs), so nothing a story holds can
 * become script, an event handler, an iframe, a form, a hiding style or a javascript:/data: link.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Nodes, Root, RootContent } from 'hast';
import {
  STORY_COMPONENT_ATTRIBUTES,
  STORY_COMPONENT_NAMES,
} from '../../components/story/allowed.ts';

/** Raw HTML tags a Markdown story may hold. */
export const STORY_HTML_TAGS = ['br'] as const;

/** URL schemes a story's links and images may use (relative addresses are always fine). */
export const STORY_URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Whether a link or image address in a story is allowed. */
export function isSafeStoryUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return true;
  return (STORY_URL_SCHEMES as readonly string[]).includes(scheme);
}

/** rehype-sanitize's schema for stories: GitHub's defaults, links limited to the schemes above. */
export const STORY_SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  // No form controls at all (GFM task-list checkboxes included).
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'input'),
  protocols: {
    ...defaultSchema.protocols,
    href: [...STORY_URL_SCHEMES],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
};

const MDX_TYPES = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: RootContent[];
}

const allowedComponent = (name: string | null): name is keyof typeof STORY_COMPONENT_ATTRIBUTES =>
  name !== null && (STORY_COMPONENT_NAMES as readonly string[]).includes(name);

/** Sanitises one MDX subtree: allowed components keep plain attributes, the rest goes. */
function guard(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const type = (node as { type: string }).type;
    if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      continue;
    }
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = node as unknown as MdxJsxNode;
      if (jsx.name === 'br') {
        out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        continue;
      }
      if (!allowedComponent(jsx.name)) continue;
      const allowed = STORY_COMPONENT_ATTRIBUTES[jsx.name];
      jsx.attributes = jsx.attributes.filter(
        (a) =>
          a.type === 'mdxJsxAttribute' &&
          typeof a.value === 'string' &&
          allowed.includes(a.name ?? ''),
      );
      jsx.children = guard(jsx.children);
      out.push(node);
      continue;
    }
    if (type === 'element' || type === 'root') {
      const hasMdx = JSON.stringify(node, (k, v: unknown) =>
        k === 'position' ? undefined : v,
      ).includes('"type":"mdx');
      if (!hasMdx) {
        const clean = sanitize(node as Nodes, STORY_SANITIZE_SCHEMA) as Root;
        out.push(...(clean.type === 'root' ? clean.children : [clean as unknown as RootContent]));
        continue;
      }
      // An element holding an allowed component: sanitise the element alone, keep its children.
      const el = node as { children: RootContent[] };
      const shell = sanitize({ ...(node as Nodes), children: [] } as Nodes, STORY_SANITIZE_SCHEMA);
      if ((shell as { type: string }).type === 'element') {
        (shell as { children: RootContent[] }).children = guard(el.children);
        out.push(shell as RootContent);
      }
      continue;
    }
    if (type === 'text' || type === 'comment' || MDX_TYPES.has(type)) {
      if (type === 'text') out.push(node);
      continue;
    }
    // `raw` HTML and anything unknown is dropped.
  }
  return out;
}

/**
 * rehype plugin for MDX stories: the MDX counterpart of rehype-sanitize, which would otherwise
 * drop the allowed components too. Plain elements go through the same sanitiser and schema.
 */
export function rehypeStoryGuard() {
  return (tree: Root): void => {
    tree.children = guard(tree.children);
  };
}
