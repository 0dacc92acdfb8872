import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';

type Theme = 'light' | 'dark' | 'auto';

interface Member {
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

/**
 * The manifest as the docs tables should show it: public fields only, and no
 * field twice (a field with an attribute is documented under its attribute).
 * The analyzer also records private state (the load task, observers), which
 * is not API.
 */
function publicApi<T>(cem: T): T {
  const copy = structuredClone(cem) as { modules?: { declarations?: { tagName?: string; members?: Member[] }[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName || !declaration.members) continue;
      declaration.members = declaration.members.filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute,
      );
    }
  }
  return copy as T;
}

setCustomElementsManifest(publicApi(manifest));

/** The wrapper's `color-scheme` per theme: its `Canvas` background then matches the elements. */
const colorScheme: Record<Theme, string> = { light: 'light', dark: 'dark', auto: 'light dark' };

/**
 * Applies the toolbars: wraps the story in `<div lang dir>` (the elements take
 * the nearest ancestor's `lang`; logical properties follow `dir`) and passes
 * the theme to the story as its `theme` arg, which every render sets as the
 * elements' `theme` attribute.
 */
const withToolbars: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'light') as Theme;
  const lang = (context.globals.locale as string | undefined) ?? 'en';
  const dir = (context.globals.dir as string | undefined) ?? 'ltr';
  const style = {
    colorScheme: colorScheme[theme] ?? 'light',
    background: 'Canvas',
    color: 'CanvasText',
    padding: '1rem',
    minHeight: context.viewMode === 'story' ? '100vh' : 'auto',
    boxSizing: 'border-box',
    fontFamily: 'system-ui, sans-serif',
  };
  return html`<div class="trust-story" lang=${lang} dir=${dir} data-theme=${theme} style=${styleMap(style)}>
    ${story({ args: { ...context.args, theme } })}
  </div>`;
};

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Controls that do something: a colour picker or text field for each CSS
 * custom property (the stories set them as inline styles), none for events,
 * parts, slots or read-only state.
 */
const usefulControls: Enhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') {
        return [name, { ...argType, control: name.startsWith('--trust-color') ? 'color' : 'text' }];
      }
      if (category === 'css shadow parts' || category === 'events' || category === 'slots' || name === 'locale' || name === 'state') {
        return [name, { ...argType, control: false }];
      }
      return [name, argType];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbars],
  argTypesEnhancers: [usefulControls],
  globalTypes: {
    theme: {
      description: 'The elements’ theme attribute',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (prefers-color-scheme)', icon: 'contrast' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'The lang of the page around the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'pt-BR', right: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'es', right: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'The writing direction of the page around the elements',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Show code: the element as a page would write it, without the toolbar wrapper.
    docs: { toc: true, source: { excludeDecorators: true } },
  },
};

export default preview;
