import { foldForSearch } from '@kc/domain';

const EXCEL_SHEET_NAME_MAX = 31;

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of \ / ? * [ ] :, not starting or ending with an
 * apostrophe, not empty. Diacritics stay (NFC, so each letter counts once).
 */
export function excelSheetName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/?*[\]:]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, EXCEL_SHEET_NAME_MAX)
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned || 'Sheet1';
}

/**
 * Content-Disposition for a download named in Vietnamese: an ASCII fallback ("bao-cao-tre-han-2026-12-02.xlsx") and
 * the real name (RFC 6266 filename*), which browsers prefer.
 */
export function attachmentDisposition(name: string, extension: string): string {
  const ascii =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  const utf8 = encodeURIComponent(`${name.normalize('NFC')}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`;
}
