import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustStatus } from './status.js';

export { TrustStatus };
define('trust-status', TrustStatus);

declare global {
  interface HTMLElementTagNameMap {
    'trust-status': TrustStatus;
  }
}
