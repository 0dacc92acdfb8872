// Layout shift of a server-rendered page (`trust-badges html`, declarative shadow DOM) from its
// first paint until its element and those inside it have hydrated with the profile. A classic
// script in the page's head, so the observer sees the first layout; the bench reads window.result.
let cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
const tick = () => new Promise((r) => setTimeout(r, 20));
addEventListener('load', async () => {
  const el = document.querySelector('main').firstElementChild;
  const all = () => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('trust-'));
  const hydrated = (e) => e.hasUpdated && e.state?.status === 'ready' && !e.hasAttribute('defer-hydration');
  while (!all().every(hydrated)) await tick();
  await frame();
  await frame();
  window.result = cls;
  window.done = true;
});
