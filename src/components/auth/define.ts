import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustAuth } from './auth.js';

export { TrustAuth };
define('trust-auth', TrustAuth);

declare global {
  interface HTMLElementTagNameMap {
    'trust-auth': TrustAuth;
  }
}
