import { emailAddressProblem, isDeliverableEmail } from './email-address';

describe('emailAddressProblem', () => {
  it.each(['officer.hn@demo.local', 'nguyen.van-a+kc@sct.hanoi.gov.vn', "o'neil@example.com", 'a@b.co'])(
    'accepts %s',
    (address) => expect(emailAddressProblem(address)).toBeNull(),
  );

  it.each([
    ['"a b"@example.com', /ngoặc kép|ASCII/],
    ['"quoted"@example.com', /ngoặc kép/],
    ['nguyễn@example.com', /ASCII/],
    ['a b@example.com', /ASCII/],
    ['a@@example.com', /một @/],
    ['@example.com', /một @/],
    ['a@', /tên miền/],
    ['.a@example.com', /phần trước @/],
    ['a..b@example.com', /phần trước @/],
    ['a.@example.com', /phần trước @/],
    ['a@localhost', /tên miền/],
    ['a@[127.0.0.1]', /tên miền/],
    ['a@-x.com', /tên miền/],
    ['a@x..com', /tên miền/],
    ['a@x.c0m', /tên miền/],
    ['a@x_y.com', /tên miền/],
    [`${'a'.repeat(65)}@example.com`, /64/],
    [`a@${'b'.repeat(250)}.com`, /254/],
  ])('refuses %s', (address, reason) => {
    const problem = emailAddressProblem(address);
    expect(problem).toMatch(reason);
    expect(problem).toMatch(/ \/ email /);
  });
});

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
