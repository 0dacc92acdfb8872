/**
 * Bad data never throws: it is a `parse` or `validation` error with its path. A fault of the
 * library or the browser is not bad data: it is an `internal` error, logged once with the real
 * error (as an argument, never in the format string), and never "could not be read as a profile".
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { TrustElement, TrustErrorDetail } from '../../src/core/trust-element.js';
import { parseProfile } from '../../src/data/parse.js';
import { pipefyJson } from '../support/profiles.js';
import { axeViolations, quietWarnings, shownText } from '../support/helpers.js';

/** Runs `run` with `Object.freeze`, which validation relies on, broken as a faulty engine or page might break it. */
async function withBrokenFreeze<T>(run: (fault: Error) => Promise<T>): Promise<T> {
  const realFreeze = Object.freeze;
  const fault = new TypeError('Object.freeze is broken');
  Object.freeze = (() => {
    throw fault;
  }) as typeof Object.freeze;
  try {
    return await run(fault);
  } finally {
    Object.freeze = realFreeze;
  }
}

/** Records console.error calls while `run` runs. */
async function errorsLogged<T>(run: () => Promise<T>): Promise<{ result: T; calls: unknown[][] }> {
  const realError = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => void calls.push(args);
  try {
    return { result: await run(), calls };
  } finally {
    console.error = realError;
  }
}

describe('an internal fault, not bad data', () => {
  quietWarnings();

  it('parseProfile throws it instead of calling the profile unreadable', async () => {
    const data = await pipefyJson();
    await withBrokenFreeze(async (fault) => {
      expect(() => parseProfile(data)).to.throw(fault);
    });
    expect(parseProfile(data).ok, 'and reads the profile once the engine works').to.equal(true);
  });

  it('parseProfile still never throws for data whose reading throws (a revoked Proxy, a throwing trap)', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseProfile(proxy).errors).to.deep.equal([{ path: '', message: 'could not be read as JSON data (reading it throws)' }]);
    const data = await pipefyJson();
    (data as Record<string, unknown>).vendor = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(parseProfile(data).errors).to.deep.equal([{ path: 'vendor', message: 'could not be read as JSON data (reading it throws)' }]);
  });

  for (const source of ['data', 'inline']) {
    it(`an element shows it as kind internal (from ${source}), logged once with the real error`, async () => {
      const data = await pipefyJson();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('trust-badges') as TrustElement;
      if (source === 'inline') {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(data);
        el.append(script);
      } else el.data = data;
      const { result, calls } = await errorsLogged(() =>
        withBrokenFreeze(async (fault) => {
          const failed = oneEvent(host, 'trust-error');
          host.append(el);
          const { detail } = (await failed) as CustomEvent<TrustErrorDetail>;
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          return { detail, fault };
        }),
      );
      expect(result.detail.kind).to.equal('internal');
      expect(result.detail.cause).to.equal(result.fault);
      expect(calls.length, 'logged once').to.equal(1);
      expect(calls[0][0], 'a constant format string').to.equal('%s');
      expect(calls[0]).to.include(result.fault);
      expect(shownText(el)).to.equal('Security information unavailable');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});
