import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiError } from './api-error';

function problemsOf(errors: ValidationError[], parent = ''): Array<{ path: string; message: string }> {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => ({
      path,
      message: m.startsWith(e.property) ? m.replace(e.property, path) : `${path}: ${m}`,
    }));
    return [...own, ...problemsOf(e.children ?? [], path)];
  });
}

/** The problems by field path ("implementingUnit.email"), so a form can show each next to its field. */
function fieldsOf(problems: Array<{ path: string; message: string }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { path, message } of problems) fields[path] = fields[path] ? `${fields[path]}; ${message}` : message;
  return fields;
}

/** Whitelisting validation: unknown fields and wrong types are refused with every problem listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = problemsOf(errors);
      return ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${problems.map((p) => p.message).join('; ')}`, {
        fields: fieldsOf(problems),
      });
    },
  });
}
