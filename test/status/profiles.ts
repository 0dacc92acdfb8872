import type { SecurityProfile, StatusSource } from '../../src/data/schema.js';
import { pipefyJson } from '../support/profiles.js';

/** Pipefy's profile with a status entry (profile 1.1). */
export const withStatus = async (status: StatusSource): Promise<SecurityProfile> => ({ ...(await pipefyJson()), version: '1.1', status });
