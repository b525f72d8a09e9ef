/** The components handed to an MDX story (`<Content components={storyComponents} />`). */
import Sorotan from './Sorotan.astro';
import type { StoryComponentName } from './allowed.ts';

export const storyComponents: Record<StoryComponentName, unknown> = { Sorotan };
