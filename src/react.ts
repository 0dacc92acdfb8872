/**
 * JSX types for React 19, which sets properties and listens to custom events
 * on custom elements. Import once, for types only:
 *
 * ```ts
 * import type {} from 'trust-badges/react';
 * ```
 */
import type { TrustBadge } from './components/badge/badge.js';
import type { TrustBadges } from './components/badges/badges.js';
import type { TrustEncryption } from './components/encryption/encryption.js';
import type { TrustUptime } from './components/uptime/uptime.js';
import type { TrustAuth } from './components/auth/auth.js';
import type { TrustRoles } from './components/roles/roles.js';
import type { TrustSubprocessors } from './components/subprocessors/subprocessors.js';
import type { TrustDocuments } from './components/documents/documents.js';
import type { TrustFaq } from './components/faq/faq.js';
import type { TrustStatus } from './components/status/status.js';
import type { TrustCenter } from './components/center/center.js';
import type { TrustData } from './components/data/data.js';
import type { TrustErrorDetail, TrustLoadDetail } from './core/trust-element.js';

/** The public properties of an element (not HTMLElement's own, not Lit's). */
type OwnProps<E> = Partial<Omit<E, keyof HTMLElement | 'renderRoot' | 'isUpdatePending' | 'hasUpdated' | 'updateComplete' | 'state' | 'locale'>>;

/** React 19 passes `on<event>` props on custom elements to addEventListener(event). */
interface TrustEvents {
  'ontrust-load'?: (event: CustomEvent<TrustLoadDetail>) => void;
  'ontrust-error'?: (event: CustomEvent<TrustErrorDetail>) => void;
}

type Intrinsic<E> = OwnProps<E> &
  TrustEvents & {
    ref?: unknown;
    key?: string | number;
    id?: string;
    class?: string;
    className?: string;
    slot?: string;
    hidden?: boolean;
    lang?: string;
    dir?: string;
    children?: unknown;
    'heading-level'?: number | string;
    'max-age'?: number | string;
  };

export interface TrustIntrinsicElements {
  'trust-badge': Intrinsic<TrustBadge>;
  'trust-badges': Intrinsic<TrustBadges>;
  'trust-encryption': Intrinsic<TrustEncryption>;
  'trust-uptime': Intrinsic<TrustUptime>;
  'trust-auth': Intrinsic<TrustAuth>;
  'trust-roles': Intrinsic<TrustRoles>;
  'trust-subprocessors': Intrinsic<TrustSubprocessors>;
  'trust-documents': Intrinsic<TrustDocuments>;
  'trust-faq': Intrinsic<TrustFaq>;
  'trust-status': Intrinsic<TrustStatus>;
  'trust-center': Intrinsic<TrustCenter>;
  'trust-data': Omit<Intrinsic<TrustData>, keyof TrustEvents>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends TrustIntrinsicElements {}
  }
}
