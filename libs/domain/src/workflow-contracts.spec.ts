import type { ActionOutcome, LifecycleWrite } from './workflow-contracts';
import { randomUUID } from 'node:crypto';
import { writeNetDelayMs, writeOfAnswer } from './workflow-contracts';

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

describe('writeNetDelayMs', () => {
  it('is the same for one project every time, between one window and one and a half', () => {
    const id = randomUUID();
    expect(writeNetDelayMs(id, 15)).toBe(writeNetDelayMs(id, 15));
    for (let i = 0; i < 1000; i += 1) {
      const delay = writeNetDelayMs(randomUUID(), 15);
      expect(delay).toBeGreaterThanOrEqual(15_000);
      expect(delay).toBeLessThan(22_500);
      expect(Number.isInteger(delay)).toBe(true);
    }
  });

  it('spreads projects evenly over the half window: 50 projects touched together do not write together', () => {
    /** How many of 5,000 projects fall in each tenth of the half window. */
    const tenths = new Array<number>(10).fill(0);
    for (let i = 0; i < 5000; i += 1) tenths[Math.floor((writeNetDelayMs(randomUUID(), 15) - 15_000) / 750)] += 1;
    // 500 expected in each; a uniform spread stays well inside these bounds (about ±6 standard deviations).
    for (const count of tenths) expect(count).toBeGreaterThan(380);
    for (const count of tenths) expect(count).toBeLessThan(620);
  });
});
