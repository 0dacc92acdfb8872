/**
 * The profile editor: CodeMirror 6 with JSON syntax, the library's own validator (`parseProfile`)
 * as its linter, each error marked at the line of its path, and completion from data/schema.json.
 */
import { EditorView, basicSetup } from 'codemirror';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { syntaxTree } from '@codemirror/language';
import type { Tree } from '@lezer/common';
import { parseProfile } from '../src/data/parse.js';
import type { SecurityProfile } from '../src/data/schema.js';
import { rangeOfPath } from './locate.js';
import { schemaCompletion, type SchemaNode } from './complete.js';

export interface Problem {
  /** 1-based line of the mark. */
  line: number;
  /** `path: message`, or the JSON syntax error. */
  text: string;
}

export type Verdict = { ok: true; profile: SecurityProfile; problems: [] } | { ok: false; problems: Problem[] };

/** Validates the editor's text: JSON first, then `parseProfile`; each problem with its place in the text. */
export function check(text: string, tree: Tree = jsonLanguage.parser.parse(text)): { verdict: Verdict; diagnostics: Diagnostic[] } {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Engines word JSON errors differently; the syntax tree's first error node is where all agree.
    let at = text.length;
    tree.iterate({ enter: (n) => (n.type.isError && n.from < at ? ((at = n.from), false) : undefined) });
    const from = Math.min(at, Math.max(text.length - 1, 0));
    const problem = `not valid JSON: ${message}`;
    return {
      verdict: { ok: false, problems: [{ line: lineOf(from), text: problem }] },
      diagnostics: [{ from, to: Math.min(from + 1, text.length), severity: 'error', message: problem }],
    };
  }
  const result = parseProfile(value);
  if (result.ok) return { verdict: { ok: true, profile: result.profile, problems: [] }, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const problems: Problem[] = [];
  for (const error of result.errors) {
    const { from, to } = rangeOfPath(tree, text, error.path);
    const message = `${error.path || '(profile)'}: ${error.message}`;
    diagnostics.push({ from, to: Math.max(to, from + 1), severity: 'error', message });
    problems.push({ line: lineOf(from), text: message });
  }
  return { verdict: { ok: false, problems }, diagnostics };
}

export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  schema: SchemaNode | undefined;
  /** The element that labels the editor (its id). */
  labelledBy: string;
  /** Called at once on each change of the text (to keep the draft). */
  onChange(text: string): void;
  /** Called after each change is checked, with the text and its verdict. */
  onCheck(text: string, verdict: Verdict): void;
}

export function createEditor({ parent, text, schema, labelledBy, onChange, onCheck }: EditorOptions): EditorView {
  const lint = linter(
    (view) => {
      const doc = view.state.doc.toString();
      const { verdict, diagnostics } = check(doc, syntaxTree(view.state).length === doc.length ? syntaxTree(view.state) : undefined);
      onCheck(doc, verdict);
      return diagnostics;
    },
    { delay: 250 },
  );
  return new EditorView({
    parent,
    doc: text,
    extensions: [
      basicSetup,
      json(),
      lint,
      lintGutter(),
      ...(schema ? [jsonLanguage.data.of({ autocomplete: schemaCompletion(schema) })] : []),
      EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-multiline': 'true' }),
      EditorView.lineWrapping,
      EditorView.updateListener.of((update) => update.docChanged && onChange(update.state.doc.toString())),
    ],
  });
}
