// The most expensive profiles the schema allows, for the amplification tests (issue 14, class 1).
// Plain JavaScript so that both the browser tests and the CLI tests (node --test) import it.
//
// Every list cap and string length is read from the JSON Schema (data/schema.json, generated from
// src/data/schema.ts), never written here. Each list is filled to its cap, depth first, while the
// profile's entry budget lasts; strings are as long as their caps allow while the JSON stays under
// the 1 MB body cap. Each *strategy* spends the budget on another list first, so the profile that
// is worst for one renderer (references, paragraphs, items, roles…) is among them.

/** The fetch layer's body cap (src/load/fetch-profile.ts MAX_BYTES); the CLI reads files under the same cap. */
export const BODY_CAP = 1_000_000;

/** The JSON Schema node at a dotted path: `sections.items.details`. */
function nodeAt(schema, path) {
  return path.split('.').reduce((s, key) => (s.type === 'array' ? s.items : s).properties[key], schema);
}
const maxItems = (schema, path) => nodeAt(schema, path).maxItems;
const maxLength = (schema, path) => {
  const n = nodeAt(schema, path);
  const one = n.type === 'array' ? n.items : n;
  // A text field is anyOf [string, {locale: string}]; a field may offer a list of values besides (anyOf [enum, text…]).
  return (one.anyOf ? one.anyOf.find((branch) => branch.maxLength) : one).maxLength;
};

/** Which list each strategy fills first, and which lists it keeps at their minimum. */
export const STRATEGIES = {
  /** As many section-item references to certifications as possible. */
  references: { first: 'sections', minimum: ['details'] },
  /** As many paragraphs as possible. */
  paragraphs: { first: 'sections', minimum: ['references'] },
  /** As many section items as possible (each with its one required paragraph). */
  items: { first: 'sections', minimum: ['references', 'details'] },
  /** As many roles as possible. */
  roles: { first: 'roles', minimum: [] },
  /** Every list in schema order: certifications, encryption, uptime, sign-in, roles, sections, then issue 21's lists. */
  everything: { first: 'providers', minimum: [] },
  /** Issue 21's lists first: subprocessors (and their changes), AI providers, documents, incidents, FAQ, frameworks, regions. */
  fields: { first: 'frameworks', minimum: [] },
  /** The most documents, incidents and FAQ entries (the costliest of issue 21's lists per entry). */
  documents: { first: 'documents', minimum: [] },
};

/**
 * One worst-case profile.
 * @param {object} schema data/schema.json
 * @param {{ strategy: keyof typeof STRATEGIES, entries?: number, stringLength?: number }} options
 *   `entries`: the budget of list entries (all lists together); default: the schema's per-list caps
 *   alone, with as many entries as fit in the body cap.
 *   `stringLength`: the length of every string, each cut to its own cap; default: as long as the body cap allows.
 */
export function worstProfile(schema, { strategy, entries, stringLength }) {
  if (entries === undefined) {
    // Only the body cap bounds the entries: shrink the budget until one-character strings fit.
    let budget = Infinity;
    for (;;) {
      const { profile, used } = build(schema, STRATEGIES[strategy], budget, 1);
      const size = JSON.stringify(profile).length;
      if (size <= BODY_CAP) return profile;
      budget = Math.floor((used * BODY_CAP * 0.99) / size);
    }
  }
  if (stringLength === undefined) {
    // Measure with one-character strings, then spread the room left under the body cap over every string.
    const probe = build(schema, STRATEGIES[strategy], entries, 1);
    const room = BODY_CAP - 4096 - JSON.stringify(probe.profile).length;
    return build(schema, STRATEGIES[strategy], entries, Math.max(1, Math.floor(room / probe.strings) + 1)).profile;
  }
  return build(schema, STRATEGIES[strategy], entries, stringLength).profile;
}

function build(schema, { first, minimum }, budget, stringLength) {
  let left = budget === Infinity ? Number.MAX_SAFE_INTEGER : budget;
  let strings = 0;
  const s = (path, seed) => {
    strings++;
    const n = Math.min(maxLength(schema, path), stringLength);
    return `${seed} ${'x'.repeat(n)}`.slice(0, n);
  };
  /** Up to the list's cap entries, while the budget has `cost` (the entry and its required children) left. */
  const many = (path, cost, make, at = Infinity) => {
    const out = [];
    const cap = Math.min(maxItems(schema, path), at);
    while (out.length < cap && left >= cost) {
      left--;
      out.push(make(out.length));
    }
    return out;
  };
  const cap = (name) => (minimum.includes(name) ? 1 : Infinity);
  const certCount = () => profile.certifications.length;

  const profile = {
    version: '1.0',
    vendor: { name: s('vendor.name', 'Vendor'), url: 'https://vendor.example/', logo: 'https://vendor.example/logo.svg' },
    updated: '2026-01-15',
    contact: { team: s('contact.team', 'Team'), email: 'security@vendor.example', url: 'https://vendor.example/security', description: s('contact.description', 'Contact') },
  };
  const fill = {
    frameworks: () => {
      profile.frameworks = many('frameworks', 1, () => ({ regulation: s('frameworks.regulation', 'Law'), statement: s('frameworks.statement', 'We comply'), evidenceUrl: 'https://vendor.example/dpa', since: '2018-05' }));
    },
    residency: () => {
      const uses = nodeAt(schema, 'residency.regions').items.properties.use.enum;
      const regions = many('residency.regions', 1, (i) => ({ region: s('residency.regions.region', `Region ${i}`), use: uses[i % uses.length], transfer: s('residency.regions.transfer', 'SCC') }));
      if (regions.length) profile.residency = { description: s('residency.description', 'Regions'), regions };
    },
    subprocessors: () => {
      const kinds = nodeAt(schema, 'subprocessors.changes').items.properties.change.enum;
      const entries = many('subprocessors.entries', 2, (i) => {
        // The required list first, while the entry's cost (itself and one location) is reserved.
        const locations = many('subprocessors.entries.locations', 1, () => s('subprocessors.entries.locations', 'Place'));
        const data = many('subprocessors.entries.data', 1, () => s('subprocessors.entries.data', 'Data'));
        const entry = { id: `sp${i}`, name: s('subprocessors.entries.name', `Sub ${i}`), purpose: s('subprocessors.entries.purpose', 'Hosting'), locations, since: '2020-01', url: 'https://sub.example/' };
        return data.length ? { ...entry, data } : entry;
      });
      if (!entries.length) return;
      profile.subprocessors = {
        description: s('subprocessors.description', 'Notice'),
        entries,
        changes: many('subprocessors.changes', 1, (i) => ({ date: `${2000 + (i % 25)}-01-01`, change: kinds[i % kinds.length], name: s('subprocessors.changes.name', `Sub ${i}`), subprocessor: `sp${i % entries.length}`, description: s('subprocessors.changes.description', 'Why') })),
      };
    },
    ai: () => {
      profile.ai = {
        trainsOnCustomerData: false, description: s('ai.description', 'AI'), optOut: s('ai.optOut', 'Off'), optOutUrl: 'https://vendor.example/ai',
        providers: many('ai.providers', 1, (i) => ({ name: s('ai.providers.name', `AI ${i}`), purpose: s('ai.providers.purpose', 'Summaries'), url: 'https://ai.example/' })),
      };
    },
    documents: () => {
      profile.documents = many('documents', 1, (i) =>
        i % 2
          ? { title: s('documents.title', `Doc ${i}`), kind: 'report', date: '2025-01', description: s('documents.description', 'What'), access: 'request', requestUrl: 'mailto:trust@vendor.example', nda: true }
          : { title: s('documents.title', `Doc ${i}`), kind: 'policy', date: '2025-01', description: s('documents.description', 'What'), access: 'public', url: 'https://vendor.example/doc.pdf' },
      );
    },
    incidents: () => {
      profile.incidents = many('incidents', 1, (i) => ({ date: `${2000 + (i % 25)}-02-03`, title: s('incidents.title', `Incident ${i}`), affected: s('incidents.affected', 'Sign-in'), minutes: 1 + i, postmortemUrl: 'https://status.example/pm' }));
    },
    faq: () => {
      profile.faq = many('faq', 1, (i) => ({ question: s('faq.question', `Question ${i}`), answer: s('faq.answer', 'Answer') }));
    },
    providers: () => {
      profile.providers = many('providers', 1, (i) => ({ id: `p${i}`, name: s('providers.name', `Provider ${i}`), url: 'https://provider.example/', role: s('providers.role', 'Role') }));
    },
    certifications: () => {
      const holders = profile.providers?.length ?? 0;
      profile.certifications = many('certifications', 1, (i) => ({
        id: `c${i}`,
        name: s('certifications.name', `Cert ${i}`),
        standard: s('certifications.standard', 'Standard'),
        kind: 'certification',
        holder: holders && i % 2 ? `p${i % holders}` : 'self',
        scope: s('certifications.scope', 'Scope'),
        status: 'active',
        validFrom: '2024-01-01',
        validUntil: '2030-01-01',
        verifyUrl: 'https://verify.example/',
        note: s('certifications.note', 'Note'),
      }));
    },
    encryption: () => {
      profile.encryption = many('encryption', 1, () => ({
        scope: 'at-rest', protocol: s('encryption.protocol', 'TLS'), algorithm: s('encryption.algorithm', 'AES'), keyBits: 256,
        method: s('encryption.method', 'Method'), provider: s('encryption.provider', 'Provider'), description: s('encryption.description', 'How'),
      }));
    },
    availability: () => {
      profile.availability = {
        uptime: many('availability.uptime', 1, (i) => ({ start: `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, end: `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, label: s('availability.uptime.label', 'Month'), percent: 99.9 })),
        slaTarget: 99.9, monitoring: s('availability.monitoring', 'Monitoring'), reports: s('availability.reports', 'Reports'),
        redundancy: s('availability.redundancy', 'Redundancy'), disasterRecovery: s('availability.disasterRecovery', 'DR'), statusUrl: 'https://status.example/',
      };
    },
    authentication: () => {
      const methods = nodeAt(schema, 'authentication.signIn').items.properties.method.enum;
      const api = nodeAt(schema, 'authentication.api.methods').items.enum;
      profile.authentication = {
        signIn: many('authentication.signIn', 1, (i) => ({ method: methods[i % methods.length], supported: true, name: s('authentication.signIn.name', 'Sign-in'), description: s('authentication.signIn.description', 'How') })),
        api: { methods: many('authentication.api.methods', 1, (i) => api[i]), tlsOnly: true, access: s('authentication.api.access', 'Access'), description: s('authentication.api.description', 'API') },
        credentialStorage: s('authentication.credentialStorage', 'Storage'),
        mfa: { supported: true, enforceable: true, description: s('authentication.mfa.description', 'MFA') },
      };
    },
    roles: () => {
      profile.roles = {
        description: s('roles.description', 'Roles'),
        scopes: many('roles.scopes', 2, (i) => ({
          id: `scope-${i}`,
          name: s('roles.scopes.name', `Scope ${i}`),
          roles: many('roles.scopes.roles', 1, (j) => ({ id: `r${j}`, name: s('roles.scopes.roles.name', `Role ${j}`), description: s('roles.scopes.roles.description', 'May') })),
        })),
      };
    },
    sections: () => {
      profile.sections = many('sections', 3, (i) => ({
        id: `s${i}`,
        title: s('sections.title', `Section ${i}`),
        group: s('sections.group', 'Group'),
        items: many('sections.items', 2, (j) => {
          const item = { name: s('sections.items.name', `Item ${j}`), details: many('sections.items.details', 1, () => s('sections.items.details', 'Detail'), cap('details')) };
          if (certCount()) {
            const refs = many('sections.items.certifications', 1, (k) => `c${(j + k) % certCount()}`, Math.min(cap('references'), certCount()));
            if (refs.length) item.certifications = refs;
          }
          return item;
        }),
      }));
    },
  };
  // Certifications are referred to, so they come before sections whatever the strategy.
  const order = ['providers', 'certifications', 'encryption', 'availability', 'authentication', 'roles', 'sections', 'frameworks', 'residency', 'subprocessors', 'ai', 'documents', 'incidents', 'faq'];
  const start = order.indexOf(first);
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  if (rotated.indexOf('sections') < rotated.indexOf('certifications')) {
    rotated.splice(rotated.indexOf('certifications'), 1);
    rotated.splice(rotated.indexOf('sections'), 0, 'certifications');
  }
  if (first === 'sections' || first === 'roles') {
    // Keep just enough certifications to refer to: the budget goes to the strategy's list.
    const keep = Math.min(maxItems(schema, 'certifications'), maxItems(schema, 'sections.items.certifications'));
    fill.certifications = ((whole) => () => {
      const saved = left;
      left = Math.min(left, keep);
      whole();
      left = saved - profile.certifications.length;
    })(fill.certifications);
  }
  for (const name of rotated) fill[name]();
  for (const key of ['providers', 'certifications', 'encryption', 'sections']) profile[key] ??= [];
  if (!profile.providers.length) delete profile.providers;
  return { profile, strings, used: budget === Infinity ? Number.MAX_SAFE_INTEGER - left : budget - left };
}

/** Every element in `root`, counted across shadow roots (the element's own shadow root included). */
export function countElements(root) {
  let count = 0;
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  return count;
}
