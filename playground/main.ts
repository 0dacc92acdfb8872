/**
 * The playground: a profile in a schema-aware editor, every element previewed live, and exports.
 * Served by `npm start` at /playground/ and built by `npm run build:playground` (dist-playground/).
 * The draft lives in local storage; the page fetches only its own files (the example profile,
 * the schema, its code) and uploads nothing.
 */
import { html, render } from 'lit';
import { createEditor, check, type Verdict } from './editor.js';
import { loadDraft, saveDraft, clearDraft } from './draft.js';
import { renderPreview, type Theme } from './preview.js';
import { embedSnippet, PROFILE_FILE, BUILD } from './exports.js';
import { ELEMENTS } from '../src/cli/elements.js';
import { exportRealm } from './realm.js';
import type { SchemaNode } from './complete.js';
import type { SecurityProfile } from '../src/data/schema.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const themeSelect = $<HTMLSelectElement>('theme');
const langSelect = $<HTMLSelectElement>('lang');
const variantSelect = $<HTMLSelectElement>('variant');
const preview = $<HTMLDivElement>('preview');
const exampleSelect = $<HTMLSelectElement>('example');
const elementSelect = $<HTMLSelectElement>('element');

/** The starting profiles the page offers (data/): written out, so the build ships each. */
const EXAMPLES: Record<string, URL> = {
  'pipefy.json': new URL('../data/pipefy.json', import.meta.url),
  'example-full.json': new URL('../data/example-full.json', import.meta.url),
};
const example = () => fetch(EXAMPLES[exampleSelect.value] ?? EXAMPLES['pipefy.json']).then((r) => r.text());

// The page export: any element `trust-badges html` renders (its --element), the trust center first.
render(html`${ELEMENTS.map((tag) => html`<option value=${tag}>&lt;${tag}&gt;</option>`)}`, elementSelect);
elementSelect.value = 'trust-center';
const schema = await fetch(new URL('../data/schema.json', import.meta.url))
  .then((r) => r.json() as Promise<SchemaNode>)
  .catch(() => undefined);

let text = loadDraft() ?? (await example());
let shown: SecurityProfile | undefined;

const theme = (): Theme => (themeSelect.value === 'dark' ? 'dark' : 'light');

function showPreview(): void {
  preview.className = theme();
  preview.lang = langSelect.value;
  if (shown) renderPreview(preview, shown, theme(), langSelect.value);
}

function onCheck(checked: string, verdict: Verdict): void {
  text = checked;
  const problems = $('problems');
  if (verdict.ok) {
    shown = verdict.profile;
    showPreview();
    render(html``, problems);
    $('preview-status').textContent = 'The preview shows this profile.';
    return;
  }
  const count = verdict.problems.length;
  render(
    html`<p>${count === 1 ? '1 problem' : `${count} problems`}:</p>
      <ul>
        ${verdict.problems.map((p) => html`<li>Line ${p.line}: ${p.text}</li>`)}
      </ul>`,
    problems,
  );
  $('preview-status').textContent = shown
    ? 'The preview shows the last valid version of this profile until the problems are fixed.'
    : 'Nothing to preview until the problems are fixed.';
}

const view = createEditor({
  parent: $('editor'),
  text,
  schema,
  labelledBy: 'editor-title',
  onChange: (changed) => {
    text = changed;
    saveDraft(changed);
    clearDownloads('The profile changed: prepare the downloads again.');
  },
  onCheck,
});
view.contentDOM.setAttribute('aria-describedby', 'editor-help');
onCheck(text, check(text).verdict);

themeSelect.addEventListener('change', () => (showPreview(), showSnippet(), clearDownloads('')));
langSelect.addEventListener('change', () => (showPreview(), showSnippet(), clearDownloads('')));
variantSelect.addEventListener('change', () => clearDownloads(''));
elementSelect.addEventListener('change', () => clearDownloads(''));
$('reset').addEventListener('click', async () => {
  clearDraft();
  const fresh = await example();
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: fresh } });
});

function showSnippet(): void {
  $('snippet').textContent = embedSnippet(langSelect.value, theme(), BUILD);
}
showSnippet();

/** The prepared downloads: blob: URLs of files made here, revoked when replaced. */
let urls: string[] = [];
function clearDownloads(status: string): void {
  urls.forEach((url) => URL.revokeObjectURL(url));
  urls = [];
  render(html``, $('downloads'));
  $('export-status').textContent = status;
}

const link = (file: string, body: string, type: string, label: string) => {
  const url = URL.createObjectURL(new Blob([body], { type }));
  urls.push(url);
  return html`<li><a href=${url} download=${file}>${label}</a></li>`;
};

$('prepare').addEventListener('click', async () => {
  clearDownloads('Preparing…');
  const draft = text;
  let pageProblem = '';
  const files = [link(PROFILE_FILE, draft, 'application/json', `The profile (${PROFILE_FILE})`)];
  const valid = check(draft).verdict.ok;
  if (valid) {
    const realm = await exportRealm();
    const options = { lang: langSelect.value, theme: theme() };
    const svgs = realm.svgs(draft, { ...options, variant: variantSelect.value === 'card' ? 'card' : 'pill' });
    const element = ELEMENTS.find((tag) => tag === elementSelect.value) ?? 'trust-center';
    const page = await realm.html(draft, { ...options, element, variant: variantSelect.value === 'card' ? 'card' : 'pill' }).catch((error: Error) => error);
    if (draft !== text) return; // changed meanwhile: those files describe an older draft
    files.push(...svgs.map(({ file, svg }) => link(file, svg, 'image/svg+xml', `SVG badge: ${file}`)));
    if (typeof page === 'string') files.push(link('security.html', page, 'text/html', `The server-rendered page of <${element}> (security.html)`));
    else pageProblem = `No page of <${element}>: ${page.message}`;
  }
  files.push(link('embed-snippet.html', embedSnippet(langSelect.value, theme(), BUILD), 'text/html', 'The embed snippet (embed-snippet.html)'));
  render(html`${files}`, $('downloads'));
  const badges = files.length - (pageProblem ? 2 : 3);
  $('export-status').textContent = !valid
    ? 'Ready: the profile and the snippet. Fix the problems to export the badges and the page.'
    : pageProblem
      ? `Ready: the profile, ${badges} SVG badges and the snippet. ${pageProblem}`
      : `Ready: the profile, ${badges} SVG badges, the page and the snippet.`;
});

