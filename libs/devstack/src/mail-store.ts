import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AddressObject, simpleParser } from 'mailparser';

/** One caught message, as the tests and the mail page see it. */
export interface CaughtMessage {
  id: string;
  file: string;
  messageId?: string;
  from: string;
  /** Envelope recipients (where the message was delivered, Bcc included); header To and Cc when unknown. */
  to: string[];
  subject: string;
  date: string;
  text: string;
  html?: string;
}

export interface Envelope {
  from?: string;
  to: string[];
}

const ENVELOPE_FROM = 'x-envelope-from';
const ENVELOPE_TO = 'x-envelope-to';

/**
 * Saves a raw message as `<timestamp>-<random>.eml` (the timestamp zero-padded, so names sort by arrival),
 * with the SMTP envelope in X-Envelope-From/-To headers in front, the way a delivering server adds Delivered-To.
 * Written to a temporary name and renamed, so a reader never sees half a message.
 */
export function saveRawMessage(mailDir: string, raw: Buffer, envelope: Envelope, now = Date.now()): string {
  mkdirSync(mailDir, { recursive: true });
  const id = `${String(now).padStart(13, '0')}-${randomUUID().slice(0, 8)}`;
  const header = `X-Envelope-From: ${envelope.from ?? ''}\r\nX-Envelope-To: ${envelope.to.join(', ')}\r\n`;
  const file = join(mailDir, `${id}.eml`);
  writeFileSync(`${file}.part`, Buffer.concat([Buffer.from(header), raw]));
  renameSync(`${file}.part`, file);
  return file;
}

/** When a caught message arrived (epoch ms), from its file name as saveRawMessage wrote it. */
export function caughtMessageArrival(fileName: string): number {
  return Number(basename(fileName).slice(0, 13));
}

export async function parseCaughtMessage(file: string): Promise<CaughtMessage> {
  const parsed = await simpleParser(readFileSync(file));
  const name = basename(file);
  const envelopeTo = headerText(parsed.headers.get(ENVELOPE_TO));
  const headerRecipients = [parsed.to, parsed.cc].flatMap(addresses);
  return {
    id: name.replace(/\.eml$/, ''),
    file,
    messageId: parsed.messageId,
    from: parsed.from?.text || headerText(parsed.headers.get(ENVELOPE_FROM)),
    to: envelopeTo
      ? envelopeTo
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean)
      : headerRecipients,
    subject: parsed.subject ?? '',
    date: (parsed.date ?? new Date(caughtMessageArrival(name))).toISOString(),
    text: parsed.text ?? '',
    html: parsed.html || undefined,
  };
}

/** Every message caught in mailDir, oldest first. */
export async function readCaughtMessages(mailDir: string): Promise<CaughtMessage[]> {
  let names: string[];
  try {
    names = readdirSync(mailDir).filter((name) => name.endsWith('.eml'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return Promise.all(names.sort().map((name) => parseCaughtMessage(join(mailDir, name))));
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((o) => o.value.flatMap((a) => (a.group ?? [a]).map((m) => m.address ?? '').filter(Boolean)));
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  return '';
}
