/** Reasons a command is refused. The API maps each code to an HTTP status. */
export const REFUSAL_CODES = {
  /** The action does not exist in the project's current state (HTTP 409). */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  /** The actor's role or relation to the project does not permit the action (HTTP 403). */
  ROLE_FORBIDDEN: 'ROLE_FORBIDDEN',
  /** A field the action needs is missing or malformed (HTTP 400). */
  INVALID_COMMAND: 'INVALID_COMMAND',
  /** A business rule on money refuses the action (HTTP 409). */
  RULE_VIOLATION: 'RULE_VIOLATION',
} as const;
export type RefusalCode = (typeof REFUSAL_CODES)[keyof typeof REFUSAL_CODES];

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Vietnamese first, then English, separated by " / ". */
  message: string;
  allowedActions: string[];
  /** INVALID_COMMAND: the message for each field at fault, so a form shows it beside the field; absent: not said. */
  fields?: Record<string, string>;
}
