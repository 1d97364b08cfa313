import JSZip from 'jszip';
import { QUOC_HIEU, TIEU_NGU } from './decree30';
import { DOCUMENT_FORMS, FORM_DEFINITIONS } from './document-forms';
import type { OfficialDocument } from './document-model';
import { documentLines } from './document-text';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { SAMPLE_RECORD } from './sample-record';

function sample(form: (typeof DOCUMENT_FORMS)[number]): OfficialDocument {
  const outcome = FORM_DEFINITIONS[form].build(SAMPLE_RECORD, {});
  if (!outcome.ok) throw new Error(outcome.notReady.en);
  return outcome.document;
}

async function docxParagraphs(file: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
    .filter((t) => t.length > 0);
}

describe('the DOCX renderer', () => {
  it.each(DOCUMENT_FORMS)('writes every line of the %s model, in Times New Roman on A4', async (form) => {
    const doc = sample(form);
    const file = await renderDocx(doc);
    const paragraphs = await docxParagraphs(file);
    // Table rows are cells in the DOCX: compare each cell's text instead of the joined row.
    const expected = documentLines(doc)
      .flatMap((line) => line.split(' | '))
      .filter((t) => t.length > 0);
    expect(paragraphs).toEqual(expected.filter((t) => paragraphs.includes(t)));
    expect(expected.filter((t) => !paragraphs.includes(t))).toEqual([]);
    expect(paragraphs).toEqual(expect.arrayContaining([QUOC_HIEU, TIEU_NGU]));
    const xml = await (await JSZip.loadAsync(file)).file('word/styles.xml')!.async('string');
    expect(xml).toContain('w:ascii="Times New Roman"');
  });
});

describe('the PDF renderer', () => {
  it.each(DOCUMENT_FORMS)('makes an A4 PDF of %s with Liberation Serif embedded and nothing fetched', async (form) => {
    const file = await renderPdf(sample(form));
    const raw = file.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif-Bold/);
  });
});
