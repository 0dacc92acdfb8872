import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustDocuments } from './documents.js';

export { TrustDocuments };
define('trust-documents', TrustDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'trust-documents': TrustDocuments;
  }
}
