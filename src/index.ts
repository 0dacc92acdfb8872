/**
 * trust-badges: every element, registered, and the data API.
 * Import a single element instead with `trust-badges/badge` and friends.
 */
import './core/unclobber.js';

export { TrustData } from './components/data/define.js';
export { TrustBadge } from './components/badge/define.js';
export { TrustBadges } from './components/badges/define.js';
export { TrustEncryption } from './components/encryption/define.js';
export { TrustUptime } from './components/uptime/define.js';
export { TrustAuth } from './components/auth/define.js';
export { TrustRoles } from './components/roles/define.js';
export { TrustSubprocessors } from './components/subprocessors/define.js';
export { TrustDocuments } from './components/documents/define.js';
export { TrustFaq } from './components/faq/define.js';
export { TrustStatus } from './components/status/define.js';
export { TrustCenter } from './components/center/define.js';
export { TrustElement, type TrustState, type TrustLoadDetail, type TrustErrorDetail, type TrustErrorKind } from './core/trust-element.js';
export { define } from './core/define.js';
// The data API, as trust-badges/profile offers it alone (the schema's nodes stay internal).
export * from './profile.js';
export { clearProfileCache } from './load/fetch-profile.js';
