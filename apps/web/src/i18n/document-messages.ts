/** Strings of the project's papers (issue 17): the "Văn bản, biểu mẫu" card on the project page. */
export const DOCUMENT_VI = {
  'documents.title': 'Văn bản, biểu mẫu',
  'documents.intro':
    'Lập sẵn từ dữ liệu của đề án theo thể thức Nghị định 30/2020/NĐ-CP: DOCX để chỉnh sửa, PDF để trình ký và lưu.',
  'documents.docx': 'Tải DOCX',
  'documents.pdf': 'Tải PDF',
  'documents.busy': 'Đang lập…',
  'documents.group': 'Tải {form}',
  'documents.none': 'Chưa có văn bản nào lập được ở trạng thái này.',
  'documents.later': 'Chưa lập được',
};

export const DOCUMENT_EN: Record<keyof typeof DOCUMENT_VI, string> = {
  'documents.title': 'Papers and forms',
  'documents.intro':
    'Made from the project’s data in the format of Decree 30/2020/NĐ-CP: DOCX to edit, PDF to sign and file.',
  'documents.docx': 'Download DOCX',
  'documents.pdf': 'Download PDF',
  'documents.busy': 'Preparing…',
  'documents.group': 'Download {form}',
  'documents.none': 'No paper can be made in this state yet.',
  'documents.later': 'Not yet',
};
