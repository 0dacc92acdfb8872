/** The JSON Schema of a SecurityProfile, generated from the one definition in schema.ts. */
import { LOCALE_TAG, MAX_LOCALES, type Schema } from './kit.js';
import { SecurityProfileSchema } from './schema.js';
import { FIELD_DOCS, SCHEMA_ID } from './schema-docs.js';
import { STANDARDS } from './standards.js';

export { SCHEMA_ID } from './schema-docs.js';

/** What every translatable field accepts, added to its description. */
const TEXT_NOTE = 'Plain text, or the same text in several languages: {"en": "…", "pt-BR": "…"}.';

/**
 * One schema node as JSON Schema (draft-07). Tests written as functions (real
 * dates, the URL guard) and cross-references have no JSON Schema form; the
 * patterns and bounds beside them still reach editors.
 */
function toJson(s: Schema, path = ''): Record<string, unknown> {
  const doc = path ? FIELD_DOCS[path] : undefined;
  if (!doc) return shape(s, path);
  const description = s.type === 'text' ? `${doc.description} ${TEXT_NOTE}` : doc.description;
  return { description, examples: [...doc.examples], ...(path === STANDARD_PATH ? standardShape(s) : shape(s, path)) };
}

const STANDARD_PATH = 'certifications[].standard';

/** A certification's standard: the catalog's ids first (editors complete them), or any text. */
function standardShape(s: Schema): Record<string, unknown> {
  const text = shape(s, STANDARD_PATH) as { anyOf: unknown[] };
  return { anyOf: [{ type: 'string', enum: Object.keys(STANDARDS) }, ...text.anyOf] };
}

/** The JSON Schema keywords of the node at `path` (a field's path in schema-docs.ts), without its documentation. */
function shape(s: Schema, path: string): Record<string, unknown> {
  const string = (): Record<string, unknown> => ({
    type: 'string',
    minLength: s.min,
    maxLength: s.max,
    ...(s.pattern && { pattern: s.pattern.source }),
    ...s.json,
  });
  switch (s.type) {
    case 'string':
      return string();
    case 'number':
      return { type: s.integer ? 'integer' : 'number', minimum: s.min, maximum: s.max };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...s.values!] };
    case 'list':
      return { type: 'array', items: toJson(s.items!, `${path}[]`), ...(s.min ? { minItems: s.min } : {}), maxItems: s.max };
    case 'text':
      return {
        anyOf: [
          string(),
          {
            type: 'object',
            propertyNames: { pattern: LOCALE_TAG.source },
            additionalProperties: string(),
            minProperties: 1,
            maxProperties: MAX_LOCALES,
          },
        ],
      };
    case 'object': {
      const entries = Object.entries(s.entries!);
      return {
        type: 'object',
        properties: Object.fromEntries(entries.map(([key, value]) => [key, toJson(value, path ? `${path}.${key}` : key)])),
        required: entries.filter(([, value]) => !value.optional).map(([key]) => key),
        additionalProperties: false,
        ...s.json,
      };
    }
  }
}

/** Builds the JSON Schema (draft-07) that `data/schema.json` holds. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'trust-badges SecurityProfile',
    description: "A SaaS vendor's security posture, as read by the trust-badges web components. Version 1.",
    ...toJson(SecurityProfileSchema),
  };
}
