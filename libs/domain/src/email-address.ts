/**
 * An address every SMTP relay accepts (RFC 5321 without its rarely supported corners): a dot-atom local part of
 * plain ASCII (no quoted "a b"@x, no UTF-8, which needs SMTPUTF8), and a host name of letter-digit-hyphen labels
 * with an alphabetic top-level label (no address literals such as [127.0.0.1], no single-label hosts).
 */
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LABEL = /^[A-Za-z]{2,63}$/;

export const MAX_EMAIL_LENGTH = 254;

/** Why the address would be refused, in both languages, or null when it is fine. */
export function emailAddressProblem(address: string): string | null {
  const problem = (vi: string, en: string) => `Email "${address}" ${vi} / email ${en}`;
  if (address.length > MAX_EMAIL_LENGTH) return problem('dài quá 254 ký tự', 'is longer than 254 characters');
  if (!/^[\x21-\x7e]+$/.test(address))
    return problem(
      'chỉ được gồm chữ không dấu, số và ký hiệu, không có khoảng trắng',
      'must be plain ASCII without spaces',
    );
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at) return problem('phải có đúng một @ ở giữa', 'needs exactly one @');
  const local = address.slice(0, at);
  const host = address.slice(at + 1);
  if (local.startsWith('"'))
    return problem('không được dùng phần tên trong dấu ngoặc kép', 'may not have a quoted local part');
  if (local.length > 64) return problem('có phần trước @ dài quá 64 ký tự', 'has a local part over 64 characters');
  if (!local.split('.').every((atom) => ATEXT.test(atom)))
    return problem(
      'có phần trước @ không hợp lệ (dấu chấm đầu, cuối hoặc liền nhau, ký tự lạ)',
      'has an invalid local part',
    );
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LABEL.test(labels[labels.length - 1]))
    return problem('có tên miền không hợp lệ', 'has an invalid domain');
  return null;
}

/** The stored form of an address: trimmed and lower-case, as logins compare it. */
export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

/** Whether mail can reach the address (no problem by emailAddressProblem); anything but a string is not one. */
export function isDeliverableEmail(value: unknown): boolean {
  return typeof value === 'string' && emailAddressProblem(value) === null;
}
