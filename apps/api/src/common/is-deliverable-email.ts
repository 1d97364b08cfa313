import { ValidationOptions, registerDecorator } from 'class-validator';
import { isDeliverableEmail } from '@kc/domain';

/** An email address mail can reach (isDeliverableEmail): no quoted local part, IP literal or comment. */
export function IsDeliverableEmail(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isDeliverableEmail',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} phải là địa chỉ email gửi được, dạng ten@don-vi.vn, không có dấu ngoặc kép hay khoảng trắng / must be a deliverable address such as name@unit.vn (no quotes, spaces or IP literals)`,
        ...options,
      },
      validator: { validate: (value: unknown) => isDeliverableEmail(value) },
    });
  };
}
