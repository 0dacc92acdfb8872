/**
 * A page without signed profiles loads no verification code (issue 20): the verifier
 * (src/load/verify-signature.ts) is requested only once a signed profile arrives. This file runs
 * in a page of its own, so no other test has loaded it before.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustBadge } from '../../src/components/badge/badge.js';
import { fresh, settled } from '../support/helpers.js';
import { pipefyJson } from '../support/profiles.js';
import { makeKey, signText } from './sign.js';

/** The module requests this page has made for the verifier. */
const verifierRequests = () => performance.getEntriesByType('resource').filter((entry) => /verify-signature/.test(entry.name));

describe('a page with no signed profile', () => {
  it('renders unsigned profiles from every source without requesting the verifier; the first signed one requests it', async () => {
    const data = await pipefyJson();
    const text = JSON.stringify(data);
    await settled<TrustBadge>(html`<trust-badge cert="iso-27001" .data=${data}></trust-badge>`);
    await settled<TrustBadge>(html`<trust-badge cert="iso-27001"><script type="application/json">${text}</script></trust-badge>`);
    await settled<TrustBadge>(html`<trust-badge cert="iso-27001" src=${fresh('profile')}></trust-badge>`);
    expect(verifierRequests()).to.have.length(0);
    // The control: a signed profile (pinned, so no key set) does load it, so the check above can fail.
    const key = await makeKey();
    const el = await settled<TrustBadge>(html`<trust-badge cert="iso-27001" key=${key.thumbprint} .data=${await signText(text, key)}></trust-badge>`);
    expect(el.state.status).to.equal('ready');
    expect(verifierRequests()).to.have.length(1);
  });
});
