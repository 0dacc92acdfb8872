import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustEncryption } from './encryption.js';

export { TrustEncryption };
define('trust-encryption', TrustEncryption);

declare global {
  interface HTMLElementTagNameMap {
    'trust-encryption': TrustEncryption;
  }
}
