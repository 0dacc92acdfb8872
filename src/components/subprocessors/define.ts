import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustSubprocessors } from './subprocessors.js';

export { TrustSubprocessors };
define('trust-subprocessors', TrustSubprocessors);

declare global {
  interface HTMLElementTagNameMap {
    'trust-subprocessors': TrustSubprocessors;
  }
}
