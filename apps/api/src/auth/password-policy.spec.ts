import { passwordProblems } from './password-policy';

const context = { email: 'officer.hn@demo.local', currentPassword: 'old-password-1' };

describe('passwordProblems', () => {
  it('accepts a long passphrase with any characters, Vietnamese included', () => {
    expect(passwordProblems('mây tre đan Phú Nghĩa', context)).toEqual([]);
    expect(passwordProblems('correct horse battery', context)).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblems('short-pw1', context)).toHaveLength(1);
    expect(passwordProblems('🏭🏭🏭🏭🏭🏭🏭🏭🏭', context)[0]).toMatch(/ít nhất 10 ký tự/);
  });

  it('refuses common passwords, one repeated character, the email and the current password', () => {
    expect(passwordProblems('1234567890', context)[0]).toMatch(/too common/);
    expect(passwordProblems('aaaaaaaaaaaa', context)[0]).toMatch(/too common/);
    expect(passwordProblems('my-officer.hn-pass', context)[0]).toMatch(/email/);
    expect(passwordProblems('old-password-1', context)[0]).toMatch(/differ/);
  });

  it('refuses more than 200 characters', () => {
    expect(passwordProblems('x'.repeat(150) + 'y'.repeat(51), context)[0]).toMatch(/tối đa 200/);
  });
});
