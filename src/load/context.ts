import { createContext } from '@lit/context';
import type { SecurityProfile } from '../data/schema.js';

/**
 * What a `<trust-data>` provider gives the elements inside it: the promise of
 * its validated profile, replaced whenever its own source changes.
 */
export interface ProvidedProfile {
  readonly profile: Promise<SecurityProfile>;
}

export const profileContext = createContext<ProvidedProfile | undefined>(Symbol.for('trust-badges.profile'));
