import type { StoryContext } from '@storybook/web-components-vite';
import { ACTOR_TOKENS, type ActorToken, type LoadedWorld } from './mock-world.js';

/** The toolbar's themes: the kit's two colour schemes, and a partner's brand set through public tokens. */
export type ThemeName = 'light' | 'dark' | 'custom';

type Context = StoryContext;

/** The actor a story's widget signs in as: the toolbar's choice, else the story's own. */
export function actorOf(context: Pick<Context, 'globals' | 'loaded'>): ActorToken | undefined {
  const chosen = context.globals.actor as string | undefined;
  if (chosen && (ACTOR_TOKENS as string[]).includes(chosen)) return chosen as ActorToken;
  return (context.loaded as Partial<LoadedWorld>).world?.actor;
}

/** `custom` is a light scheme under the partner's brand tokens (set on the wrapper by the decorator). */
export const schemeOf = (theme: unknown): 'light' | 'dark' => (theme === 'dark' ? 'dark' : 'light');

/**
 * The render function of a widget's stories: creates the element, gives it the story's args, what
 * the mock world's preparation found (ids), a client of the story's mock signed in as the actor,
 * and the toolbar's colour scheme. Nothing is faked: the widget loads its data itself.
 */
export function renderWidget<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: { slot?: string } = {},
) {
  return (args: Record<string, unknown>, context: Context): HTMLElement => {
    const element = document.createElement(tag);
    const { world, props } = context.loaded as Partial<LoadedWorld>;
    const actor = actorOf(context);
    // Event spies (`onRoleChange: fn()`) are listened to by the story, not set on the element.
    const properties = Object.fromEntries(
      Object.entries(args).filter(([name, value]) => !(name.startsWith('on') && typeof value === 'function')),
    );
    Object.assign(element, properties, props, world && actor ? { client: world.sdk(actor) } : {});
    if ('theme' in element) element.setAttribute('theme', schemeOf(context.globals.theme));
    if (options.slot !== undefined) element.textContent = String(args[options.slot] ?? '');
    return element;
  };
}
