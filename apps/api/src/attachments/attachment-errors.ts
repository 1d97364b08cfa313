import { ApiError } from '../common/api-error';
import { ALLOWED_TYPE_LABELS } from './attachment-types';

/** "20 MB" / "0,5 MB": the limit as a person reads it (Vietnamese decimal comma first, then English). */
export function megabytes(bytes: number): { vi: string; en: string } {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return { vi: `${String(mb).replace('.', ',')} MB`, en: `${mb} MB` };
}

/** The refusals of the attachment routes, each with its status and a message that says what to do. */
export const AttachmentErrors = {
  noFile: () =>
    new ApiError(
      400,
      'ATTACHMENT_FILE_MISSING',
      'Chưa chọn tệp: gửi tệp trong trường "file" của biểu mẫu multipart/form-data / no file: send it in the "file" field of a multipart/form-data body',
    ),
  empty: (name: string) =>
    new ApiError(
      400,
      'ATTACHMENT_EMPTY',
      `Tệp "${name}" rỗng (0 byte), không có gì để lưu / the file "${name}" is empty (0 bytes): nothing to keep`,
    ),
  tooLarge: (maxBytes: number) => {
    const limit = megabytes(maxBytes);
    return new ApiError(
      413,
      'ATTACHMENT_TOO_LARGE',
      `Tệp vượt quá dung lượng cho phép ${limit.vi}; hãy nén hoặc tách tệp / the file is larger than the ${limit.en} limit: compress or split it`,
      { maxBytes },
    );
  },
  typeNotAllowed: (name: string, detected: string | null) =>
    new ApiError(
      415,
      'ATTACHMENT_TYPE_NOT_ALLOWED',
      `Loại tệp không được chấp nhận: nội dung của "${name}" không phải ${ALLOWED_TYPE_LABELS}` +
        `${detected ? ` (nội dung là ${detected})` : ''}, dù tên tệp nói gì; chỉ nhận các loại: ${ALLOWED_TYPE_LABELS} / ` +
        `file type not accepted: the content of "${name}" is none of ${ALLOWED_TYPE_LABELS}` +
        `${detected ? ` (it is ${detected})` : ''}, whatever its name says; allowed types: ${ALLOWED_TYPE_LABELS}`,
      { allowedTypes: ALLOWED_TYPE_LABELS.split(', ') },
    ),
  badPart: (detail: string) =>
    new ApiError(
      400,
      'ATTACHMENT_UPLOAD_INVALID',
      `Biểu mẫu tải tệp không hợp lệ (${detail}): gửi đúng một tệp trong trường "file" / invalid upload form (${detail}): send exactly one file in the "file" field`,
    ),
  badLink: (message: string) => ApiError.badRequest(message),
  tampered: () =>
    new ApiError(
      409,
      'ATTACHMENT_TAMPERED',
      'Tệp đính kèm đã bị thay đổi sau khi tải lên (SHA-256 không khớp); hệ thống không trả tệp này. Hãy báo quản trị hệ thống và tải lên lại bản gốc / the attachment was changed after it was uploaded (SHA-256 mismatch), so it is not served: tell the administrator and upload the original again',
    ),
  bytesMissing: () =>
    new ApiError(
      409,
      'ATTACHMENT_BYTES_MISSING',
      "Không tìm thấy nội dung tệp trong kho lưu trữ; hãy báo quản trị hệ thống / the attachment's bytes are missing from the store: tell the administrator",
    ),
  storeUnavailable: (driver: string) =>
    new ApiError(
      503,
      'ATTACHMENT_STORE_UNAVAILABLE',
      `Kho lưu trữ tệp đính kèm không phản hồi, vui lòng thử lại sau / the attachment store (${driver}) is unreachable: try again later`,
    ),
  deleteForbidden: (whoVi: string, whoEn: string) =>
    ApiError.forbidden(
      `Bạn không có quyền xoá tệp đính kèm này; người được phép: người đã tải tệp lên, hoặc ${whoVi} / you may not delete this attachment; who may: whoever uploaded it, or ${whoEn}`,
    ),
};
