import { Context } from '@temporalio/activity';

/** Which messages an earlier attempt of this same activity handed to the relay. */
export interface DeliveryMemory {
  wasDelivered(key: string): boolean;
  remember(key: string): void;
}

interface DeliveryDetails {
  delivered: string[];
}

/**
 * Kept in the activity's heartbeat details on the Temporal server, which hands them to the next attempt: the one
 * record of a delivery that survives both the worker and PostgreSQL dying right after the relay accepted the mail.
 * Outside an activity (a script, a unit test) it remembers nothing.
 */
export function activityDeliveryMemory(): DeliveryMemory {
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return { wasDelivered: () => false, remember: () => undefined };
  }
  const earlier = context.info.heartbeatDetails as Partial<DeliveryDetails> | undefined;
  const delivered = new Set(Array.isArray(earlier?.delivered) ? earlier.delivered : []);
  return {
    wasDelivered: (key) => delivered.has(key),
    remember: (key) => {
      delivered.add(key);
      const details: DeliveryDetails = { delivered: [...delivered] };
      context.heartbeat(details);
    },
  };
}
