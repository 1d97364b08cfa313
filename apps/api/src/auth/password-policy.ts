/** OWASP ASVS 2.1: a length floor, a generous ceiling, no composition rules, and no well-known password. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Passwords at the top of every breached-password list, and this system's own demo password. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1111111111',
  '0000000000',
  '1234512345',
  '1q2w3e4r5t',
  'qwertyuiop',
  'password123',
  'password1234',
  'matkhau123',
  'matkhau1234',
  'abc1234567',
  'iloveyou123',
  'demo123456',
  'demo1234demo',
  'khuyencong',
  'khuyencong123',
  'admin12345',
  'administrator',
]);

/** What is wrong with a new password, in "Vietnamese / English" sentences; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email: string; currentPassword?: string }): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(
      `Mật khẩu mới phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự / the new password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    );
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push(
      `Mật khẩu mới dài tối đa ${PASSWORD_MAX_LENGTH} ký tự / the new password must have at most ${PASSWORD_MAX_LENGTH} characters`,
    );
  }
  const lower = password.toLowerCase();
  const localPart = context.email.toLowerCase().split('@')[0];
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1*$/.test(password)) {
    problems.push('Mật khẩu mới quá phổ biến, dễ đoán / the new password is too common');
  }
  if (lower === context.email.toLowerCase() || (localPart.length >= 4 && lower.includes(localPart))) {
    problems.push('Mật khẩu mới không được chứa email / the new password must not contain your email');
  }
  if (context.currentPassword !== undefined && password === context.currentPassword) {
    problems.push('Mật khẩu mới phải khác mật khẩu hiện tại / the new password must differ from the current one');
  }
  return problems;
}
