import { actionOf, outcomeOf } from './action-of-request';
import { UNMATCHED_ROUTE, projectOf, routePatternOf } from './request-logger';

describe('actionOf', () => {
  it('names the lifecycle action from the body, and other actions from the route', () => {
    expect(actionOf('POST', '/api/projects/:id/actions', { action: 'approve' })).toBe('approve');
    expect(actionOf('POST', '/api/projects', {})).toBe('create_project');
    expect(actionOf('POST', '/api/projects/:id/reports', {})).toBe('submit_report');
    expect(actionOf('POST', '/api/escalations/:id/resolve', {})).toBe('resolve_escalation');
  });

  it('keeps the label set bounded: an unknown or missing action is "unknown"', () => {
    expect(actionOf('POST', '/api/projects/:id/actions', { action: 'drop table' })).toBe('unknown');
    expect(actionOf('POST', '/api/projects/:id/actions', undefined)).toBe('unknown');
  });

  it('is null for requests that are not actions', () => {
    expect(actionOf('GET', '/api/projects/:id', undefined)).toBeNull();
    expect(actionOf('POST', '/api/auth/login', {})).toBeNull();
    expect(actionOf('POST', UNMATCHED_ROUTE, { action: 'submit' })).toBeNull();
  });
});

describe('outcomeOf', () => {
  it.each([
    [200, 'performed'],
    [201, 'performed'],
    [400, 'invalid'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [429, 'rate_limited'],
    [503, 'unavailable'],
    [500, 'error'],
    [413, 'refused'],
  ])('%i is %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });
});

describe('request log fields', () => {
  it('takes the route pattern, or a fixed label when nothing matched', () => {
    expect(routePatternOf({ route: { path: '/api/projects/:id' } } as never)).toBe('/api/projects/:id');
    expect(routePatternOf({} as never)).toBe(UNMATCHED_ROUTE);
  });

  it('tells a project id from a project code on project routes only', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(projectOf('/api/projects/:id/actions', { id })).toEqual({ projectId: id });
    expect(projectOf('/api/projects/:id', { id: 'KCĐP-2026-HN-0003' })).toEqual({ projectCode: 'KCĐP-2026-HN-0003' });
    expect(projectOf('/api/escalations/:id/ack', { id })).toEqual({});
  });
});
