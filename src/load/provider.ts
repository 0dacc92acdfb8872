/**
 * How an element without a source of its own finds its `<trust-data>`: the
 * nearest one up the tree, across shadow roots. The provider keeps a list of
 * the elements that read from it and asks them to update when its profile
 * changes. A symbol names the two methods, so an element needs no import of
 * the provider's class (and two copies of the library still understand each
 * other).
 */
import type { ReactiveElement } from 'lit';
import type { SecurityProfile } from '../data/schema.js';
import { closestAcross } from './dom.js';

/** What a provider gives: the promise of its validated profile, replaced whenever its own source changes. */
export interface ProvidedProfile {
  readonly profile: Promise<SecurityProfile>;
}

export const PROVIDER = Symbol.for('trust-badges.provider');

export interface Provider {
  [PROVIDER]: {
    /** Adds `host` to the elements told of changes; returns what is provided now. */
    subscribe(host: ReactiveElement): ProvidedProfile | undefined;
    unsubscribe(host: ReactiveElement): void;
    /**
     * Whether `host` is the one reader that says the profile failed: the first connected one in
     * document order. The others stay silent (one message for a group). Absent in older copies: each
     * element then speaks for itself.
     */
    leads?(host: ReactiveElement): boolean;
  };
}

/** The nearest `<trust-data>` above `host`; it may not be upgraded yet. */
export const findProvider = (host: Element): (Element & Partial<Provider>) | null => closestAcross(host, 'trust-data');
