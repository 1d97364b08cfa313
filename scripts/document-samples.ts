/**
 * node dist/scripts/document-samples.js — draws the first page of each paper (Mẫu 3b, 5a, 6, the periodic report, Mẫu 2) made from the sample
 * project (libs/documents/src/sample-record.ts) as a PNG in docs/documents/, for the README. Needs pdftoppm
 * (Debian's poppler-utils, installed by `npm run setup`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DOCUMENT_FORMS,
  FORM_DEFINITIONS,
  SAMPLE_PERIODIC_DATA,
  SAMPLE_RECORD,
  SAMPLE_REGISTRATION_DATA,
  assemblePeriodicReport,
  assembleRegistrationSummary,
  renderPdf,
  type OfficialDocument,
} from '@kc/documents';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'documents');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kc-documents-'));
  try {
    const papers: Array<[string, OfficialDocument]> = DOCUMENT_FORMS.map((form) => {
      const outcome = FORM_DEFINITIONS[form].build(SAMPLE_RECORD, {});
      if (!outcome.ok) throw new Error(`${form}: ${outcome.notReady.en}`);
      return [form, outcome.document];
    });
    papers.push(['periodic-report', assemblePeriodicReport(SAMPLE_PERIODIC_DATA)]);
    papers.push(['registration-summary', assembleRegistrationSummary(SAMPLE_REGISTRATION_DATA)]);
    for (const [form, document] of papers) {
      const pdf = join(work, `${form}.pdf`);
      writeFileSync(pdf, await renderPdf(document));
      execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, form)]);
      console.log(`docs/documents/${form}.png`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
