import type { Session } from '../taskpane/session';
import { errorMessage } from '../taskpane/messages';
import { countBySeverity } from '../taskpane/findings-view';

export interface CommandEnv {
  session(): Session;
  /** SharedRuntime 1.1: the pane can be shown from code. */
  canShowPane: boolean;
  showPane(): Promise<void>;
  notify(message: string): Promise<void>;
}

/** A summary line for the notification: counts by severity, or what went wrong. */
export function summaryText(session: Session): string {
  const s = session.store.get();
  if (s.error) return s.error;
  if (!s.result) return '没有完成校验。';
  if (s.emptySheet) return '当前工作表是空的。';
  const c = countBySeverity(s.result.findings);
  const forms = s.result.forms.length;
  if (forms === 0 && s.result.findings.length === 0) return '没有在当前工作表中识别到绩效目标表。';
  return `校验完成：识别到 ${forms} 张表，错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个。已在单元格上标记。`;
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
    else await env.notify(summaryText(session));
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
