/** The JSON Schema of a SecurityProfile, generated from the valibot definition in schema.ts. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { SecurityProfileSchema } from './schema.js';

export const SCHEMA_ID = 'https://unpkg.com/trust-badges/data/schema.json';

/** Builds the JSON Schema (draft-07) that `data/schema.json` holds. */
export function profileJsonSchema(): Record<string, unknown> {
  // Custom checks (real dates, the URL guard, cross-references) have no JSON Schema
  // form; the patterns and bounds they sit beside still reach editors.
  const schema = toJsonSchema(SecurityProfileSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'trust-badges SecurityProfile',
    description: "A SaaS vendor's security posture, as read by the trust-badges web components. Version 1.",
    ...schema,
  };
}
