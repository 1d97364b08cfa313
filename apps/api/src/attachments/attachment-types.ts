import { fromBuffer } from 'file-type';

/**
 * The kinds of file accepted as evidence, one row each: what the content's magic bytes must say (file-type's answer),
 * the content type the download is sent with, and the extensions a name may carry. The name never decides the type.
 */
export const ATTACHMENT_TYPES = [
  { ext: 'pdf', contentType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { ext: 'jpg', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  { ext: 'png', contentType: 'image/png', extensions: ['png'], label: 'PNG' },
  {
    ext: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'DOCX (Word)',
  },
  {
    ext: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'XLSX (Excel)',
  },
] as const;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ALLOWED_TYPE_LABELS = ATTACHMENT_TYPES.map((t) => t.label).join(', ');

export type SniffResult = { ok: true; type: AttachmentType } | { ok: false; detected: string | null };

/**
 * The type of the bytes, from their content: file-type reads the signature (%PDF-, the PNG and JPEG headers) and, for
 * a ZIP, its entries: [Content_Types].xml with word/… is DOCX, with xl/… is XLSX; any other ZIP (ODT, a plain
 * archive) is not accepted. Text (HTML, scripts) has no signature and is refused as unknown.
 */
export async function sniffAttachmentType(bytes: Buffer): Promise<SniffResult> {
  const found = await fromBuffer(bytes);
  const type = ATTACHMENT_TYPES.find((t) => t.ext === found?.ext);
  return type ? { ok: true, type } : { ok: false, detected: found?.mime ?? null };
}

const MAX_NAME = 200;

/**
 * The name kept for the file: the last part of what the browser sent (no folders), NFC, without control characters,
 * at most 200 characters; its extension is the detected type's (a PDF sent as "hop-dong.png" is kept as
 * "hop-dong.png.pdf", so whoever downloads it opens it with the right program).
 */
export function keptFileName(original: string | undefined, type: AttachmentType): string {
  const base =
    (original ?? '')
      .normalize('NFC')
      .split(/[\\/]/)
      .pop()!
      .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
      .replace(/\s+/g, ' ')
      .trim() || 'tep-dinh-kem';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const stem = (type.extensions as readonly string[]).includes(ext) ? base.slice(0, dot) : base;
  return `${stem.slice(0, MAX_NAME - type.ext.length - 1)}.${(type.extensions as readonly string[]).includes(ext) ? ext : type.ext}`;
}

/** The name without its extension, and the extension: for Content-Disposition. */
export function splitFileName(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { stem: name.slice(0, dot), ext: name.slice(dot + 1) } : { stem: name, ext: '' };
}
