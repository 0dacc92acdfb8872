// Type-checked by test/consumers/prepare.mjs against the packed package.
import 'trust-badges/badge';
import { parseProfile, type SecurityProfile, type TrustErrorKind } from 'trust-badges';
import schema from 'trust-badges/schema.json' with { type: 'json' };
import { templates } from 'trust-badges/locales/pt-BR';
// The side-effect-free entries: the data API, and an element's class for an app's own tag.
import { parseProfile as parseAlone, SUPPORTED_LOCALES, type SupportedLocale, type SecurityProfile as Profile } from 'trust-badges/profile';
import { TrustBadge } from 'trust-badges/badge/class';
// @ts-expect-error: the schema's nodes are not public API
import { SecurityProfileSchema } from 'trust-badges/profile';

const badge = document.querySelector('trust-badge');
if (badge) {
  badge.cert = 'iso-27001';
  badge.variant = 'card';
  badge.timeout = 5000;
  // @ts-expect-error: only pill or card
  badge.variant = 'poster';
  badge.addEventListener('trust-error', (event) => {
    const kind: TrustErrorKind = event.detail.kind;
    const paths: string[] = (event.detail.errors ?? []).map((e) => e.path);
    console.log(kind, paths, event.detail.status?.toFixed());
  });
  badge.addEventListener('trust-load', (event) => {
    const profile: SecurityProfile = event.detail.profile;
    console.log(profile.vendor.name, profile.certifications.length);
  });
}

const center = document.createElement('trust-center');
center.sections = 'certifications';
// @ts-expect-error: headingLevel is a number
center.headingLevel = 'two';

const result = parseProfile({});
if (!result.ok) console.log(result.errors[0].path, result.errors[0].message);
console.log(schema.$id, Object.keys(templates).length);

const alone = parseAlone({});
const lang: SupportedLocale = SUPPORTED_LOCALES[0];
if (alone.ok) {
  const typed: Profile = alone.profile;
  console.log(typed.vendor.name, lang);
  // `data` takes a profile (and still validates what arrives at run time)
  if (badge) badge.data = typed;
}
// @ts-expect-error: data is a SecurityProfile, not any object
center.data = { vendor: 'acme' };
customElements.define('acme-badge', class extends TrustBadge {});
console.log(SecurityProfileSchema);
