/**
 * What the address asks the project page to open, once: `?action=approve` (that action's dialog),
 * `?report=P0004` (the progress report form on that period), `?focus=escalations`, `?done=created|saved` (what the
 * project form just saved). The inbox and mails link so.
 */
export interface PageRequest {
  action: string | null;
  report: string | null;
  focus: string | null;
  done: string | null;
}

export function readPageRequest(search: string = window.location.search): PageRequest {
  const params = new URLSearchParams(search);
  return {
    action: params.get('action'),
    report: params.get('report'),
    focus: params.get('focus'),
    done: params.get('done'),
  };
}

/** Drops the request from the address, so a reload does not open the dialog again. */
export function forgetPageRequest(): void {
  if (window.location.search) window.history.replaceState(null, '', window.location.pathname);
}
