import { ACTIONS } from '@kc/domain';

/** Write routes that perform an action, by route pattern; `body` names the action on the lifecycle route. */
const ACTION_ROUTES: Record<string, string | 'body'> = {
  'POST /api/projects': 'create_project',
  'PATCH /api/projects/:id': 'edit_draft',
  'POST /api/projects/:id/actions': 'body',
  'POST /api/projects/:id/reports': 'submit_report',
  'POST /api/projects/:id/deadlines/extend': 'extend_deadline',
  'POST /api/escalations/:id/ack': 'acknowledge_escalation',
  'POST /api/escalations/:id/resolve': 'resolve_escalation',
};

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTIONS);

/** The action a request asked for, or null for a request that is not an action; unknown names stay bounded. */
export function actionOf(method: string, route: string, body: unknown): string | null {
  const action = ACTION_ROUTES[`${method} ${route}`];
  if (!action) return null;
  if (action !== 'body') return action;
  const named = (body as { action?: unknown } | undefined)?.action;
  return typeof named === 'string' && KNOWN_ACTIONS.has(named) ? named : 'unknown';
}

/** The outcome of an action from its HTTP status: performed, or why it was refused. */
export function outcomeOf(status: number): string {
  if (status >= 200 && status < 300) return 'performed';
  switch (status) {
    case 400:
      return 'invalid';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'error' : 'refused';
  }
}
