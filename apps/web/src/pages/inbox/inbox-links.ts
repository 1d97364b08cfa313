/** Where one click from the inbox lands: the project page opening the action's dialog, or the report form. */
export function actionLink(projectId: string, action: string): string {
  return `/projects/${encodeURIComponent(projectId)}?action=${encodeURIComponent(action)}`;
}

export function reportLink(projectId: string, period: string): string {
  return `/projects/${encodeURIComponent(projectId)}?report=${encodeURIComponent(period)}`;
}

export function escalationLink(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}?focus=escalations`;
}

export function adjustmentLink(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}?focus=adjustments`;
}
