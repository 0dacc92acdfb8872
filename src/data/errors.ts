/** One problem found in a profile: where (a JSON path) and what, in plain words. */
export interface ProfileError {
  /** A JSON path such as `certifications[2].status`; empty for the document itself. */
  path: string;
  message: string;
}

export type PathKey = string | number;

/** `['certifications', 2, 'status']` → `certifications[2].status`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** `op`'s answer, or undefined when it throws. */
const readSafely = <T>(op: () => T): T | undefined => {
  try {
    return op();
  } catch {
    return undefined;
  }
};

/** A short, safe description of a received value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  // Untrusted: a revoked Proxy throws even here.
  if (readSafely(() => Array.isArray(value))) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** `path: message`, the way errors are shown in consoles and the CLI. */
export function errorLine(error: ProfileError): string {
  return `${error.path || '(profile)'}: ${error.message}`;
}
