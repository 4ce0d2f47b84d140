/**
 * Ribbon commands that arrive before the pane's session exists: office.js can deliver a click as soon as the
 * action is associated, long before the deferred pane bundle has run. Clicks wait here until a handler is
 * set; if none is set in time (the pane bundle failed), they are completed anyway so Office does not hang.
 */
export interface RibbonEvent {
  completed(): void;
}
export type RibbonHandler = (event: RibbonEvent) => void;

/** How long a click may wait for the session (Office cancels a function command after a few minutes). */
export const GIVE_UP_MS = 60_000;

const handlers = new Map<string, RibbonHandler>();
const waiting = new Map<string, RibbonEvent[]>();

/** The function Office calls for `name`: runs the handler, or queues the click until there is one. */
export function dispatcher(name: string, giveUpMs = GIVE_UP_MS): RibbonHandler {
  return (event) => {
    const handler = handlers.get(name);
    if (handler) return handler(event);
    const queue = waiting.get(name) ?? [];
    waiting.set(name, queue);
    queue.push(event);
    setTimeout(() => {
      const i = queue.indexOf(event);
      if (i < 0) return;
      queue.splice(i, 1);
      event.completed();
    }, giveUpMs);
  };
}

/** Sets the handler for `name` and hands it the clicks that waited, in order. */
export function handleCommand(name: string, handler: RibbonHandler): void {
  handlers.set(name, handler);
  const queue = waiting.get(name) ?? [];
  for (const event of queue.splice(0)) handler(event);
}

/** Test seam: forget handlers and queued clicks. */
export function resetRibbonQueue(): void {
  handlers.clear();
  waiting.clear();
}
