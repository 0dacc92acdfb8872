/**
 * `trust-badges feed`: an Atom feed (RFC 4287) of a profile's subprocessor changes, so that
 * customers can subscribe to them (GDPR Article 28 notice). Ids are `urn:uuid:` URIs (RFC 9562
 * version 5, from the vendor's address and the change), so the same change keeps its id from one
 * run to the next; the output depends on the profile alone (no clock), and every piece of data
 * passes through escapeXml.
 */
import { createHash } from 'node:crypto';
import type { SecurityProfile, SubprocessorChange } from '../data/schema.js';
import { parseIsoDate } from '../data/dates.js';
import { mailtoHref, safeHref } from '../data/url.js';
import type { SupportedLocale } from '../rules/locale.js';
import { resolveText } from '../rules/locale.js';
import { inLocale, msg } from '../i18n/msg.js';
import { changeWord, newestFirst } from '../components/subprocessors/changes.js';
import { escapeXml } from './xml.js';

export interface FeedOptions {
  locale: SupportedLocale;
  /** Where the feed is published (`rel="self"`), an https: URL. */
  self?: string;
  /** The page that lists the subprocessors, each entry's link; the contact page or the vendor's site when absent. */
  link?: string;
}

/** The URL namespace of RFC 9562 (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A name-based (version 5, SHA-1) UUID URN: the same name always gives the same id. */
export function uuidUrn(name: string): string {
  const hash = createHash('sha1').update(URL_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An ISO date of the profile as an RFC 3339 date-time: the first instant of its span, UTC. */
const instant = (date: string) => new Date(parseIsoDate(date)!.start).toISOString().replace('.000Z', 'Z');

const tag = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** The feed, or undefined when the profile states no subprocessors. */
export function subprocessorFeed(profile: SecurityProfile, options: FeedOptions): string | undefined {
  const list = profile.subprocessors;
  if (!list) return undefined;
  const { locale } = options;
  const vendor = profile.vendor;
  const site = safeHref(vendor.url)!;
  const page = safeHref(options.link) ?? safeHref(profile.contact.url) ?? site;
  const changes = newestFirst(list);
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, locale)!;
  return inLocale(locale, () => {
    // The newest change (changes are sorted); the profile's date when there is none.
    const latest = instant(changes[0]?.date ?? profile.updated);
    const entry = (c: SubprocessorChange) => `  <entry>
    ${tag('id', uuidUrn(`${site}#subprocessors/${c.date}/${c.change}/${c.name}`))}
    ${tag('title', `${changeWord(c.change)}: ${c.name}`)}
    ${tag('updated', instant(c.date))}
    <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>${c.description ? `\n    <summary type="text">${escapeXml(text(c.description))}</summary>` : ''}
  </entry>
`;
    const email = mailtoHref(profile.contact.email) ? `\n    ${tag('email', profile.contact.email)}` : '';
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(locale)}">
  ${tag('id', uuidUrn(`${site}#subprocessors`))}
  ${tag('title', `${vendor.name}: ${msg('Subprocessors', { id: 'subprocessors.caption' })}`)}${list.description ? `\n  <subtitle type="text">${escapeXml(text(list.description))}</subtitle>` : ''}
  ${tag('updated', latest)}
  <author>
    ${tag('name', vendor.name)}
    ${tag('uri', site)}${email}
  </author>
  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>${options.self ? `\n  <link rel="self" type="application/atom+xml" href="${escapeXml(options.self)}"/>` : ''}
  <generator uri="https://github.com/trust-badges/trust-badges">trust-badges</generator>
${changes.map(entry).join('')}</feed>
`;
  });
}
