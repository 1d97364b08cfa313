import { ApiUser, newProjectBody } from './http';

export interface ProjectRef {
  id: string;
  workflowId: string;
}

/**
 * A project of Hà Nội walked through the API to IN_PROGRESS (approved for 300 million VND, a contract, an advance
 * of 1 million), where each further advance of a few thousand VND is an action the workflow accepts.
 */
export async function projectInProgress(officer: ApiUser, approver: ApiUser, title: string): Promise<ProjectRef> {
  const created = await officer.expect(201, 'POST', '/projects', newProjectBody('HN', title));
  const act = (user: ApiUser, body: object) => user.expect(200, 'POST', `/projects/${created.id}/actions`, body);
  await act(officer, { action: 'submit' });
  await act(officer, { action: 'open_appraisal' });
  await act(approver, {
    action: 'approve',
    decisionNo: '01/QĐ-BENCH',
    decisionDate: '2026-01-05',
    approvedSupportVnd: 300_000_000,
  });
  await act(officer, { action: 'sign_contract', contractNo: `${created.code}/HĐ-BENCH`, contractDate: '2026-11-02' });
  await act(officer, { action: 'certify_progress', progressPercent: 75, reportDate: '2026-11-02' });
  await act(officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1_000_000 });
  await act(officer, { action: 'start' });
  return { id: created.id, workflowId: `project-${created.code}` };
}
