import {
  sampleDocx,
  sampleExe,
  sampleHtml,
  sampleJpeg,
  samplePdf,
  samplePlainZip,
  samplePng,
  sampleXlsx,
} from '../../../../test/support/attachment-samples';
import { ATTACHMENT_TYPES, keptFileName, sniffAttachmentType, splitFileName } from './attachment-types';
import { megabytes } from './attachment-errors';

async function sniffed(bytes: Buffer): Promise<string> {
  const result = await sniffAttachmentType(bytes);
  return result.ok ? result.type.ext : `refused:${result.detected}`;
}

describe('the type of an attachment, from its content', () => {
  it('recognises PDF, PNG, JPEG, DOCX and XLSX from their bytes', async () => {
    expect(await sniffed(samplePdf())).toBe('pdf');
    expect(await sniffed(samplePng())).toBe('png');
    expect(await sniffed(sampleJpeg())).toBe('jpg');
    expect(await sniffed(await sampleDocx())).toBe('docx');
    expect(await sniffed(await sampleXlsx())).toBe('xlsx');
  });

  it('refuses an executable, an HTML page and a plain ZIP, whatever they are called', async () => {
    expect(await sniffed(sampleExe())).toBe('refused:application/x-msdownload');
    expect(await sniffed(sampleHtml())).toBe('refused:null');
    expect(await sniffed(await samplePlainZip())).toBe('refused:application/zip');
    expect(await sniffed(Buffer.from('%PDF'))).toMatch(/^refused|pdf/);
  });

  it('tells DOCX from XLSX by the entries of the ZIP, not by its name', async () => {
    const docx = await sampleDocx();
    const xlsx = await sampleXlsx();
    expect(docx.subarray(0, 4)).toEqual(xlsx.subarray(0, 4)); // both "PK\x03\x04"
    expect([await sniffed(docx), await sniffed(xlsx)]).toEqual(['docx', 'xlsx']);
  });
});

describe('the name kept for a file', () => {
  const pdf = ATTACHMENT_TYPES.find((t) => t.ext === 'pdf')!;
  const jpg = ATTACHMENT_TYPES.find((t) => t.ext === 'jpg')!;

  it('keeps a Vietnamese name, drops folders and control characters, and gives it the extension of its content', () => {
    expect(keptFileName('Hợp đồng 15.pdf', pdf)).toBe('Hợp đồng 15.pdf');
    expect(keptFileName('C:\\Users\\cb\\Biên bản.PDF', pdf)).toBe('Biên bản.pdf');
    expect(keptFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(keptFileName('ảnh.png', pdf)).toBe('ảnh.png.pdf');
    expect(keptFileName('ảnh.jpeg', jpg)).toBe('ảnh.jpeg');
    expect(keptFileName('a\u0000b\r\n.pdf', pdf)).toBe('ab.pdf');
    expect(keptFileName('', pdf)).toBe('tep-dinh-kem.pdf');
    expect(keptFileName(`${'x'.repeat(300)}.pdf`, pdf)).toHaveLength(200);
  });

  it('splits a name into stem and extension for Content-Disposition', () => {
    expect(splitFileName('Hợp đồng.v2.pdf')).toEqual({ stem: 'Hợp đồng.v2', ext: 'pdf' });
  });

  it('writes the limit in MB, Vietnamese with a decimal comma', () => {
    expect(megabytes(20 * 1024 * 1024)).toEqual({ vi: '20 MB', en: '20 MB' });
    expect(megabytes(512 * 1024)).toEqual({ vi: '0,5 MB', en: '0.5 MB' });
  });
});
