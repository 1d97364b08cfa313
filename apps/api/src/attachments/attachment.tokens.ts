/** The attachment settings (ATTACHMENT_MAX_BYTES, ATTACHMENT_STORE…) and the store they name. */
export const ATTACHMENT_CONFIG = Symbol('ATTACHMENT_CONFIG');
export const ATTACHMENT_STORE = Symbol('ATTACHMENT_STORE');
