import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustBadges } from './badges.js';

export { TrustBadges };
define('trust-badges', TrustBadges);

declare global {
  interface HTMLElementTagNameMap {
    'trust-badges': TrustBadges;
  }
}
