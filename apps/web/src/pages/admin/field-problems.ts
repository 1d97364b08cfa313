import { ApiRequestError } from '../../api/http';

/**
 * The API's refusal split by the fields it names, so each problem shows under its input: the `fields` of the
 * body when the API sends them, else the parts of "Dữ liệu không hợp lệ / invalid input: email: …; role …"
 * (or of a policy's `problems`) that start with a field's path.
 */
export function fieldProblems(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiRequestError) || error.status !== 400) return {};
  const body = (error.body ?? {}) as { fields?: Record<string, string>; problems?: string[] };
  if (body.fields) return body.fields;
  const parts = body.problems ?? error.message.replace(/^[^:]*:\s*/, '').split(/;\s*/);
  const found: Record<string, string> = {};
  for (const part of parts) {
    const field = [...fields]
      .sort((a, b) => b.length - a.length)
      .find(
        (name) =>
          part.startsWith(`${name} `) ||
          part.startsWith(`${name}:`) ||
          part.startsWith(`${name}.`) ||
          part.startsWith(`${name}[`),
      );
    if (field) found[field] = found[field] ? `${found[field]}; ${part}` : part;
  }
  return found;
}
