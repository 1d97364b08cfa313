import { randomInt } from 'node:crypto';

// Without look-alikes (0/O, 1/l/I), so a password read out over the phone is typed right the first time.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 14 characters from a 56-letter alphabet: about 81 bits, from the operating system's random source. */
export function generatePassword(length = 14): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
