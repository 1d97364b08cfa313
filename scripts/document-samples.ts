/**
 * node dist/scripts/document-samples.js — draws the first page of each paper (Mẫu 3b, 5a, 6) made from the sample
 * project (libs/documents/src/sample-record.ts) as a PNG in docs/documents/, for the README. Needs pdftoppm
 * (Debian's poppler-utils, installed by `npm run setup`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_FORMS, FORM_DEFINITIONS, SAMPLE_RECORD, renderPdf } from '@kc/documents';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'documents');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kc-documents-'));
  try {
    for (const form of DOCUMENT_FORMS) {
      const outcome = FORM_DEFINITIONS[form].build(SAMPLE_RECORD, {});
      if (!outcome.ok) throw new Error(`${form}: ${outcome.notReady.en}`);
      const pdf = join(work, `${form}.pdf`);
      writeFileSync(pdf, await renderPdf(outcome.document));
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
