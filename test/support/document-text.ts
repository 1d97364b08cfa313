import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a DOCX's paragraphs (word/document.xml), one line per paragraph, in document order. */
export async function docxText(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join(''))
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The text of a PDF as poppler's pdftotext reads it (Debian's poppler-utils, installed by `npm run setup`). */
export function pdfText(file: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, file);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).normalize('NFC');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The number of pages of a PDF (pdfinfo). */
export function pdfPages(file: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'kc-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, file);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
