// The playground (playground/index.html) in a frame, as a user works it: typing, reloading, exporting.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EditorView } from '@codemirror/view';
import { DRAFT_KEY } from '../../playground/draft.js';
import { embedSnippet, BUILD } from '../../playground/exports.js';
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

/** Picks `value` in the playground's `<select id>`, as a user does. */
function choose({ doc }: Frame, id: string, value: string): void {
  const select = doc.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** What the built command (cli/dist) makes of `profile` with `args` (test/support/server.js, case 'cli'). */
async function command(args: string[], profile: string): Promise<Response> {
  const response = await fetch(`/__test/cli?args=${encodeURIComponent(args.join(','))}`, { method: 'POST', body: profile });
  expect(response.ok, await response.clone().text()).to.equal(true);
  return response;
}

/** Where two long texts part, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `they differ at ${i} (U+${a.charCodeAt(i).toString(16)} against U+${b.charCodeAt(i).toString(16)}): …${JSON.stringify(a.slice(i - 20, i + 100))} against …${JSON.stringify(b.slice(i - 20, i + 100))}`;
}

/** axe in the playground's own window, so it judges that document: in the light theme and then the dark one. */
async function expectAxeClean(f: Frame): Promise<void> {
  const script = f.doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  await new Promise((r) => (script.addEventListener('load', r), f.doc.head.append(script)));
  type Axe = { run(n: Node): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  for (const theme of ['light', 'dark']) {
    choose(f, 'theme', theme);
    // Every element re-rendered in the theme and its colour transitions over.
    await waitUntil(() => [...f.doc.querySelectorAll('#preview > *')].every((el) => el.getAttribute('theme') === null || el.getAttribute('theme') === theme));
    await new Promise((r) => f.win.requestAnimationFrame(() => f.win.requestAnimationFrame(r)));
    await Promise.all(f.doc.getAnimations().map((a) => a.finished));
    const results = await (f.win as unknown as { axe: Axe }).axe.run(f.doc);
    expect(results.violations.map((v) => `${theme}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
  }
}

const problems = (doc: Document) => [...doc.querySelectorAll('#problems li')].map((li) => li.textContent!.trim());
const centerTitle = (doc: Document) => (doc.querySelector('#preview trust-center') as TrustElement).shadowRoot?.querySelector('#title')?.textContent ?? '';

describe('playground', function () {
  // A guard against hangs, not a speed claim: each test loads the whole page, WebKit under Xvfb slowly.
  this.timeout(60_000);
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));

  it('starts from the example profile, and axe finds nothing wrong', async () => {
    const f = await open();
    const example = await (await fetch('/data/pipefy.json')).text();
    expect(f.view.state.doc.toString()).to.equal(example);
    await waitUntil(() => centerTitle(f.doc).includes('Pipefy'), 'the preview did not render the example');
    await expectAxeClean(f);
  });

  it('offers the example that uses every field, and previews each of its elements; axe finds nothing wrong', async () => {
    const f = await open();
    const select = f.doc.querySelector<HTMLSelectElement>('#example')!;
    // A labelled choice, named for what it does.
    expect(select.labels?.[0]?.textContent).to.contain('Example');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['pipefy.json', 'example-full.json']);
    choose(f, 'example', 'example-full.json');
    f.doc.querySelector<HTMLButtonElement>('#reset')!.click();
    const full = await (await fetch('/data/example-full.json')).text();
    await waitUntil(() => f.view.state.doc.toString() === full, 'the editor did not start again from example-full.json');
    const vendor = (JSON.parse(full) as { vendor: { name: string } }).vendor.name;
    await waitUntil(() => centerTitle(f.doc).includes(vendor), 'the preview did not take example-full.json', { timeout: 10000 });
    // The newer elements show its fields on their own, not an error.
    for (const tag of ['trust-subprocessors', 'trust-documents', 'trust-faq']) {
      const el = f.doc.querySelector(`#preview > ${tag}`) as TrustElement | null;
      await waitUntil(() => el?.state.status === 'ready', `<${tag}> is not ready with every field`, { timeout: 5000 });
    }
    await expectAxeClean(f);
  });

  it('previews every element the package has: one for each element folder but data', async () => {
    const f = await open();
    const folders = (await (await fetch('/__test/element-folders')).json()) as string[];
    expect(folders).to.include('badge');
    const previewed = new Set([...f.doc.querySelectorAll('#preview > *')].map((el) => el.localName));
    const missing = folders.filter((name) => name !== 'data' && !previewed.has(`trust-${name}`));
    expect(missing, 'element folders without a preview').to.deep.equal([]);
    // Each under a heading naming its tag, and given the profile (ready, or its own error state).
    const headings = [...f.doc.querySelectorAll('#preview > h3')].map((h) => h.textContent);
    for (const name of folders.filter((n) => n !== 'data')) {
      expect(headings, name).to.include(`<trust-${name}>`);
      const el = f.doc.querySelector(`#preview > trust-${name}`) as TrustElement;
      await waitUntil(() => el.state.status !== 'loading', `<trust-${name}> never took the profile`);
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

  it('exports the profile, and the badges and page the command makes of it, in the chosen theme and language', async () => {
    const f = await open();
    await typeOver(f, 'Pipefy', 'Export Check Co', '"vendor"');
    choose(f, 'lang', 'pt-BR');
    choose(f, 'theme', 'dark');
    choose(f, 'variant', 'card');
    f.doc.querySelector<HTMLButtonElement>('#prepare')!.click();
    await waitUntil(() => f.doc.querySelector('#downloads a[download="security.html"]'), 'the downloads were not prepared', { timeout: 15000 });
    const files = new Map<string, string>();
    for (const a of f.doc.querySelectorAll<HTMLAnchorElement>('#downloads a[download]')) files.set(a.download, await (await f.win.fetch(a.href)).text());
    const draft = f.view.state.doc.toString();
    expect(files.get('security-profile.json')).to.equal(draft);

    const svgs = (await (await command(['svg', '-', '--all', 'DIR', '--lang', 'pt-BR', '--theme', 'dark', '--variant', 'card'], draft)).json()) as Record<string, string>;
    const made = [...files.keys()].filter((name) => name.endsWith('.svg'));
    expect(made.sort()).to.deep.equal(Object.keys(svgs).sort());
    for (const name of made) expect(files.get(name), name).to.equal(svgs[name]);

    // Two things differ between two renders of one profile: the render time (data-judged-at, in ms),
    // and the spaces the engine's Intl puts in a date range (Node 20's ICU 78 a thin space around
    // "–", Chromium a plain one). All else is the same page.
    const judged = (page: string) => page.replace(/data-judged-at="\d+"/g, 'data-judged-at="…"').replace(/[\u2009\u202f]/g, ' ');
    const page = await (await command(['html', '-', '--lang', 'pt-BR', '--theme', 'dark'], draft)).text();
    expect(page).to.contain('Export Check Co');
    const ours = judged(files.get('security.html')!);
    expect(ours, firstDifference(ours, judged(page))).to.equal(judged(page));

    const snippet = files.get('embed-snippet.html')!;
    expect(snippet).to.equal(f.doc.querySelector('#snippet')!.textContent);
    expect(snippet).to.match(/<trust-center src="\/security-profile\.json" lang="pt-BR" theme="dark"><\/trust-center>/);
    expect(snippet).to.match(/<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/trust-badges@[^/]+\/dist\/autoloader\.js"><\/script>/);
  });

  it('exports the page of any element the command renders, as the command does', async () => {
    const f = await open();
    // The choice is the command's --element list, the trust center first.
    const offered = [...f.doc.querySelectorAll<HTMLOptionElement>('#element option')].map((o) => o.value);
    expect(offered[0]).to.equal('trust-center');
    expect(offered).to.include.members(['trust-badge', 'trust-faq', 'trust-subprocessors']);
    expect(offered).not.to.include('trust-status');
    expect(f.doc.querySelector<HTMLSelectElement>('#element')!.labels?.[0]?.textContent).to.contain('Page of');
    choose(f, 'example', 'example-full.json');
    f.doc.querySelector<HTMLButtonElement>('#reset')!.click();
    const full = await (await fetch('/data/example-full.json')).text();
    await waitUntil(() => f.view.state.doc.toString() === full, 'the editor did not start again from example-full.json');
    choose(f, 'lang', 'es');
    choose(f, 'element', 'trust-faq');
    f.doc.querySelector<HTMLButtonElement>('#prepare')!.click();
    await waitUntil(() => f.doc.querySelector('#downloads a[download="security.html"]'), 'the downloads were not prepared', { timeout: 15000 });
    const a = f.doc.querySelector<HTMLAnchorElement>('#downloads a[download="security.html"]')!;
    expect(a.textContent).to.contain('<trust-faq>');
    const ours = await (await f.win.fetch(a.href)).text();
    const theirs = await (await command(['html', '-', '--element', 'trust-faq', '--lang', 'es', '--theme', 'light'], full)).text();
    expect(ours).to.contain('<trust-faq');
    expect(ours).not.to.contain('<trust-center');
    const judged = (page: string) => page.replace(/data-judged-at="\d+"/g, 'data-judged-at="…"').replace(/[\u2009\u202f]/g, ' ');
    expect(judged(ours), firstDifference(judged(ours), judged(theirs))).to.equal(judged(theirs));

    // <trust-badge> shows the first certification, in the badge style chosen (--cert, --variant).
    choose(f, 'element', 'trust-badge');
    choose(f, 'variant', 'card');
    f.doc.querySelector<HTMLButtonElement>('#prepare')!.click();
    await waitUntil(() => f.doc.querySelector('#downloads a[download="security.html"]'), 'the downloads were not prepared', { timeout: 15000 });
    const badge = await (await f.win.fetch(f.doc.querySelector<HTMLAnchorElement>('#downloads a[download="security.html"]')!.href)).text();
    const cert = (JSON.parse(full) as { certifications: { id: string }[] }).certifications[0].id;
    const theirBadge = await (await command(['html', '-', '--element', 'trust-badge', '--cert', cert, '--variant', 'card', '--lang', 'es', '--theme', 'light'], full)).text();
    expect(judged(badge), firstDifference(judged(badge), judged(theirBadge))).to.equal(judged(theirBadge));
  });

  it('sends the draft nowhere: no request the page makes carries it', async () => {
    const f = await open();
    // From here on, every request: each URL the page or its export frame loads (resource timing) and
    // what the sending APIs are given.
    const sent: string[] = [];
    const win = f.win as typeof f.win & { fetch: typeof fetch };
    const fetched = win.fetch;
    win.fetch = (input: RequestInfo | URL, init?: RequestInit) => (sent.push(`${String(input instanceof win.Request ? input.url : input)} ${String(init?.body ?? '')}`), fetched.call(win, input, init));
    const xhrSend = win.XMLHttpRequest.prototype.send;
    win.XMLHttpRequest.prototype.send = function (body) {
      sent.push(String(body));
      return xhrSend.call(this, body);
    };
    const beacon = win.navigator.sendBeacon.bind(win.navigator);
    win.navigator.sendBeacon = (url, data) => (sent.push(`${String(url)} ${String(data)}`), beacon(url, data));
    const Socket = win.WebSocket;
    win.WebSocket = class extends Socket {
      constructor(url: string | URL, protocols?: string | string[]) {
        sent.push(String(url));
        super(url, protocols);
      }
      override send(data: string | ArrayBufferLike | Blob | ArrayBufferView) {
        sent.push(String(data));
        super.send(data);
      }
    };

    const marker = `Draft${Math.random().toString(36).slice(2, 10)}`;
    await typeOver(f, 'Pipefy', marker, '"vendor"');
    await waitUntil(() => centerTitle(f.doc).includes(marker), 'the preview did not take the draft');
    choose(f, 'lang', 'es');
    choose(f, 'theme', 'dark');
    f.doc.querySelector<HTMLButtonElement>('#prepare')!.click();
    await waitUntil(() => f.doc.querySelector('#downloads a[download="security.html"]'), 'the downloads were not prepared', { timeout: 15000 });

    // The draft is there to be sent (kept in local storage, rendered, exported)…
    expect(localStorage.getItem(DRAFT_KEY)).to.contain(marker);
    // …and nothing carried it.
    const frames = [f.win, ...[...f.doc.querySelectorAll('iframe')].map((frame) => frame.contentWindow!)];
    const loaded = frames.flatMap((w) => w.performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.length, 'the page loaded nothing, so resource timing saw nothing').to.be.greaterThan(0);
    expect([...sent, ...loaded].filter((request) => request.includes(marker))).to.deep.equal([]);
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

describe('playground embed snippet', () => {
  const hashes = { 'autoloader.js': 'sha384-AAAA', 'cdn/trust-badge.js': 'sha384-BBBB', 'cdn/chunks/core.js': 'sha384-CCCC' };

  it('names the version the page was built from, not @latest', () => {
    const snippet = embedSnippet('pt-BR', 'dark', { version: '2.3.4', integrity: undefined, why: 'dist/integrity.json was not built (npm run build)' });
    expect(snippet).to.contain('<script type="module" src="https://cdn.jsdelivr.net/npm/trust-badges@2.3.4/dist/autoloader.js"></script>');
    expect(snippet).not.to.contain('@latest');
    expect(snippet).to.contain('<trust-center src="/security-profile.json" lang="pt-BR" theme="dark"></trust-center>');
    // No hash to give: the comment says so and why, and no integrity attribute is made up.
    expect(snippet).to.match(/<!-- No Subresource Integrity hash: dist\/integrity\.json was not built \(npm run build\)\./);
    expect(snippet).not.to.contain('integrity=');
  });

  it('holds the autoloader and the modules it loads to the build\'s hashes when it has them', () => {
    const snippet = embedSnippet('en', 'light', { version: '2.3.4', integrity: hashes });
    expect(snippet).to.contain('src="https://cdn.jsdelivr.net/npm/trust-badges@2.3.4/dist/autoloader.js" integrity="sha384-AAAA" crossorigin="anonymous"');
    const map = snippet.slice(snippet.indexOf('<script type="importmap">') + '<script type="importmap">'.length, snippet.indexOf('</script>'));
    expect(JSON.parse(map)).to.deep.equal({
      integrity: { 'https://cdn.jsdelivr.net/npm/trust-badges@2.3.4/dist/cdn/trust-badge.js': 'sha384-BBBB', 'https://cdn.jsdelivr.net/npm/trust-badges@2.3.4/dist/cdn/chunks/core.js': 'sha384-CCCC' },
    });
    expect(snippet).not.to.contain('No Subresource Integrity');
  });

  it('says @latest, and why, when the page knows no release version; a hash then is never given', () => {
    const snippet = embedSnippet('en', 'light', { version: 'source', integrity: hashes });
    expect(snippet).to.contain('trust-badges@latest/dist/autoloader.js"></script>');
    expect(snippet).to.match(/<!-- @latest: /);
    expect(snippet).not.to.contain('sha384-');
  });

  it('unbuilt, as here, takes the version src/core/version.ts knows and says it has no hash', () => {
    expect(BUILD.integrity).to.equal(undefined);
    expect(embedSnippet('en', 'light')).to.contain('No Subresource Integrity hash: this playground was not built');
  });
});
