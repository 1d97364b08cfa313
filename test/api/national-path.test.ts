/**
 * The national path by TT 36/2013 over HTTP (issue 13, DOMAIN.md §6): every step of a national project (KCQG) is
 * taken by the organisation the law names, and each wrong one is refused with the status and a bilingual message
 * that names who may. The Department registers and organises the base acceptance; the Cục appraises, signs as
 * bên A, pays and settles; the Cục leader enters the Minister's plan decision; the Minister decides stops and
 * carry-overs. Local projects stay in the province.
 */
import { ApiClient, ApiHarness, HttpResult, startApiHarness } from '../support/api-harness';
import {
  TEN_MINUTE_REPORT_POLICY,
  newProjectRequest,
  todayInVietnam,
  certifiedProgress,
} from '../support/request-bodies';
import { PATH_USERS, ensureTestUsers } from '../support/test-users';

let api: ApiHarness;
let unit: ApiClient;
let officer: ApiClient;
let deptLeader: ApiClient;
let cucOfficer: ApiClient;
let cucLeader: ApiClient;
let minister: ApiClient;
let ubnd: ApiClient;
let admin: ApiClient;

const national = (title: string) => newProjectRequest(title, { scope: 'NATIONAL' });
/** The Minister's plan decision (quyết định phê duyệt kế hoạch khuyến công quốc gia), entered by the Cục leader. */
const planDecision = { decisionNo: '1234/QĐ-BCT', decisionDate: '2026-11-01', approvedSupportVnd: 135000000 };
const ministerDecision = (no: string) => ({ decisionNo: no, decisionDate: todayInVietnam() });

beforeAll(async () => {
  api = await startApiHarness();
  await ensureTestUsers(api.worker.dataSource, PATH_USERS);
  [unit, officer, deptLeader, cucOfficer, cucLeader, minister, ubnd, admin] = await Promise.all(
    ['unit.hn', 'officer.hn', 'approver.hn', 'officer.cuc', 'leader.cuc', 'minister', 'ubnd.hn', 'admin'].map((login) =>
      ApiClient.login(api.baseUrl, `${login}@demo.local`),
    ),
  );
});

afterAll(async () => {
  await api?.stop();
});

async function create(client: ApiClient, body: Record<string, unknown>): Promise<string> {
  const res = await client.post('/projects', body);
  if (res.status !== 201) throw new Error(`POST /projects: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

function act(client: ApiClient, id: string, body: Record<string, unknown>): Promise<HttpResult> {
  return client.post(`/projects/${id}/actions`, body);
}

/** An action that must succeed; answers the project's detail. */
async function step(client: ApiClient, id: string, body: Record<string, unknown>, state?: string) {
  const res = await act(client, id, body);
  if (res.status !== 200) throw new Error(`${String(body.action)}: ${res.status} ${JSON.stringify(res.body)}`);
  if (state) expect(res.body.state).toBe(state);
  return res.body;
}

/** A refusal: its status, its code, and a message in Vietnamese then English that says each of `says`. */
function expectRefused(res: HttpResult, status: number, code: string, ...says: Array<string | RegExp>): void {
  expect({ status: res.status, error: res.body?.error }).toEqual({ status, error: code });
  const message = String(res.body.message);
  expect(message).toMatch(/ \/ /);
  for (const phrase of says) expect(message).toMatch(phrase);
}

/** The Cục as the one who may: named in both languages. */
const NAMES_THE_CUC = [/chuyên viên Cục|lãnh đạo Cục/, /Cục (officer|leader)/] as const;
const NAMES_THE_MINISTER = [/Bộ trưởng/, /the Minister/] as const;

/** A national project taken by the right people to IN_PROGRESS, with an advance of `advanceVnd` paid by the Cục. */
async function runningNational(title: string, advanceVnd = 0): Promise<string> {
  const id = await create(unit, national(title));
  await step(unit, id, { action: 'submit' });
  await step(officer, id, { action: 'open_appraisal' });
  await step(deptLeader, id, { action: 'register' });
  await step(cucOfficer, id, { action: 'open_ministry_appraisal' });
  await step(cucLeader, id, { action: 'approve', ...planDecision });
  await step(cucOfficer, id, {
    action: 'sign_contract',
    contractNo: `HĐ-QG-${id.slice(0, 6)}`,
    contractDate: todayInVietnam(),
  });
  if (advanceVnd > 0) {
    await step(officer, id, certifiedProgress());
    await step(cucOfficer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: advanceVnd });
  }
  await step(unit, id, { action: 'start' }, 'IN_PROGRESS');
  return id;
}

describe('a national project from DRAFT to SETTLED, each step by the organisation the law names', () => {
  it('is registered by the Department, appraised and approved through the Cục, signed, paid and settled by it', async () => {
    const id = await create(unit, national('Hỗ trợ dây chuyền chế biến chè (đề án quốc gia)'));
    expect((await admin.put(`/projects/${id}/deadline-policy`, TEN_MINUTE_REPORT_POLICY)).status).toBe(200);

    await step(unit, id, { action: 'submit' }, 'SUBMITTED');
    // The base appraisal is the Department's.
    expectRefused(await act(cucOfficer, id, { action: 'open_appraisal' }), 403, 'ROLE_FORBIDDEN', /Sở Công Thương/);
    await step(officer, id, { action: 'open_appraisal' }, 'BASE_APPRAISAL');
    // A national project is not approved by the province: it goes on the Department's list to the Cục.
    expectRefused(
      await act(deptLeader, id, { action: 'approve', ...planDecision }),
      409,
      'ILLEGAL_TRANSITION',
      /register/,
    );
    expectRefused(await act(officer, id, { action: 'register' }), 403, 'ROLE_FORBIDDEN', /lãnh đạo Sở Công Thương/);
    await step(deptLeader, id, { action: 'register' }, 'REGISTERED');

    // The ministry appraisal is the Cục's.
    expectRefused(
      await act(officer, id, { action: 'open_ministry_appraisal' }),
      403,
      'ROLE_FORBIDDEN',
      ...NAMES_THE_CUC,
    );
    await step(cucOfficer, id, { action: 'open_ministry_appraisal' }, 'MINISTRY_APPRAISAL');

    // The province approver may not approve a national project; neither may a Cục officer: the Cục leader enters
    // the Minister's plan decision.
    expectRefused(
      await act(deptLeader, id, { action: 'approve', ...planDecision }),
      403,
      'ROLE_FORBIDDEN',
      /lãnh đạo Cục/,
      /Cục leader/,
      ...NAMES_THE_MINISTER,
    );
    expectRefused(
      await act(cucOfficer, id, { action: 'approve', ...planDecision }),
      403,
      'ROLE_FORBIDDEN',
      /lãnh đạo Cục/,
    );
    const approved = await step(cucLeader, id, { action: 'approve', ...planDecision }, 'APPROVED');
    const approval = approved.history.find((h: { action: string }) => h.action === 'approve');
    expect(approval.details).toMatchObject({
      onBehalfOf: 'MINISTER',
      decisionNo: '1234/QĐ-BCT',
      approvedSupportVnd: 135000000,
    });
    expect(approval.actor).toMatchObject({ email: 'leader.cuc@demo.local', role: 'approver', provinceCode: null });
    expect(approved.approval).toMatchObject({ decisionNo: '1234/QĐ-BCT', approvedSupportVnd: 135000000 });

    // The Cục signs as bên A; the province may no longer sign a national contract.
    const contract = { action: 'sign_contract', contractNo: '09/HĐ-KCQG-2026', contractDate: todayInVietnam() };
    expectRefused(await act(officer, id, contract), 403, 'ROLE_FORBIDDEN', ...NAMES_THE_CUC);
    expectRefused(await act(deptLeader, id, contract), 403, 'ROLE_FORBIDDEN', ...NAMES_THE_CUC);
    await step(cucOfficer, id, contract, 'CONTRACTED');

    await step(unit, id, { action: 'start' }, 'IN_PROGRESS');
    const report = await unit.post(`/projects/${id}/reports`, {
      period: 'P0001',
      physicalProgressPct: 30,
      fundsUsedVnd: 40000000,
      issues: 'Đã lắp đặt dây chuyền',
    });
    expect(report.status).toBe(201);

    // The Cục pays the advance of a national project.
    await step(officer, id, certifiedProgress());
    const advance = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 90000000 };
    expectRefused(await act(officer, id, advance), 403, 'ROLE_FORBIDDEN', ...NAMES_THE_CUC);
    await step(cucOfficer, id, advance);

    await step(unit, id, { action: 'complete_work' }, 'COMPLETED_WORK');
    // The base acceptance (nghiệm thu cơ sở) is organised by the Department.
    const minutes = { action: 'accept', minutesNo: '07/BB-NTCS', minutesDate: todayInVietnam() };
    expectRefused(await act(cucOfficer, id, minutes), 403, 'ROLE_FORBIDDEN', /lãnh đạo Sở Công Thương/);
    const accepted = await step(deptLeader, id, minutes, 'ACCEPTED');
    expect(accepted.stateLabel.vi).toBe('Đã nghiệm thu cơ sở');

    // Settling alone on the minutes waits for the unit to miss the 22/01 cut-off of the next year.
    const year = Number(todayInVietnam().slice(0, 4));
    expectRefused(
      await act(cucOfficer, id, { action: 'settle_on_minutes', reason: 'Đơn vị chưa nộp hồ sơ quyết toán' }),
      409,
      'RULE_VIOLATION',
      `22/01/${year + 1}`,
    );

    await step(cucOfficer, id, { action: 'record_disbursement', kind: 'FINAL', amountVnd: 45000000 });
    expectRefused(await act(officer, id, { action: 'settle' }), 403, 'ROLE_FORBIDDEN', ...NAMES_THE_CUC);
    const settled = await step(cucOfficer, id, { action: 'settle' }, 'SETTLED');
    expect(
      settled.history.map((h: { action: string; actor: { email: string } }) => `${h.action} ${h.actor.email}`),
    ).toEqual([
      'create unit.hn@demo.local',
      'set_deadline_policy admin@demo.local',
      'submit unit.hn@demo.local',
      'open_appraisal officer.hn@demo.local',
      'register approver.hn@demo.local',
      'open_ministry_appraisal officer.cuc@demo.local',
      'approve leader.cuc@demo.local',
      'sign_contract officer.cuc@demo.local',
      'start unit.hn@demo.local',
      'submit_report unit.hn@demo.local',
      'certify_progress officer.hn@demo.local',
      'record_disbursement officer.cuc@demo.local',
      'complete_work unit.hn@demo.local',
      'accept approver.hn@demo.local',
      'record_disbursement officer.cuc@demo.local',
      'settle officer.cuc@demo.local',
    ]);
    expect(settled.disbursedVnd).toEqual({ advances: 90000000, final: 45000000, total: 135000000, refunded: 0 });
  });
});

describe('stopping and carrying over a national project: asked by the unit, the Department or the Cục; decided by the Minister', () => {
  it('refuses terminate on a national project and points to request_stop', async () => {
    const id = await runningNational('Đề án quốc gia: dừng thẳng bị từ chối');
    const res = await act(deptLeader, id, {
      action: 'terminate',
      reason: 'Đơn vị xin dừng',
      ...ministerDecision('01/QĐ-SCT'),
    });
    expectRefused(res, 409, 'ILLEGAL_TRANSITION', /request_stop/);
    expect(res.body.allowedActions).toContain('request_stop');
    // A request to stop is for national projects only; a local one is terminated by its approver.
    const local = await create(officer, newProjectRequest('Đề án địa phương: không xin dừng'));
    expectRefused(await act(unit, local, { action: 'request_stop', reason: 'Xin dừng' }), 409, 'ILLEGAL_TRANSITION');
  });

  it('stops on the Minister’s decision, then closes only once the unused advance is refunded in full', async () => {
    const id = await runningNational('Đề án quốc gia: dừng theo quyết định của Bộ trưởng', 50000000);
    await step(unit, id, { action: 'request_stop', reason: 'Cơ sở ngừng sản xuất' }, 'SUSPENSION_REQUESTED');
    // The Cục asks and advises; it does not decide a stop.
    expectRefused(
      await act(cucLeader, id, { action: 'decide_stop', ...ministerDecision('77/QĐ-BCT') }),
      403,
      'ROLE_FORBIDDEN',
      ...NAMES_THE_MINISTER,
    );
    expect((await act(minister, id, { action: 'decide_stop' })).status).toBe(400);
    const stopped = await step(
      minister,
      id,
      { action: 'decide_stop', ...ministerDecision('77/QĐ-BCT') },
      'REFUND_PENDING',
    );
    expect(stopped.history.at(-1).details).toMatchObject({ decisionNo: '77/QĐ-BCT' });

    expectRefused(
      await act(cucOfficer, id, { action: 'record_refund', amountVnd: 49000000 }),
      409,
      'RULE_VIOLATION',
      '50.000.000 đ',
    );
    expectRefused(
      await act(officer, id, { action: 'record_refund', amountVnd: 50000000 }),
      403,
      'ROLE_FORBIDDEN',
      ...NAMES_THE_CUC,
    );
    const closed = await step(cucOfficer, id, { action: 'record_refund', amountVnd: 50000000 }, 'TERMINATED');
    expect(closed.history.at(-1)).toMatchObject({ action: 'record_refund', details: { amountVnd: 50000000 } });
  });

  it('carries a project over into the next year on the Minister’s decision', async () => {
    const id = await runningNational('Đề án quốc gia: chuyển tiếp sang năm sau');
    await step(
      cucOfficer,
      id,
      { action: 'request_carry_over', reason: 'Thiết bị nhập khẩu về chậm' },
      'CARRY_OVER_REQUESTED',
    );
    expectRefused(
      await act(cucLeader, id, { action: 'approve_carry_over', ...ministerDecision('88/QĐ-BCT') }),
      403,
      'ROLE_FORBIDDEN',
      ...NAMES_THE_MINISTER,
    );
    await step(minister, id, { action: 'approve_carry_over', ...ministerDecision('88/QĐ-BCT') }, 'CARRIED_OVER');
    // Work goes on in the next year.
    await step(unit, id, { action: 'complete_work' }, 'COMPLETED_WORK');
  });

  it('returns a refused stop request to where the project stood', async () => {
    const id = await runningNational('Đề án quốc gia: đề nghị dừng bị bác');
    await step(deptLeader, id, { action: 'request_stop', reason: 'Đơn vị chậm tiến độ' }, 'SUSPENSION_REQUESTED');
    await step(minister, id, { action: 'refuse_stop', reason: 'Tiếp tục thực hiện' }, 'IN_PROGRESS');
  });
});

describe('local projects stay in the province', () => {
  it('is approved by the Department leader by default; the Cục and the UBND tỉnh may not', async () => {
    const id = await create(officer, newProjectRequest('Đề án địa phương: Sở phê duyệt'));
    await step(unit, id, { action: 'submit' });
    await step(officer, id, { action: 'open_appraisal' });
    const decision = { decisionNo: '55/QĐ-SCT', decisionDate: '2026-11-01', approvedSupportVnd: 135000000 };
    expectRefused(await act(cucLeader, id, { action: 'approve', ...decision }), 403, 'ROLE_FORBIDDEN');
    expectRefused(await act(ubnd, id, { action: 'approve', ...decision }), 403, 'ROLE_FORBIDDEN', /Sở Công Thương/);
    await step(deptLeader, id, { action: 'approve', ...decision }, 'APPROVED');
    // The province signs its own contracts; the Cục does not.
    const contract = { action: 'sign_contract', contractNo: '21/HĐ-KCĐP', contractDate: todayInVietnam() };
    expectRefused(await act(cucOfficer, id, contract), 403, 'ROLE_FORBIDDEN', /chuyên viên Sở Công Thương/);
    await step(officer, id, contract, 'CONTRACTED');
  });
});
