/** RFC 5321's dot-atom local part: no quotes, no spaces, no leading, trailing or doubled dot. */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A host name of labels (letters, digits, hyphens inside), with a top-level label of letters. */
const DOMAIN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * An address a relay will take: `local@domain` with a plain (dot-atom) local part of at most 64 characters. A
 * quoted local part ("a b"@x.vn), an IP literal or a comment is valid in RFC 5322 yet refused by most relays, so
 * every message to it would fail for good: it is refused where the address is entered instead.
 */
export function isDeliverableEmail(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(domain);
}
