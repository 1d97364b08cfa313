import { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string; VND amounts stay below 2^53, so a JS integer holds them exactly. */
export const bigintVnd: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
