/**
 * Translations for the single-file command line (vite.cli.config.ts swaps this
 * in for locale-loaders.ts): imported statically and present from the start. Inlining
 * the dynamic imports instead makes the bundler build namespace objects with a
 * for…in loop, which throws on a page that polluted Object.prototype.
 */
import type { Templates } from './msg.js';
import { templates as ptBR } from '../generated/locales/pt-BR.js';
import { templates as es } from '../generated/locales/es.js';

export const preloaded: Partial<Record<string, Templates>> = { 'pt-BR': ptBR, es };

export const loaders: Record<string, () => Promise<{ templates: Templates }>> = {};
