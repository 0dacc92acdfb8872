import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustUptime } from './uptime.js';

export { TrustUptime };
define('trust-uptime', TrustUptime);

declare global {
  interface HTMLElementTagNameMap {
    'trust-uptime': TrustUptime;
  }
}
