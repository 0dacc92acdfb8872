/**
 * How translations arrive, in npm builds and the CDN bundle alike: one dynamic
 * import per locale (the template-literal loader builds without any locale
 * under vite), so a page in English downloads none. The command line uses
 * locale-loaders.inline.ts instead.
 */
import type { Templates } from './msg.js';

export const preloaded: Partial<Record<string, Templates>> = {};

export const loaders: Record<string, () => Promise<{ templates: Templates }>> = {
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  es: () => import('../generated/locales/es.js'),
};
