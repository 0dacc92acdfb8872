/**
 * The demo page's own script (an external module: the page's policy allows no inline script).
 * It writes each example's markup beside it, read from the example itself before the elements
 * upgrade, so the code shown is the code that runs; and it switches the whole page light or dark.
 */
for (const example of document.querySelectorAll('.example')) {
  const live = example.querySelector('[data-code]');
  const code = example.querySelector('.code code');
  if (!live || !code) continue;
  live.removeAttribute('data-code');
  code.textContent = live.outerHTML.replace(/=""/g, '');
}

await import('../src/index.ts');

type Theme = 'light' | 'dark';
const KEY = 'trust-badges-demo-theme';
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]')!;

// The page's color-scheme (demo.css, by data-theme) is all it takes: every element, left at
// theme="auto", follows it, nested ones included.
function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  toggle.setAttribute('aria-pressed', String(theme === 'dark'));
}

const stored = localStorage.getItem(KEY);
apply(stored === 'dark' || stored === 'light' ? stored : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
toggle.addEventListener('click', () => {
  const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  localStorage.setItem(KEY, next);
  apply(next);
});
