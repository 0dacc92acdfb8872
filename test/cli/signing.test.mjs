// trust-badges keygen, sign and verify (issue 20), run as a user runs them: the built command.
//   npm run build:cli && node --test test/cli/signing.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.TRUST_BADGES_CLI ?? 'cli/dist/trust-badges.js');
const PIPEFY = join(root, 'data/pipefy.json');

let dir;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const b64json = (text) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));

describe('trust-badges keygen, sign, verify', () => {
  let keygen;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'trust-sign-'));
    keygen = run('keygen');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keygen writes the private key with mode 0600 and the public key set, and never prints the private key', () => {
    assert.equal(keygen.status, 0, keygen.stderr);
    assert.equal(statSync(join(dir, 'signing-key.private.jwk')).mode & 0o777, 0o600);
    const secret = JSON.parse(readFileSync(join(dir, 'signing-key.private.jwk'), 'utf8'));
    assert.equal(typeof secret.d, 'string');
    assert.ok(!`${keygen.stdout}${keygen.stderr}`.includes(secret.d), 'the private key was printed');
    const { keys } = JSON.parse(readFileSync(join(dir, 'jwks.json'), 'utf8'));
    assert.equal(keys.length, 1);
    assert.ok(!('d' in keys[0]), 'the key set holds a private key');
    assert.deepEqual([keys[0].kty, keys[0].crv, keys[0].kid], ['OKP', 'Ed25519', secret.kid]);
    assert.match(keygen.stdout, /\/\.well-known\/trust-badges\/jwks\.json/);
    assert.ok(keygen.stdout.includes(secret.kid));
  });

  it('keygen never overwrites a private key, and a second key joins the set (rotation)', () => {
    const again = run('keygen');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
    const second = run('keygen', '--private', 'next.jwk');
    assert.equal(second.status, 0, second.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'jwks.json'), 'utf8')).keys.length, 2);
  });

  it('sign writes a flattened JWS of the exact bytes, EdDSA, with kid, typ, iat and exp; verify accepts it, with either key of the set', () => {
    const signed = run('sign', PIPEFY, '--key', 'signing-key.private.jwk', '--expires', '30d');
    assert.equal(signed.status, 0, signed.stderr);
    const jws = JSON.parse(signed.stdout);
    assert.deepEqual(Object.keys(jws).sort(), ['payload', 'protected', 'signature']);
    assert.equal(Buffer.from(jws.payload, 'base64url').toString('utf8'), readFileSync(PIPEFY, 'utf8'));
    const header = b64json(jws.protected);
    assert.equal(header.alg, 'EdDSA');
    assert.equal(header.typ, 'trust-profile+jws');
    assert.equal(header.exp - header.iat, 30 * 86_400);
    assert.ok(!('d' in header.jwk));
    writeFileSync(join(dir, 'signed.json'), signed.stdout);
    const verified = run('verify', 'signed.json', '--keys', 'jwks.json');
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(verified.stdout, /signed by www\.pipefy\.com/);
    writeFileSync(join(dir, 'next.json'), run('sign', PIPEFY, '--key', 'next.jwk').stdout);
    assert.equal(run('verify', 'next.json', '--keys', 'jwks.json').status, 0);
    assert.equal(run('verify', 'next.json', '--key', header.kid).status, 1, 'pinned to the first key');
  });

  it('verify refuses a flipped byte, another alg, an unknown kid and an expired signature, each saying why', () => {
    const jws = JSON.parse(run('sign', PIPEFY, '--key', 'signing-key.private.jwk').stdout);
    const header = b64json(jws.protected);
    const cases = [
      [{ ...jws, signature: (jws.signature[0] === 'A' ? 'B' : 'A') + jws.signature.slice(1) }, /does not verify/],
      [{ ...jws, protected: Buffer.from(JSON.stringify({ ...header, alg: 'HS256' })).toString('base64url') }, /only EdDSA/],
      [{ ...jws, protected: Buffer.from(JSON.stringify({ ...header, alg: 'none' })).toString('base64url'), signature: '' }, /only EdDSA/],
      [{ ...jws, protected: Buffer.from(JSON.stringify({ ...header, kid: 'nope' })).toString('base64url') }, /no key with kid "nope"/],
      [{ ...jws, protected: Buffer.from(JSON.stringify({ ...header, iat: 1_000, exp: 2_000 })).toString('base64url') }, /expired/],
    ];
    for (const [bad, message] of cases) {
      writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
      const result = run('verify', 'bad.json', '--keys', 'jwks.json');
      assert.equal(result.status, 1, JSON.stringify(bad).slice(0, 80));
      assert.match(result.stderr, message);
    }
  });

  it('clear refusals: sign without a key, an expiry in the past, verify without a key set', () => {
    assert.equal(run('sign', PIPEFY).status, 2);
    const past = run('sign', PIPEFY, '--key', 'signing-key.private.jwk', '--expires', '2020-01-01');
    assert.equal(past.status, 2);
    assert.match(past.stderr, /must be in the future/);
    assert.match(run('verify', 'signed.json').stderr, /missing --keys/);
    assert.match(run('sign', PIPEFY, '--key', 'jwks.json').stderr, /not an Ed25519 private key/);
  });
});

describe('the committed fixture signed by the command (test/signing/fixtures, used by the browser round trip)', () => {
  it('verifies against its key set, offline', () => {
    dir = root;
    const result = run('verify', 'test/signing/fixtures/cli-signed.json', '--keys', 'test/signing/fixtures/cli-jwks.json');
    assert.equal(result.status, 0, result.stderr);
  });
});
