import type { Session } from '../app/session';
import { errorMessage } from '../app/messages';
import { summaryText } from '../app/summary';

export interface CommandEnv {
  session(): Session;
  /** SharedRuntime 1.1: the pane can be shown from code. */
  canShowPane: boolean;
  showPane(): Promise<void>;
  notify(message: string): Promise<void>;
}

/**
 * The ribbon's 一键校验: check and mark the active sheet with the pane closed, then open the pane with the
 * results (or, without a shared runtime, tell the counts in a notice). Always completes the event.
 */
export async function runCheckCommand(event: { completed(): void }, env: CommandEnv): Promise<void> {
  try {
    const session = env.session();
    await session.actions.runCheck({ mark: true });
    if (env.canShowPane) await env.showPane();
    else await env.notify(summaryText(session.store.get()));
  } catch (e) {
    try {
      await env.notify(errorMessage(e));
    } catch {
      // nothing more we can do; the event still completes below
    }
  } finally {
    event.completed();
  }
}
