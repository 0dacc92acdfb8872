/**
 * Options objects with no prototype. A host page may have polluted
 * `Object.prototype` (`Object.prototype.body = …`, `….calendar = 'buddhist'`);
 * the platform reads every option it knows from the object it is given,
 * inherited ones included. An options object made here inherits nothing, so
 * only the options written in our code apply. Every options object handed to
 * Intl, fetch, addEventListener, events and observers is made with this.
 */
export function bare<T extends object>(options: T): T {
  return Object.assign(Object.create(null) as T, options);
}

/** `{ once: true }` for addEventListener, made once: every listener that removes itself uses it. */
export const ONCE: AddEventListenerOptions = Object.freeze(bare({ once: true }));

/** `{ mode: 'open' }` for attachShadow, made once: a polluted `delegatesFocus` or `slotAssignment` reaches no shadow root of ours. */
export const OPEN_SHADOW: ShadowRootInit = Object.freeze(bare<ShadowRootInit>({ mode: 'open' }));
