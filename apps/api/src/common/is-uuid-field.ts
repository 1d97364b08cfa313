import { Matches } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id field (a uuid), refused with a bilingual message naming the field and what it names. */
export function IsUuidField(field: string, what: { vi: string; en: string }): PropertyDecorator {
  return Matches(UUID, { message: `${field} phải là ${what.vi} (uuid) / ${field} must be ${what.en} (uuid)` });
}
