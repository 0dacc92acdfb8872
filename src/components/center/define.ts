import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustCenter } from './center.js';

export { TrustCenter };
define('trust-center', TrustCenter);

declare global {
  interface HTMLElementTagNameMap {
    'trust-center': TrustCenter;
  }
}
