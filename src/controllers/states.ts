/**
 * A host's custom states (`:host(:state(error))` inside, `trust-x:state(error)` from the page),
 * set after each update from what `read` says, where the engine has custom states. Without them
 * (or with internals already attached by someone else) it does nothing: the host's styles then
 * fall back to what it renders.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class StatesController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #read: () => Record<string, boolean>;
  /** Made on the first update, never on a server; null where the engine has no custom states. */
  #internals?: ElementInternals | null;

  constructor(host: ReactiveElement, read: () => Record<string, boolean>) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#internals === undefined) {
      try {
        this.#internals = CSS.supports('selector(:state(error))') ? this.#host.attachInternals() : null;
      } catch {
        this.#internals = null;
      }
    }
    const states = this.#internals?.states;
    if (!states) return;
    for (const [name, on] of Object.entries(this.#read())) {
      if (on) states.add(name);
      else states.delete(name);
    }
  }
}
