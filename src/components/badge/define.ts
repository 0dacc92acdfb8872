import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustBadge } from './badge.js';

export { TrustBadge };
define('trust-badge', TrustBadge);

declare global {
  interface HTMLElementTagNameMap {
    'trust-badge': TrustBadge;
  }
}
