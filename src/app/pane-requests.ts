/**
 * What a ribbon button asks of the pane when the ribbon runs in another page than the pane (WPS: the ribbon
 * page and the pane are separate pages, each with its own session). The pane carries the request out in its
 * own session, so the user's ignored and reviewed findings count and the pane shows the result.
 * The request itself and its stored form are in src/model/pane-request.ts; the transport (WPS:
 * PluginStorage) is the host's.
 */
import type { PaneRequest } from '../model/pane-request';
import type { PaneActions } from './controller';

/** Carries a request out in the pane's session: 一键校验 checks and marks on the 校验 tab. */
export async function applyPaneRequest(
  actions: Pick<PaneActions, 'setTab' | 'setTemplateFocus' | 'runCheck'>,
  request: PaneRequest,
): Promise<void> {
  if (request.action === 'check') {
    actions.setTab('check');
    await actions.runCheck({ mark: true });
    return;
  }
  actions.setTab(request.section === 'check' ? 'check' : 'template');
  actions.setTemplateFocus(request.section === 'new' ? 'new' : null);
}
