/// <reference types="node" />
/**
 * The `trust-badges` command: argument parsing, usage, and the thin I/O around
 * the pure command modules. Exit status: 0 success, 1 invalid input, 2 usage.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorLine } from '../data/errors.js';
import { parseSafeUrl } from '../data/url.js';
import { matchLocale, type SupportedLocale } from '../rules/locale.js';
import type { SecurityProfile } from '../data/schema.js';
import { readProfileText } from './profile.js';
import { validateText } from './validate.js';
import { allBadgeSvgs, badgeSvg, type Variant } from './svg.js';
import { shieldsJson } from './shields.js';
import { oneYearAfter, parseExpires, securityTxt } from './security-txt.js';
import { subprocessorFeed } from './feed.js';
import { findCert } from './words.js';
import type { Theme } from '../core/palette.js';
import { ELEMENT_ATTRIBUTES, ELEMENTS } from './elements.js';
import { decodeInput, MAX_BYTES } from './input.js';
import { printable, type Form } from './terminal.js';
import { version } from '../../cli/package.json';
import { withStandards } from '../rules/standards.js';
import { STANDARDS } from '../data/standards.js';
import { SCHEMA_PATH } from '../data/schema-docs.js';
import { CHECKS, CLOUDS, standardIds, starterProfile } from './init.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;


const HELP: Record<string, string> = {
  validate: `trust-badges validate FILE…
  Validates each profile with the library's own validator. Prints "FILE: valid (…)"
  for each good file and every problem of a bad one as "FILE: json.path: message".`,
  svg: `trust-badges svg FILE --cert ID [--variant pill|card] [--theme light|dark] [--lang TAG]
trust-badges svg FILE --all DIR [same options]
trust-badges svg FILE --status FEED [--theme light|dark] [--lang TAG]
  A standalone SVG badge of one certification, to stdout; with --all, one file per
  certification written to DIR/<id>.svg. It says what <trust-badge> says: name,
  status (dates win: a lapsed certificate is "Expired") and "via <holder>".
  With --status, a pill of the live status read from FEED (see shields --help).`,
  html: `trust-badges html FILE [--element ${ELEMENTS.join('|')}]
    [--cert ID] [--variant pill|card] [--attr NAME=VALUE]… [--lang TAG] [--theme light|dark|auto]
    [--title TEXT] [--fragment] [--module SPECIFIER [--import-map FILE]]
  A server-rendered HTML page of one element (default trust-center) with declarative
  shadow DOM: it reads correctly with JavaScript off. --module adds a script that
  loads @lit-labs/ssr-client's hydrate support and then SPECIFIER (the library, e.g.
  "trust-badges"), so the element hydrates; bare specifiers need an import map
  (--import-map) or a bundler. --fragment prints only the element.
  --attr sets one of the element's own attributes:
${ELEMENTS.map((tag) => `    ${tag}: ${ELEMENT_ATTRIBUTES[tag].join(', ')}`).join('\n')}`,
  shields: `trust-badges shields FILE --cert ID [--lang TAG]
trust-badges shields FILE --status FEED [--lang TAG]
  The shields.io endpoint JSON of a certification: {schemaVersion, label, message, color}.
  With --status, of the live status instead: FEED is a Statuspage summary.json or an
  Upptime history/summary.json, a file or an https: URL (the profile's status entry
  says which provider and which components; the state, and Upptime's past month).`,
  init: `trust-badges init [FILE] [--name TEXT] [--url URL] [--contact EMAIL]
    [--cloud ${Object.keys(CLOUDS).join('|')}|none] [--standards IDS] [--inherited IDS] [--yes] [--force]
  Writes a starter profile to FILE (default security.json): your company, its site,
  the security contact, and the standards you hold (--standards) or inherit from your
  cloud provider (--inherited, held by the provider --cloud names), each by its id in
  the catalog (soc2-type2, iso-27001, …). It asks for what the flags do not give, one
  line each; --yes asks nothing (then --name, --url and --contact are needed). It never
  overwrites a file without --force. The profile names its JSON Schema ($schema): the
  installed package's when node_modules/trust-badges sits beside FILE, else the CDN's.
  Catalog ids: ${Object.keys(STANDARDS).join(', ')}.`,
  keygen: `trust-badges keygen [--private FILE] [--keys FILE]
  A new Ed25519 signing key: the private JWK written to --private (default
  signing-key.private.jwk, readable by its owner only, never overwritten, never
  printed), the public key added to the JWK Set --keys (default jwks.json; an existing
  set keeps its keys, for rotation). Publish the set at
  https://<your site>/.well-known/trust-badges/jwks.json, on the origin of vendor.url.`,
  sign: `trust-badges sign FILE --key PRIVATE [--expires 90d|DATE]
  The profile, validated, signed with the private key: a flattened JWS (EdDSA) of its
  exact bytes, to stdout. --expires: a duration (90d, 12h), a date (the end of that day
  UTC) or an RFC 3339 date-time; default 90d. Re-sign before it expires: the elements
  refuse an expired signature.`,
  verify: `trust-badges verify FILE (--keys FILE|URL | --key THUMBPRINT)
  Checks a signed profile offline as the elements do: EdDSA only, the type, signing time
  and expiry, the key (by kid in the key set, or pinned by thumbprint), the signature over
  the exact bytes, and the profile itself.`,
  feed: `trust-badges feed FILE [--lang TAG] [--self URL] [--link URL]
  An Atom feed (RFC 4287) of the profile's subprocessor changes, newest first, for customers
  to subscribe to. --self: where the feed is published (https:); --link: the page listing the
  subprocessors, each entry's link (default: the contact page, else the vendor's site).`,
  'security-txt': `trust-badges security-txt FILE [--expires DATE] [--canonical URL]…
  An RFC 9116 security.txt: Contact (mailto: the profile's contact e-mail), Expires
  (--expires: a date, meaning the end of that day UTC, or an RFC 3339 date-time;
  default one year from now), Preferred-Languages (the profile's text languages),
  Canonical (only when given, https: URLs).`,
};

export const USAGE = `Usage: trust-badges <command> FILE [options]

Static outputs of a security profile (one JSON file), for places that run no script.

Commands:
  validate       check profiles, printing every problem with its JSON path
  svg            an SVG badge of a certification (--cert ID), or of each (--all DIR)
  html           a server-rendered HTML page of an element (default trust-center)
  shields        the shields.io endpoint JSON of a certification
  security-txt   an RFC 9116 security.txt from the profile's contact
  feed           an Atom feed of the profile's subprocessor changes
  keygen         a signing key pair: the private key file and the public key set
  sign           a profile signed with your key, with an expiry (a JWS)
  verify         check a signed profile against a key set or a pinned key
  init           write a starter profile, from flags or a few questions

FILE may be "-" for standard input. Run "trust-badges <command> --help" for its options.

Options:
  -h, --help     show help
  --version      show the version

Exit status: 0 success, 1 invalid input (unreadable file, invalid JSON or profile,
unknown certification), 2 usage error.
`;

/** What the command needs from the outside world; tests and main() provide it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The bytes of `file` ("-": standard input); more than `limit` bytes may be cut to `limit + 1`. */
  read(file: string, limit: number): Uint8Array;
  write(file: string, text: string): void;
  mkdir(dir: string): void;
  now(): number;
  /** Whether `file` exists (init refuses to overwrite one). */
  exists?(file: string): boolean;
  /** Prints `question` (to stderr) and resolves with the next line of standard input; undefined at its end. */
  ask?(question: string): Promise<string | undefined>;
}

/** A wrong command line: exit 2 with a hint. */
export class UsageError extends Error {}
/** Input that cannot be used: exit 1, each line printed. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
const COMMON: Options = { help: { type: 'boolean', short: 'h' } };
const LANG: Options = { lang: { type: 'string' } };
const OPTIONS: Record<string, Options> = {
  validate: COMMON,
  svg: { ...COMMON, ...LANG, cert: { type: 'string' }, all: { type: 'string' }, variant: { type: 'string' }, theme: { type: 'string' }, status: { type: 'string' } },
  html: {
    ...COMMON,
    ...LANG,
    element: { type: 'string' },
    cert: { type: 'string' },
    variant: { type: 'string' },
    attr: { type: 'string', multiple: true },
    theme: { type: 'string' },
    title: { type: 'string' },
    fragment: { type: 'boolean' },
    module: { type: 'string' },
    'import-map': { type: 'string' },
  },
  shields: { ...COMMON, ...LANG, cert: { type: 'string' }, status: { type: 'string' } },
  feed: { ...COMMON, ...LANG, self: { type: 'string' }, link: { type: 'string' } },
  'security-txt': { ...COMMON, expires: { type: 'string' }, canonical: { type: 'string', multiple: true } },
  keygen: { ...COMMON, private: { type: 'string' }, keys: { type: 'string' } },
  sign: { ...COMMON, key: { type: 'string' }, expires: { type: 'string' } },
  verify: { ...COMMON, keys: { type: 'string' }, key: { type: 'string' } },
  init: {
    ...COMMON,
    name: { type: 'string' },
    url: { type: 'string' },
    contact: { type: 'string' },
    cloud: { type: 'string' },
    standards: { type: 'string' },
    inherited: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    force: { type: 'boolean' },
  },
};

type Values = Record<string, string | boolean | string[] | undefined>;

function parse(command: string, args: string[]): { values: Values; files: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS[command], strict: true, allowPositionals: true });
    return { values: values as Values, files: positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

const str = (values: Values, name: string) => values[name] as string | undefined;

function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const value = str(values, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function language(values: Values, io: Io): { lang: string; locale: SupportedLocale } {
  const lang = str(values, 'lang') ?? 'en';
  if (!LANG_TAG.test(lang)) throw new UsageError(`--lang must be a language tag such as en, pt-BR or es; got "${lang}"`);
  const locale = matchLocale(lang);
  if (locale.split('-')[0].toLowerCase() !== lang.split('-')[0].toLowerCase()) {
    io.err(`trust-badges: no translation for "${lang}"; using ${locale}\n`);
  }
  return { lang, locale };
}

function oneFile(files: string[]): string {
  if (files.length !== 1) throw new UsageError(files.length ? `expected one FILE; got ${files.length}` : 'missing FILE');
  return files[0];
}

function readText(io: Io, file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = io.read(file, MAX_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError([`${displayName(file)}: cannot read: ${reason}`]);
  }
  const input = decodeInput(displayName(file), bytes);
  if (!input.ok) throw new InputError([input.problem]);
  return input.text;
}

const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

function loadProfile(io: Io, file: string): SecurityProfile {
  const result = readProfileText(displayName(file), readText(io, file));
  if (!result.ok) throw new InputError(result.problems);
  // Certifications that name a catalog standard get its name, kind and issuer, in every language.
  return withStandards(result.profile);
}

function requireCert(profile: SecurityProfile, file: string, id: string) {
  const cert = findCert(profile, id);
  if (cert) return cert;
  const ids = profile.certifications.map((c) => c.id).join(', ') || 'none';
  throw new InputError([`${displayName(file)}: ${errorLine({ path: 'certifications', message: `no certification with id "${id}" (ids: ${ids})` })}`]);
}

async function validate(io: Io, files: string[]): Promise<number> {
  if (!files.length) throw new UsageError('missing FILE');
  let status: number = EXIT.ok;
  for (const file of files) {
    let text: string;
    try {
      text = readText(io, file);
    } catch (error) {
      io.err(`${(error as InputError).lines.join('\n')}\n`);
      status = EXIT.invalid;
      continue;
    }
    const verdict = validateText(displayName(file), text);
    if (verdict.ok) io.out(`${verdict.lines.join('\n')}\n`);
    else {
      io.err(`${verdict.lines.join('\n')}\n`);
      status = EXIT.invalid;
    }
  }
  return status;
}

/**
 * `--status FILE|URL`: the live status badge (cli/status.ts) instead of a certification's. The
 * feed is validated as the profile's `status.provider` names it (else by its shape).
 */
async function liveStatus(io: Io, values: Values, files: string[], command: 'svg' | 'shields'): Promise<number> {
  const file = oneFile(files);
  const source = str(values, 'status')!;
  if (str(values, 'cert') || str(values, 'all')) throw new UsageError('--status excludes --cert and --all');
  const theme = oneOf<Theme>(values, 'theme', ['light', 'dark'], 'light');
  const { locale } = language(values, io);
  const profile = loadProfile(io, file);
  const { fetchFeedText, readFeed, statusShieldsJson, statusSvg } = await import('./status.js');
  let text: string;
  if (/^https?:/i.test(source)) {
    try {
      text = await fetchFeedText(source);
    } catch (error) {
      throw new InputError([`--status ${source.slice(0, 80)}: ${(error as Error).message}`]);
    }
  } else text = readText(io, source);
  const result = readFeed(displayName(source), text, profile);
  if (!result.ok) throw new InputError(result.problems);
  io.out(command === 'shields' ? statusShieldsJson(result.feed, profile, locale) : statusSvg(result.feed, profile, { locale, theme }));
  return EXIT.ok;
}

function svg(io: Io, values: Values, files: string[]): number | Promise<number> {
  if (values.status !== undefined) return liveStatus(io, values, files, 'svg');
  const file = oneFile(files);
  const cert = str(values, 'cert');
  const all = str(values, 'all');
  if (!cert === !all) throw new UsageError(cert ? '--cert and --all exclude each other' : 'missing --cert ID (or --all DIR)');
  const variant = oneOf<Variant>(values, 'variant', ['pill', 'card'], 'pill');
  const theme = oneOf<Theme>(values, 'theme', ['light', 'dark'], 'light');
  const { locale } = language(values, io);
  const profile = loadProfile(io, file);
  const options = { locale, theme, variant, now: io.now() };
  if (cert) {
    io.out(badgeSvg(profile, requireCert(profile, file, cert), options));
    return EXIT.ok;
  }
  io.mkdir(all!);
  for (const { file: name, svg: text } of allBadgeSvgs(profile, options)) {
    const path = join(all!, name);
    io.write(path, text);
    io.out(`${path}\n`);
  }
  return EXIT.ok;
}

async function html(io: Io, values: Values, files: string[]): Promise<number> {
  const file = oneFile(files);
  const { renderElement, renderHtmlPage } = await import('./html.js');
  const element = oneOf(values, 'element', ELEMENTS, 'trust-center');
  const theme = oneOf(values, 'theme', ['light', 'dark', 'auto'] as const, 'auto');
  const { lang, locale } = language(values, io);
  const allowed: readonly string[] = ELEMENT_ATTRIBUTES[element];
  const attributes: Record<string, string> = {};
  for (const pair of (values.attr as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (!allowed.includes(name)) {
      throw new UsageError(`--attr ${name}: <${element}> takes ${allowed.map((n) => `${n}=…`).join(', ')} (--lang and --theme set lang and theme)`);
    }
    attributes[name] = at < 0 ? '' : pair.slice(at + 1);
  }
  for (const name of ['cert', 'variant'] as const) {
    const value = str(values, name);
    if (value === undefined) continue;
    if (!allowed.includes(name)) throw new UsageError(`--${name}: <${element}> has no ${name} attribute`);
    attributes[name] = value;
  }
  if (element === 'trust-badge') {
    if (attributes.cert === undefined) throw new UsageError('--element trust-badge needs --cert ID');
    attributes.variant = oneOf({ variant: attributes.variant }, 'variant', ['pill', 'card'] as const, 'pill');
  }
  const module = str(values, 'module');
  const importMapFile = str(values, 'import-map');
  if (importMapFile && !module) throw new UsageError('--import-map needs --module');
  if (values.fragment && module) throw new UsageError('--fragment and --module exclude each other: a fragment has no script');
  const profile = loadProfile(io, file);
  if (element === 'trust-badge') requireCert(profile, file, attributes.cert);
  let importMap: string | undefined;
  if (importMapFile) {
    importMap = readText(io, importMapFile);
    try {
      const parsed = JSON.parse(importMap) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    } catch (error) {
      throw new InputError([`${importMapFile}: not an import map: ${(error as Error).message}`]);
    }
  }
  const options = { element, lang, locale, theme, attributes, title: str(values, 'title'), module, importMap };
  io.out(values.fragment ? `${await renderElement(profile, options)}\n` : await renderHtmlPage(profile, options));
  return EXIT.ok;
}

function shields(io: Io, values: Values, files: string[]): number | Promise<number> {
  if (values.status !== undefined) return liveStatus(io, values, files, 'shields');
  const file = oneFile(files);
  const cert = str(values, 'cert');
  if (!cert) throw new UsageError('missing --cert ID');
  const { locale } = language(values, io);
  const profile = loadProfile(io, file);
  io.out(shieldsJson(profile, requireCert(profile, file, cert), locale, io.now()));
  return EXIT.ok;
}

function securityTxtCommand(io: Io, values: Values, files: string[]): number {
  const file = oneFile(files);
  const now = io.now();
  const given = str(values, 'expires');
  const expires = given === undefined ? oneYearAfter(now) : parseExpires(given);
  if (!expires) throw new UsageError(`--expires must be a date (2027-06-30) or an RFC 3339 date-time; got "${given}"`);
  if (expires.getTime() <= now) throw new UsageError(`--expires must be in the future; got ${expires.toISOString()}`);
  const canonical = (values.canonical as string[] | undefined) ?? [];
  for (const url of canonical) {
    if (!parseSafeUrl(url, ['https:'])) throw new UsageError(`--canonical must be an https: URL; got "${url}"`);
  }
  const profile = loadProfile(io, file);
  if (expires.getTime() - now > 366 * 86_400_000) {
    io.err('trust-badges: RFC 9116 recommends an Expires less than a year ahead\n');
  }
  io.out(securityTxt(profile, { expires, canonical }));
  return EXIT.ok;
}

function feed(io: Io, values: Values, files: string[]): number {
  const file = oneFile(files);
  const { locale } = language(values, io);
  const [self, link] = [str(values, 'self'), str(values, 'link')];
  for (const [flag, url] of [['--self', self], ['--link', link]]) {
    if (url !== undefined && !parseSafeUrl(url, ['https:'])) throw new UsageError(`${flag} must be an https: URL; got "${url}"`);
  }
  const profile = loadProfile(io, file);
  const xml = subprocessorFeed(profile, { locale, self, link });
  if (xml === undefined) throw new InputError([`${displayName(file)}: ${errorLine({ path: 'subprocessors', message: 'missing: the feed lists the changes to the subprocessors' })}`]);
  io.out(xml);
  return EXIT.ok;
}

/** The questions of init, in order: a flag answers one; --yes leaves the rest unasked. */
const QUESTIONS = [
  { key: 'name', ask: 'Company name: ', required: true },
  { key: 'url', ask: 'Website (https://…): ', required: true },
  { key: 'contact', ask: 'Security contact e-mail: ', required: true },
  { key: 'cloud', ask: `Cloud provider (${Object.keys(CLOUDS).join(', ')}, or none): ` },
  { key: 'standards', ask: 'Standards you hold, by catalog id (such as soc2-type2, iso-27001; blank for none): ' },
  { key: 'inherited', ask: 'Standards you inherit from your cloud provider, by catalog id (blank for none): ' },
] as const;

async function init(io: Io, values: Values, files: string[]): Promise<number> {
  if (files.length > 1) throw new UsageError(`expected at most one FILE; got ${files.length}`);
  const file = files[0] ?? 'security.json';
  const exists = io.exists ?? (() => false);
  if (exists(file) && !values.force) throw new InputError([`${file}: already exists; add --force to overwrite it`]);
  const answers: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const { key } = question;
    const check = CHECKS[key === 'inherited' ? 'standards' : key];
    const given = str(values, key);
    if (key === 'inherited' && !answers.cloud && given === undefined) continue;
    if (given !== undefined || values.yes || !io.ask) {
      if (given === undefined && 'required' in question) throw new UsageError(`missing --${key}${values.yes ? ' (--yes asks nothing)' : ''}`);
      const problem = given === undefined ? undefined : check(given);
      if (problem) throw new UsageError(`--${key}: ${problem}`);
      answers[key] = given ?? '';
    } else {
      // Asked again until the answer will do; the end of the input ends the command.
      for (;;) {
        const line = await io.ask(question.ask);
        if (line === undefined) throw new InputError([`trust-badges: no answer for "${question.ask.trim()}"`]);
        const problem = check(line.trim());
        if (!problem) {
          answers[key] = line.trim();
          break;
        }
        io.err(`  ${problem}\n`);
      }
    }
    if (key === 'cloud' && answers.cloud === 'none') answers.cloud = '';
  }
  if (answers.inherited && !answers.cloud) throw new UsageError('--inherited needs --cloud: the provider that holds them');
  // Beside an installed package, the schema it ships; else the CDN's copy of this version.
  const local = exists(join(dirname(file), 'node_modules/trust-badges/schema.json'));
  const profile = starterProfile(
    {
      name: answers.name,
      url: answers.url,
      contact: answers.contact,
      cloud: answers.cloud || undefined,
      standards: standardIds(answers.standards),
      inherited: standardIds(answers.inherited),
      schema: local ? SCHEMA_PATH : undefined,
    },
    new Date(io.now()).toISOString().slice(0, 10),
  );
  io.write(file, `${JSON.stringify(profile, null, 2)}\n`);
  io.out(`wrote ${file}: check it with "trust-badges validate ${file}"\n`);
  return EXIT.ok;
}

/** keygen, sign and verify (signing.ts, with jose: loaded only for these commands). */
async function signing(command: 'keygen' | 'sign' | 'verify', io: Io, values: Values, files: string[]): Promise<number> {
  const { keygen, readText: readFile, sign, SigningError, verify } = await import('./signing.js');
  try {
    if (command === 'keygen') {
      if (files.length) throw new UsageError('keygen takes no FILE');
      await keygen(io.out, readFile, str(values, 'private') ?? 'signing-key.private.jwk', str(values, 'keys') ?? 'jwks.json');
    } else if (command === 'sign') {
      const file = oneFile(files);
      const key = str(values, 'key');
      if (!key) throw new UsageError('missing --key PRIVATE (a key file from trust-badges keygen)');
      io.out(await sign(readFile, displayName(file), readText(io, file), key, str(values, 'expires') ?? '90d', io.now()));
    } else io.out(await verify(readFile, oneFile(files), str(values, 'keys'), str(values, 'key'), io.now()));
  } catch (error) {
    if (error instanceof SigningError) throw error.usage ? new UsageError(error.message) : new InputError(error.lines);
    throw error;
  }
  return EXIT.ok;
}

const COMMANDS: Record<string, (io: Io, values: Values, files: string[]) => number | Promise<number>> = {
  validate: (io, _values, files) => validate(io, files),
  svg,
  html,
  shields,
  'security-txt': securityTxtCommand,
  feed,
  keygen: (io, values, files) => signing('keygen', io, values, files),
  sign: (io, values, files) => signing('sign', io, values, files),
  verify: (io, values, files) => signing('verify', io, values, files),
  init,
};

/**
 * Runs the command line `argv` (without node and the script); resolves with the exit status.
 * Every character printed passes through `printable` (terminal.ts): no data reaches the terminal as a control.
 */
export async function run(argv: string[], raw: Io): Promise<number> {
  const io: Io = { ...raw, out: (text) => raw.out(printable(text)), err: (text) => raw.err(printable(text)) };
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('missing command');
    if (command === '-h' || command === '--help' || command === 'help') {
      const topic = rest[0] && HELP[rest[0]];
      io.out(topic ? `Usage: ${topic}\n` : USAGE);
      return EXIT.ok;
    }
    if (command === '--version') {
      io.out(`${version}\n`);
      return EXIT.ok;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`unknown command "${command}"`);
    const { values, files } = parse(command, rest);
    if (values.help) {
      io.out(`Usage: ${HELP[command]}\n`);
      return EXIT.ok;
    }
    // A document keeps its data, made inert in its own syntax; everything else is plain text.
    const form: Form = command === 'html' || command === 'feed' || (command === 'svg' && !values.all) ? 'markup' : command === 'shields' ? 'json' : 'text';
    return await handler({ ...io, out: (text) => raw.out(printable(text, form)) }, values, files);
  } catch (error) {
    if (error instanceof UsageError) {
      const topic = command && HELP[command] ? command : undefined;
      io.err(`trust-badges: ${error.message}\n${topic ? `Usage: ${HELP[topic]}\n` : `Run "trust-badges --help" for usage.\n`}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`${error.lines.join('\n')}\n`);
      return EXIT.invalid;
    }
    io.err(`trust-badges: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
}

const nodeIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  read: (file, limit) => {
    // A file is measured before it is read: a huge one is refused without reading it all.
    if (file !== '-' && statSync(file).size > limit) return new Uint8Array(limit + 1);
    return readFileSync(file === '-' ? 0 : file);
  },
  write: (file, text) => writeFileSync(file, text),
  mkdir: (dir) => mkdirSync(dir, { recursive: true }),
  now: () => Date.now(),
  exists: (file) => existsSync(file),
  ask: async (question) => {
    process.stderr.write(question);
    // One reader of standard input for every question: lines piped in before a question are kept for it.
    stdin ??= createInterface({ input: process.stdin, terminal: false });
    stdinLines ??= stdin[Symbol.asyncIterator]();
    const next = await stdinLines.next();
    return next.done ? undefined : next.value;
  },
};
let stdin: Interface | undefined;
let stdinLines: AsyncIterator<string> | undefined;

process.exitCode = await run(process.argv.slice(2), nodeIo);
// A terminal's input stays open until it is let go.
stdin?.close();
