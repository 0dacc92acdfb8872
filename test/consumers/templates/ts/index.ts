// Type-checked by test/consumers/prepare.mjs against the packed package.
import 'trust-badges/badge';
import { parseProfile, type SecurityProfile, type TrustErrorKind } from 'trust-badges';
import schema from 'trust-badges/schema.json' with { type: 'json' };
import { templates } from 'trust-badges/locales/pt-BR';

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
