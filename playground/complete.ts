/**
 * Completion from the profile's JSON Schema (data/schema.json, itself generated from the one
 * definition, src/data/schema.ts): at a property name, the fields the schema allows there (with
 * their descriptions); at a value, the values it lists (enum, const, true/false).
 */
import { syntaxTree } from '@codemirror/language';
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { SyntaxNode } from '@lezer/common';
import type { PathKey } from './locate.js';

/** The part of JSON Schema that data/schema.json uses. */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

/** Every alternative a schema node allows (anyOf and oneOf flattened). */
const alternatives = (node: SchemaNode): SchemaNode[] => [node, ...[...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap(alternatives)];

/** The schema nodes that may describe the value at `keys`. */
export function schemaAt(schema: SchemaNode, keys: readonly PathKey[]): SchemaNode[] {
  let nodes = alternatives(schema);
  for (const key of keys) {
    nodes = nodes
      .flatMap((n) => (typeof key === 'number' ? (n.items ? [n.items] : []) : Object.hasOwn(n.properties ?? {}, key) ? [n.properties![key]] : []))
      .flatMap(alternatives);
  }
  return nodes;
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/** The keys leading to `node` (a value in the tree), outermost first. */
function keysTo(node: SyntaxNode, text: string): PathKey[] {
  const keys: PathKey[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property') {
      const name = parent.getChild('PropertyName');
      if (name && name !== child) keys.unshift(readKey(text.slice(name.from, name.to)));
    } else if (parent.name === 'Array') {
      let index = 0;
      for (let c = parent.firstChild; c && c !== child; c = c.nextSibling) if (VALUE_NODES.has(c.name)) index++;
      keys.unshift(index);
    }
  }
  return keys;
}

function readKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.replace(/^"|"$/g, '');
  }
}

const scalars = (nodes: SchemaNode[]): unknown[] => {
  const seen = new Set<string>();
  const out: unknown[] = [];
  const add = (v: unknown) => {
    const key = JSON.stringify(v);
    if (!seen.has(key)) seen.add(key), out.push(v);
  };
  for (const n of nodes) {
    n.enum?.forEach(add);
    if (n.const !== undefined) add(n.const);
    if (n.type === 'boolean') [true, false].forEach(add);
  }
  return out;
};

/** A CodeMirror completion source over `schema`. */
export function schemaCompletion(schema: SchemaNode) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const node = syntaxTree(context.state).resolveInner(context.pos, -1);
    const word = context.matchBefore(/"?[\w$-]*"?/);
    const from = word ? word.from : context.pos;
    // A property name: in an object, where a name is expected.
    const object = node.name === 'Object' ? node : node.name === 'PropertyName' ? node.parent?.parent : node.parent?.name === 'Object' ? node.parent : null;
    if (object?.name === 'Object' && (node.name !== 'String' || node.parent?.name === 'Object')) {
      const present = new Set(object.getChildren('Property').map((p) => p.getChild('PropertyName')).filter((n) => n && n !== node).map((n) => readKey(text.slice(n!.from, n!.to))));
      const options: Completion[] = [];
      for (const s of schemaAt(schema, keysTo(object, text))) {
        for (const [name, field] of Object.entries(s.properties ?? {})) {
          if (present.has(name) || options.some((o) => o.label === JSON.stringify(name))) continue;
          options.push({ label: JSON.stringify(name), type: 'property', detail: [field.type ?? ''].flat().join(' | '), info: field.description });
        }
      }
      return options.length ? { from, options, validFor: /^"?[\w$-]*"?$/ } : null;
    }
    // A value: after a property's colon, or in a list.
    if (!context.explicit && !word?.text) return null;
    const value = node.name === 'String' || node.name === 'Number' || node.name === 'True' || node.name === 'False' || node.name === 'Null' ? node : null;
    const holder = value ?? node;
    let keys: PathKey[];
    if (holder.name === 'Property') keys = [...keysTo(holder, text), readKey(text.slice(holder.getChild('PropertyName')!.from, holder.getChild('PropertyName')!.to))];
    else if (value) keys = keysTo(value, text);
    else return null;
    const options = scalars(schemaAt(schema, keys)).map((v): Completion => ({ label: JSON.stringify(v), type: 'constant' }));
    return options.length ? { from: value ? value.from : from, options } : null;
  };
}
