import { isDeliverableEmail } from './email-address';

describe('isDeliverableEmail', () => {
  it.each(['unit.hn@demo.local', 'ttkc+nhac-han@sct.hanoi.gov.vn', "o'brien@example.vn", 'A_B-c@x.vn'])(
    'accepts %s',
    (address) => expect(isDeliverableEmail(address)).toBe(true),
  );

  it.each([
    '"a b"@demo.local',
    '"unit"@demo.local',
    'a"b@demo.local',
    'a b@demo.local',
    '.a@demo.local',
    'a.@demo.local',
    'a..b@demo.local',
    'a@[127.0.0.1]',
    'a@localhost',
    'a(comment)@demo.local',
    'a@demo..local',
    '@demo.local',
    'a@',
    'đơnvị@demo.local',
    `${'x'.repeat(65)}@demo.local`,
    42,
    null,
  ])('refuses %p', (address) => expect(isDeliverableEmail(address)).toBe(false));
});
