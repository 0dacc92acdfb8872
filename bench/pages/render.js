// Runs one measurement in a fresh page; the bench reads window.result. The scenario
// comes from the query string. Times are performance.now() deltas, compared only
// with other scenarios measured the same way on the same machine in the same run.
const params = new URLSearchParams(location.search);
const scenario = params.get('scenario');
const count = Number(params.get('count') ?? 1000);
const stage = document.getElementById('stage');
const profile = await (await fetch('/data/pipefy.json')).json();
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

const CERT = 'iso-27001';
const texts = { name: 'ISO 27001', status: 'Active', asOf: 'as of August 2019', via: 'via Amazon Web Services' };

async function trustBadges() {
  await import('/dist/trust-badges.bundle.js');
  await frame();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const el = document.createElement('trust-badge');
    el.cert = CERT;
    el.data = profile;
    stage.append(el);
  }
  const all = [...stage.children];
  await Promise.all(all.map((el) => el.updateComplete));
  while (!all.every((el) => el.state.status === 'ready')) await Promise.all(all.map((el) => el.updateComplete));
  await Promise.all(all.map((el) => el.updateComplete));
  stage.getBoundingClientRect();
  return performance.now() - start;
}

async function vanillaBadges() {
  // The floor: the same shadow DOM markup and text, built by cloning a <template>.
  const template = document.createElement('template');
  template.innerHTML = `<span part="base" class="pill active"><bdi part="label" class="name"></bdi><span part="status" class="status"><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7"></circle></svg>status<span class="as-of"></span></span><span part="holder" class="holder"></span></span>`;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.pill{display:inline-flex;gap:.5em;border:1px solid #ccc;border-radius:1em;padding:.2em .75em}.name{font-weight:600}');
  await frame();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const clone = template.content.cloneNode(true);
    clone.querySelector('bdi').textContent = texts.name;
    clone.querySelector('svg').nextSibling.data = texts.status;
    clone.querySelector('.as-of').textContent = texts.asOf;
    clone.querySelector('.holder').textContent = texts.via;
    root.append(clone);
    stage.append(host);
  }
  stage.getBoundingClientRect();
  return performance.now() - start;
}

async function litPills() {
  // The comparator: the same markup and text from a minimal LitElement (bench/pages/lit-pill.js).
  await import('/bench/.build/lit-pill/main.js');
  await customElements.whenDefined('lit-pill');
  await frame();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const el = document.createElement('lit-pill');
    Object.assign(el, texts);
    stage.append(el);
  }
  await Promise.all([...stage.children].map((el) => el.updateComplete));
  stage.getBoundingClientRect();
  return performance.now() - start;
}

async function shoelaceBadges() {
  await import('/bench/.build/shoelace/main.js');
  await customElements.whenDefined('sl-badge');
  await frame();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const el = document.createElement('sl-badge');
    el.variant = 'success';
    el.textContent = `${texts.name} ${texts.status} ${texts.asOf} ${texts.via}`;
    stage.append(el);
  }
  await Promise.all([...stage.children].map((el) => el.updateComplete));
  stage.getBoundingClientRect();
  return performance.now() - start;
}

async function trustCenter() {
  await import('/dist/trust-badges.bundle.js');
  await frame();
  const start = performance.now();
  const el = document.createElement('trust-center');
  el.data = profile;
  stage.append(el);
  const inner = () => [el, ...el.shadowRoot.querySelectorAll('*')].filter((e) => e.localName.startsWith('trust-'));
  const nested = () => inner().flatMap((e) => [e, ...(e.shadowRoot ? [...e.shadowRoot.querySelectorAll('*')].filter((x) => x.localName.startsWith('trust-')) : [])]);
  for (;;) {
    await Promise.all(nested().map((e) => e.updateComplete));
    if (nested().every((e) => e.state.status === 'ready')) break;
  }
  await Promise.all(nested().map((e) => e.updateComplete));
  stage.getBoundingClientRect();
  return performance.now() - start;
}

async function vanillaCenter() {
  // The floor: every string the trust center shows, as headings, paragraphs and list items.
  const strings = [];
  const walk = (v) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') ('en' in v ? strings.push(v.en) : Object.values(v).forEach(walk));
  };
  walk(profile);
  await frame();
  const start = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const template = document.createElement('template');
  template.innerHTML = '<section><div role="heading"></div><p></p></section>';
  for (const s of strings) {
    const clone = template.content.cloneNode(true);
    clone.querySelector('p').textContent = s;
    root.append(clone);
  }
  stage.append(host);
  stage.getBoundingClientRect();
  return performance.now() - start;
}

async function memory() {
  // JS heap for `count` badges: the bench reads the heap (after a GC) before and after `go`.
  await import('/dist/trust-badges.bundle.js');
  await new Promise((resolve) => {
    window.go = resolve;
    window.ready = true;
  });
  return trustBadges();
}

async function shift() {
  // Cumulative layout shift while elements load their data over the network (source=src), or
  // with the data inline (source=inline: the first render is already the final one).
  let cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  await import('/dist/trust-badges.bundle.js');
  const tag = params.get('tag');
  stage.style.display = 'block';
  const intro = document.createElement('p');
  intro.textContent = 'Text above the widget.';
  const el = document.createElement(tag);
  if (params.get('cert')) el.setAttribute('cert', params.get('cert'));
  if (params.get('source') === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(profile);
    el.append(script);
  } else el.src = '/bench-data/pipefy.json?delay=400';
  const outro = document.createElement('p');
  outro.textContent = 'Text below the widget, which would move if the widget changed size.';
  stage.append(intro, el, outro);
  const all = () => [el, ...el.shadowRoot.querySelectorAll('*')].filter((e) => e.localName.startsWith('trust-'));
  while (!all().every((e) => e.state?.status === 'ready')) await new Promise((r) => setTimeout(r, 20));
  await Promise.all(all().map((e) => e.updateComplete));
  await frame();
  await frame();
  return cls;
}

const scenarios = { trustBadges, vanillaBadges, litPills, shoelaceBadges, trustCenter, vanillaCenter, memory, shift };
window.result = await scenarios[scenario]();
window.done = true;
