/**
 * The components an MDX product story may use: exactly the `.astro` files in this folder. The
 * content check rejects any other tag, any `import`/`export` and any `{ }` expression in a
 * story, and the product page passes these (and only these) to the story, so a story needs no
 * import line. Adding a component here is a code change reviewed like any other (a test keeps
 * this list and the folder's files equal).
 */
export const STORY_COMPONENT_NAMES = ['Sorotan'] as const;

export type StoryComponentName = (typeof STORY_COMPONENT_NAMES)[number];

/** Attributes each story component accepts (plain quoted text only). */
export const STORY_COMPONENT_ATTRIBUTES: Record<StoryComponentName, readonly string[]> = {
  Sorotan: ['judul'],
};
