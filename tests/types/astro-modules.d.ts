/**
 * For plain `tsc` (the type tests run by Vitest): a `.ts` module that imports an Astro component
 * (src/components/story/index.ts) needs a type for it. `astro check` reads the real component.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
