// The playground (playground/index.html) in a frame, as a user works it: typing, reloading, exporting.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EditorView } from '@codemirror/view';
import { DRAFT_KEY } from '../../playground/draft.js';
import type { TrustElement } from '../../src/core/trust-element.js';

type Frame = { frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document; view: EditorView };

let current: HTMLIFrameElement | undefined;
afterEach(() => {
  current?.remove();
  localStorage.removeItem(DRAFT_KEY);
});

/** Opens the playground (again, if `frame` is given: a reload) and waits until its editor and preview are up. */
async function open(frame?: HTMLIFrameElement): Promise<Frame> {
  if (!frame) {
    frame = document.createElement('iframe');
    frame.width = '1400';
    frame.height = '900';
    frame.src = '/playground/index.html';
    document.body.append(frame);
    current = frame;
  } else {
    frame.contentWindow!.location.reload();
    await new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  }
  const f = frame;
  await waitUntil(() => f.contentDocument?.querySelector('#preview trust-center') && f.contentDocument.querySelector('.cm-content'), 'the playground did not start', { timeout: 15000 });
  const doc = f.contentDocument!;
  const view = EditorView.findFromDOM(doc.querySelector<HTMLElement>('.cm-editor')!)!;
  return { frame: f, win: f.contentWindow as Window & typeof globalThis, doc, view };
}

/** Selects `find` (the n-th match after `after`) in the editor and types `replacement` over it, as a user does. */
async function typeOver({ view }: Frame, find: string, replacement: string, after = ''): Promise<number> {
  const text = view.state.doc.toString();
  const from = text.indexOf(find, text.indexOf(after));
  expect(from, `"${find}" in the profile`).to.be.greaterThan(-1);
  view.focus();
  view.dispatch({ selection: { anchor: from, head: from + find.length }, scrollIntoView: true });
  await sendKeys({ type: replacement });
  await waitUntil(() => view.state.doc.toString().includes(replacement), 'the typing did not reach the editor');
  return view.state.doc.lineAt(from).number;
}

const problems = (doc: Document) => [...doc.querySelectorAll('#problems li')].map((li) => li.textContent!.trim());
const centerTitle = (doc: Document) => (doc.querySelector('#preview trust-center') as TrustElement).shadowRoot?.querySelector('#title')?.textContent ?? '';

describe('playground', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));

  it('starts from the example profile, and axe finds nothing wrong', async () => {
    const f = await open();
    const example = await (await fetch('/data/pipefy.json')).text();
    expect(f.view.state.doc.toString()).to.equal(example);
    await waitUntil(() => centerTitle(f.doc).includes('Pipefy'), 'the preview did not render the example');
    // axe in the playground's own window, so it judges that document.
    const script = f.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((r) => (script.addEventListener('load', r), f.doc.head.append(script)));
    type Axe = { run(n: Node): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    for (const theme of ['light', 'dark']) {
      const select = f.doc.querySelector<HTMLSelectElement>('#theme')!;
      select.value = theme;
      select.dispatchEvent(new Event('change'));
      // Every element re-rendered in the theme and its colour transitions over.
      await waitUntil(() => [...f.doc.querySelectorAll('#preview > *')].every((el) => el.getAttribute('theme') === null || el.getAttribute('theme') === theme));
      await new Promise((r) => f.win.requestAnimationFrame(() => f.win.requestAnimationFrame(r)));
      await Promise.all(f.doc.getAnimations().map((a) => a.finished));      const results = await (f.win as unknown as { axe: Axe }).axe.run(f.doc);
      expect(results.violations.map((v) => `${theme}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
    }
  });

  it('shows a mistake at its line, and the preview follows once it is fixed', async () => {
    const f = await open();
    const line = await typeOver(f, 'https://www.pipefy.com', 'htp:/pipefy', '"vendor"');
    await waitUntil(() => problems(f.doc).some((p) => p.includes('vendor.url')), 'no problem listed for vendor.url', { timeout: 5000 });
    expect(problems(f.doc)).to.have.length(1);
    expect(problems(f.doc)[0]).to.match(new RegExp(`^Line ${line}: vendor\\.url: `));
    // The mark is on that line of the editor.
    await waitUntil(() => f.doc.querySelector('.cm-lintRange-error'), 'no error mark in the editor');
    const marked = f.doc.querySelector('.cm-lintRange-error')!.closest('.cm-line')!;
    expect(marked.textContent).to.contain('htp:/pipefy');
    expect(f.view.state.doc.lineAt(f.view.posAtDOM(marked)).number).to.equal(line);

    // While the profile is invalid the preview keeps its last valid version.
    await typeOver(f, 'Pipefy', 'Zephyr', '"vendor"');
    await new Promise((r) => setTimeout(r, 400));
    expect(centerTitle(f.doc)).to.contain('Pipefy');
    await typeOver(f, 'htp:/pipefy', 'https://zephyr.example');
    await waitUntil(() => problems(f.doc).length === 0 && centerTitle(f.doc).includes('Zephyr'), 'the fixed profile did not reach the preview', { timeout: 5000 });
    expect(f.doc.querySelector('.cm-lintRange-error')).to.equal(null);
  });

  it('keeps the draft across a reload', async () => {
    const f = await open();
    await typeOver(f, 'Pipefy', 'Kept Draft Co', '"vendor"');
    const draft = f.view.state.doc.toString();
    const again = await open(f.frame);
    expect(again.view.state.doc.toString()).to.equal(draft);
    await waitUntil(() => centerTitle(again.doc).includes('Kept Draft Co'), 'the reloaded preview is not the draft');
  });
});
