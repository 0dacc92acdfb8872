/**
 * Screenshot tests' stage (issue 17 item 6): an element rendered at a viewport width, on a light
 * or a dark page, in a fixed font and at a fixed time, then compared pixel by pixel with its
 * committed baseline by the `compare-screenshot` command (test/support/screenshots.js).
 *
 * Chromium only: the baselines are Chromium's pixels (each engine rasterises text its own way);
 * in Firefox and WebKit each test says so and skips.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { TrustElement } from '../../src/core/trust-element.js';
import type { SecurityProfile } from '../../src/data/schema.js';
import { fakeClock, restoreClock } from '../support/fake-clock.js';

export const CHROMIUM = /Chrom(e|ium)\//.test(navigator.userAgent) && !/Firefox/.test(navigator.userAgent);
export const WIDTHS = [320, 768, 1280] as const;
export const THEMES = ['light', 'dark'] as const;

/** The time every shot is taken at: statuses and "as of" notes never change under the baselines. */
const NOW = '2026-11-01T12:00:00Z';

// The page: no margin, the shot as wide as the viewport, DejaVu Sans (Debian's fonts-dejavu-core,
// which Chromium depends on) so that the glyphs are the same on every Debian machine. The page,
// not the elements, says light or dark (color-scheme): elements left at theme="auto" follow it.
const style = document.createElement('style');
style.textContent = `
  html, body { margin: 0; }
  #shot { box-sizing: border-box; padding: 16px; background: #ffffff; color-scheme: light; --trust-font-family: 'DejaVu Sans'; }
  #shot.dark { background: #0d1117; color-scheme: dark; }
  #shot > * + * { margin-block-start: 12px; }`;
document.head.append(style);

/** Every trust element under `root`, shadow roots included. */
function trustElements(root: Element | ShadowRoot): TrustElement[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.localName.startsWith('trust-') ? [el as TrustElement] : []),
    ...(el.shadowRoot ? trustElements(el.shadowRoot) : []),
  ]);
}

/** Skips the test, saying why, outside Chromium. */
export function chromiumOnly(context: Mocha.Context) {
  if (CHROMIUM) return;
  console.warn('screenshots: Chromium only — the baselines are Chromium pixels; other engines draw text their own way');
  context.skip();
}

let cached: SecurityProfile | undefined;
/** data/halcyon.json: every section, every certification status, an inherited holder. */
export async function halcyon(): Promise<SecurityProfile> {
  cached ??= await (await fetch('/data/halcyon.json')).json();
  return structuredClone(cached!);
}

/**
 * Renders `content` on a `theme` page `width` px wide, waits until every element in it is ready
 * and the fonts are loaded, and compares it (its first `maxHeight` px, when given) with the
 * baseline `name-width-theme`.
 */
export async function matchesBaseline(name: string, width: number, theme: string, content: TemplateResult, { maxHeight = 0 } = {}): Promise<void> {
  fakeClock(NOW);
  try {
    await setViewport({ width, height: 800 });
    const clip = maxHeight ? `max-block-size:${maxHeight}px;overflow:hidden` : '';
    const shot = await fixture<HTMLDivElement>(html`<div id="shot" class=${theme} style="inline-size:${width}px;${clip}">${content}</div>`);
    await waitUntil(() => trustElements(shot).every((el) => el.state.status === 'ready'), `${name}: not every element is ready`, { timeout: 6000 });
    for (let i = 0; i < 3; i++) await Promise.all(trustElements(shot).map((el) => el.updateComplete));
    await document.fonts.ready;
    const result = await executeServerCommand<{ ok: boolean; message?: string }, object>('compare-screenshot', {
      name: `${name}-${width}-${theme}`,
      selector: '#shot',
    });
    if (!result.ok) throw new Error(result.message);
  } finally {
    restoreClock();
  }
}
