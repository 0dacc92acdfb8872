import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustData } from './data.js';

export { TrustData };
define('trust-data', TrustData);

declare global {
  interface HTMLElementTagNameMap {
    'trust-data': TrustData;
  }
}
