import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@kc/config';
import type { AuthenticatedRequest } from '../auth/current-actor.decorator';
import { RequestWithId, requestIdOf } from '../common/request-id';
import { ApiMetrics } from './api-metrics';
import { actionOf, outcomeOf } from './action-of-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request that matched no route is labelled as such, so a scanner cannot grow the route label without bound. */
export const UNMATCHED_ROUTE = '(unmatched)';

/** Probes and scrapes come every few seconds from machines: their successes are debug lines. */
const PROBE_ROUTES = new Set(['/api/livez', '/api/readyz', '/api/health', '/api/metrics']);

export function routePatternOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? path : UNMATCHED_ROUTE;
}

/** `:id` of a project route is a project's id or its code (both are accepted); other routes name none. */
export function projectOf(route: string, params: Record<string, unknown>): Record<string, string> {
  const ref = params.id;
  if (!route.startsWith('/api/projects/:id') || typeof ref !== 'string') return {};
  return UUID.test(ref) ? { projectId: ref } : { projectCode: ref };
}

/**
 * Express middleware, mounted right after the request id: when the answer has gone, writes one JSON line
 * (method, route pattern, status, duration, request id, user, project) and records the latency histogram
 * and, for action routes, kc_actions_total.
 */
export function logRequests(logger: Logger, metrics: ApiMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routePatternOf(req);
      const status = res.statusCode;
      metrics.httpDuration.observe({ method: req.method, route, status: String(status) }, seconds);
      const action = actionOf(req.method, route, req.body);
      if (action) metrics.actions.inc({ action, outcome: outcomeOf(status) });
      const actor = (req as Request & AuthenticatedRequest).actor;
      const line = {
        requestId: requestIdOf(req as Request & RequestWithId),
        method: req.method,
        route,
        path: req.path,
        status,
        durationMs: Math.round(seconds * 1e4) / 10,
        ...(actor ? { user: { id: actor.userId, email: actor.email, role: actor.role } } : {}),
        ...projectOf(route, req.params ?? {}),
        ...(action ? { action } : {}),
      };
      if (status >= 500) logger.error(line, 'request failed');
      else if (PROBE_ROUTES.has(route) && status < 400) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}
