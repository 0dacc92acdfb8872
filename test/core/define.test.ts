import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { TrustBadge } from '../../src/components/badge/badge.js';
import { TrustData } from '../../src/components/data/data.js';
import { VERSION } from '../../src/core/version.js';
import '../../src/components/badge/define.js';
import '../../src/components/data/define.js';

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

  it('keeps the first definitions when another copy offers different classes, with one warning naming the versions', () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class OtherCopy extends TrustBadge {}
      class OtherData extends TrustData {}
      expect(() => define('trust-badge', OtherCopy)).not.to.throw();
      expect(() => define('trust-data', OtherData)).not.to.throw();
      expect(customElements.get('trust-badge')).to.equal(TrustBadge);
      expect(customElements.get('trust-data')).to.equal(TrustData);
      expect(warnings.length, 'one warning for the copy, not one per element').to.equal(1);
      const [format, ...args] = warnings[0] as [string, ...unknown[]];
      // Unbuilt TypeScript is version "source" (src/core/version.ts); test/bundle/ loads two real builds.
      expect(format.replace(/%s/g, () => String(args.shift()))).to.equal(
        `trust-badges ${VERSION}: <trust-badge> is already defined by trust-badges ${VERSION}; keeping the first definition of each element.`,
      );
    } finally {
      console.warn = realWarn;
    }
  });

});
