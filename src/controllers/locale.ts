/**
 * An element's interface language: its own `lang`, else the nearest
 * ancestor's, else the document's (lang-observer.ts), matched to a supported
 * locale; watched while on the page; its translations loaded before it renders
 * in it (i18n/msg.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { matchLocale, type SupportedLocale } from '../rules/locale.js';
import { loadLocale, localeReady } from '../i18n/msg.js';
import { languageAt, unwatchLanguage, watchLanguage } from './lang-observer.js';

export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The locale of the update in progress, worked out once (hostUpdate) and kept until it is done (hostUpdated). */
  #updating?: SupportedLocale;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The locale the host renders in. */
  get locale(): SupportedLocale {
    const host = this.#host;
    return this.#updating ?? matchLocale(host.lang || (host.isConnected ? languageAt(host) : ''));
  }

  /** Whether the translations of the host's locale are at hand. */
  get ready(): boolean {
    return localeReady(this.locale);
  }

  /** Loads the host's translations (resolved at once when they are at hand). */
  load(): Promise<unknown> {
    return loadLocale(this.locale);
  }

  hostConnected(): void {
    watchLanguage(this.#host);
  }

  hostDisconnected(): void {
    unwatchLanguage(this.#host);
  }

  hostUpdate(): void {
    this.#updating = undefined;
    this.#updating = this.locale;
    if (!this.ready) this.load().then(() => this.#host.requestUpdate());
  }

  hostUpdated(): void {
    this.#updating = undefined;
  }
}
