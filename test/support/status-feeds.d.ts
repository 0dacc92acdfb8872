export const COMPONENT_STATUSES: string[];
export const INDICATORS: ('none' | 'minor' | 'major' | 'critical' | 'maintenance')[];
export const SITE_STATUSES: string[];
export function statuspageSummary(options?: { status?: string; indicator?: string; incident?: boolean; maintenance?: boolean; name?: string }): Record<string, any>;
export function upptimeSummary(options?: { statuses?: string[]; day?: string }): Record<string, any>[];
