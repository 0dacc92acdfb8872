import '../../core/unclobber.js';
import { define } from '../../core/define.js';
import { TrustRoles } from './roles.js';

export { TrustRoles };
define('trust-roles', TrustRoles);

declare global {
  interface HTMLElementTagNameMap {
    'trust-roles': TrustRoles;
  }
}
