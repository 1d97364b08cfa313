import type { ActionOutcome, LifecycleWrite } from './workflow-contracts';
import { writeOfAnswer } from './workflow-contracts';

const facts = { id: 'p-1', code: 'KCĐP-2026-HN-0001' } as LifecycleWrite['facts'];
const status = { state: 'CONTRACTED', seq: 6 } as LifecycleWrite['status'];
const event = { seq: 6, action: 'record_disbursement' } as LifecycleWrite['event'];
const stall = { clock: null } as unknown as NonNullable<LifecycleWrite['stall']>;

describe('writeOfAnswer', () => {
  it('takes the facts and status of the answer itself (answers since the write stopped repeating them)', () => {
    const outcome: ActionOutcome = { facts, status, unwritten: { event, stall } };
    expect(writeOfAnswer(outcome)).toEqual({ facts, status, event, stall });
  });

  it('reads an answer recorded with its own facts and status (older histories) as it was', () => {
    const older = { ...status, seq: 5 };
    const outcome: ActionOutcome = { facts, status, unwritten: { facts, status: older, event } };
    expect(writeOfAnswer(outcome)).toEqual({ facts, status: older, event });
  });

  it('is null for an answer that carries no write, or no answer', () => {
    expect(writeOfAnswer({ facts, status })).toBeNull();
    expect(writeOfAnswer(null)).toBeNull();
    expect(writeOfAnswer({ unwritten: { event } })).toBeNull();
  });
});
