/**
 * Where a validation error's JSON path (`certifications[2].status`, as `parseProfile` reports it)
 * sits in the profile's text, read from the JSON syntax tree, so an error shows at its line.
 * A path the text lacks (a required field that is missing) falls back to the nearest part that
 * exists: the property holding the object, or the object's opening brace.
 */
import type { SyntaxNode, Tree } from '@lezer/common';

export type PathKey = string | number;

/** `certifications[2].status` or `sections[0]["odd key"]` → its keys; undefined when it is not such a path. */
export function pathKeys(path: string): PathKey[] | undefined {
  const keys: PathKey[] = [];
  const token = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const m = token.exec(path);
    if (!m || (at === 0 && path[0] === '.')) return undefined;
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
  }
  return keys;
}

export interface Range {
  from: number;
  to: number;
}

const VALUES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);
const valuesOf = (node: SyntaxNode) => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (VALUES.has(c.name)) out.push(c);
  return out;
};

/** The property of `object` named `key`: its name node and value node. */
function property(object: SyntaxNode, key: string, text: string): { name: SyntaxNode; value: SyntaxNode | null } | undefined {
  for (const prop of object.getChildren('Property')) {
    const name = prop.getChild('PropertyName');
    if (!name) continue;
    let read: unknown;
    try {
      read = JSON.parse(text.slice(name.from, name.to));
    } catch {
      continue;
    }
    if (read === key) return { name, value: valuesOf(prop)[0] ?? null };
  }
  return undefined;
}

/** The opening brace or bracket of a container, or the whole of a scalar. */
const head = (node: SyntaxNode): Range => (node.name === 'Object' || node.name === 'Array' ? { from: node.from, to: node.from + 1 } : node);

/**
 * The range to mark for `path` in `text` (whose JSON syntax tree is `tree`): the value itself when
 * it is a scalar, the property's name when it is an object or a list (so the mark is one line),
 * and the nearest enclosing part that exists when the path goes further than the text.
 */
export function rangeOfPath(tree: Tree, text: string, path: string): Range {
  const top = valuesOf(tree.topNode)[0];
  if (!top) return { from: 0, to: Math.min(1, text.length) };
  let node = top;
  let label: SyntaxNode | undefined;
  for (const key of pathKeys(path) ?? []) {
    let next: SyntaxNode | null | undefined;
    let nextLabel: SyntaxNode | undefined;
    if (typeof key === 'number' && node.name === 'Array') next = valuesOf(node)[key];
    else if (typeof key === 'string' && node.name === 'Object') {
      const found = property(node, key, text);
      next = found?.value;
      nextLabel = found?.name;
      if (found && !next) return found.name;
    }
    if (!next) return label ?? head(node);
    node = next;
    label = nextLabel;
  }
  if (node.name === 'Object' || node.name === 'Array') return label ?? head(node);
  return node;
}
