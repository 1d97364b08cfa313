/**
 * The fixed parts of an administrative paper under Decree 30/2020/NĐ-CP (Annex I): the national title and motto,
 * the page and the type sizes. Both renderers read them here, so a DOCX and a PDF of one paper look alike.
 */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** A4, margins top 20, bottom 20, left 30, right 15 mm (Annex I, §II.1: 20–25 / 20–25 / 30–35 / 15–20). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 };

/** Type sizes in points (Annex I: quốc hiệu 12–13, tiêu ngữ and body 13–14, issuer 12–13, Nơi nhận 12 and 11). */
export const SIZE_PT = {
  formLabel: 11,
  issuer: 12,
  quocHieu: 12,
  tieuNgu: 13,
  dateLine: 13,
  title: 14,
  body: 13,
  table: 11,
  recipientsTitle: 12,
  recipients: 11,
  signer: 13,
  signerNote: 12,
};

/** The header's split: the issuer on the left, the national title on the right. */
export const HEADER_SPLIT = { left: 40, right: 60 };

export const SERIF_FONT = { docx: 'Times New Roman', pdf: 'LiberationSerif' };

/** "Kính gửi: X." for one addressee; for several, "Kính gửi:" then "- X;" lines, the last ending with a full stop. */
export function addresseeLines(addressees: readonly string[]): string[] {
  if (addressees.length === 1) return [`Kính gửi: ${addressees[0]}.`];
  return ['Kính gửi:', ...addressees.map((a, i) => `- ${a}${i === addressees.length - 1 ? '.' : ';'}`)];
}
