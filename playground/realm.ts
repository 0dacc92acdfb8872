/** The export frame (ssr.html): created on first use, hidden, same origin, its own Lit and registry. */
import type { Realm } from './ssr-realm.js';

let ready: Promise<Realm> | undefined;

export function exportRealm(): Promise<Realm> {
  ready ??= new Promise<Realm>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.title = 'Export renderer (hidden)';
    frame.setAttribute('aria-hidden', 'true');
    // Beside the page (playground/ssr.html), where the dev server, the test server and the static build all put it.
    frame.src = new URL('ssr.html', document.baseURI).href;
    frame.addEventListener('error', () => reject(new Error('the export renderer did not load')));
    const poll = () => {
      const found = (frame.contentWindow as (Window & { trustBadgesRealm?: Realm }) | null)?.trustBadgesRealm;
      if (found) resolve(found);
      else setTimeout(poll, 20);
    };
    frame.addEventListener('load', poll);
    document.body.append(frame);
  });
  return ready;
}
