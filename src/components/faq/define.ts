import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustFaq } from './faq.js';

export { TrustFaq };
define('trust-faq', TrustFaq);

declare global {
  interface HTMLElementTagNameMap {
    'trust-faq': TrustFaq;
  }
}
