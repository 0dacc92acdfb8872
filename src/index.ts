export { parseProfile, type ParseResult } from './data/parse.js';
export type { ProfileError } from './data/errors.js';
export * from './data/schema.js';
