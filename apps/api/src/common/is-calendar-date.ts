import { ValidationOptions, registerDecorator } from 'class-validator';
import { isIsoDate } from '@kc/domain';

/** YYYY-MM-DD naming a day that exists: 2026-02-30 and 2026-13-01 match the pattern but are refused. */
export function IsCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} phải là ngày có thật dạng YYYY-MM-DD / must be a real calendar day, YYYY-MM-DD`,
        ...options,
      },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
  };
}
