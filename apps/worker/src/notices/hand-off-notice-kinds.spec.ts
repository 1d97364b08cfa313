import { ACTIONS, TRANSITIONS } from '@kc/domain';
import { HAND_OFF_NOTICE_KINDS, handOffNoticeFor, handOffNoticeKey } from './hand-off-notice-kinds';

describe('hand-off notice kinds', () => {
  it('mails each hand-off the issue names, once per action, to the Department or the unit', () => {
    expect(HAND_OFF_NOTICE_KINDS.map((k) => [k.action, k.audience])).toEqual([
      ['submit', 'DEPARTMENT'],
      ['approve', 'UNIT'],
      ['return', 'UNIT'],
      ['reject', 'UNIT'],
      ['sign_contract', 'UNIT'],
      ['accept', 'UNIT'],
    ]);
    for (const kind of HAND_OFF_NOTICE_KINDS) {
      expect(ACTIONS).toContain(kind.action);
      // Only actions that change the state hand a project over (the workflow asks only then).
      expect(TRANSITIONS[kind.action as keyof typeof TRANSITIONS].to).not.toBe('same');
      // notification_log.kind is varchar(30).
      expect(kind.kind.length).toBeLessThanOrEqual(30);
    }
    expect(new Set(HAND_OFF_NOTICE_KINDS.map((k) => k.action)).size).toBe(HAND_OFF_NOTICE_KINDS.length);
  });

  it('has no notice for an action that hands nothing over', () => {
    expect(handOffNoticeFor({ action: 'open_appraisal' })).toBeNull();
    expect(handOffNoticeFor({ action: 'record_disbursement' })).toBeNull();
    expect(handOffNoticeFor({ action: 'submit' })?.kind).toBe('HANDOFF_SUBMITTED');
  });

  it('keys a notice by project, event seq and kind, in the shape of the deadline notices’ keys', () => {
    expect(handOffNoticeKey('KCĐP-2026-HN-0002', 2, 'HANDOFF_SUBMITTED')).toBe(
      'KCĐP-2026-HN-0002:EVENT-2:HANDOFF_SUBMITTED:1',
    );
  });
});
