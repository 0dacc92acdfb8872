import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { TrustBadge } from '../../src/components/badge/badge.js';
import '../../src/components/badge/define.js';

describe('define', () => {
  it('registers once and ignores the same constructor again, silently', () => {
    const warnings: unknown[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => define('trust-badge', TrustBadge)).not.to.throw();
      expect(customElements.get('trust-badge')).to.equal(TrustBadge);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = realWarn;
    }
  });

  it('keeps the first definition when another copy offers a different class, with one warning', () => {
    const warnings: unknown[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class OtherCopy extends TrustBadge {}
      expect(() => define('trust-badge', OtherCopy)).not.to.throw();
      expect(customElements.get('trust-badge')).to.equal(TrustBadge);
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = realWarn;
    }
  });

});
