/**
 * Strings of the project form, the action dialogs, the deadline extension and the action buttons, Vietnamese first.
 * Spread into the dictionary (dictionary.ts), kept apart so these pages change without touching the shared file.
 */
export const FORMS_VI = {
  'projectForm.newButton': 'Tạo đề án mới',
  'projectForm.newTitle': 'Tạo đề án mới',
  'projectForm.editTitle': 'Cập nhật hồ sơ đề án {code}',
  'projectForm.intro':
    'Mọi trường đều bắt buộc. Đề án được lưu ở trạng thái Dự thảo; hồ sơ còn sửa được cho đến khi nộp Sở Công Thương.',
  'projectForm.scope': 'Loại đề án',
  'projectForm.province': 'Tỉnh, thành phố',
  'projectForm.fixedHint': 'Không đổi được sau khi tạo (quyết định mã đề án).',
  'projectForm.pickCategory': '— Chọn nội dung khuyến công —',
  'projectForm.save': 'Lưu dự thảo',
  'projectForm.saveEdit': 'Lưu thay đổi',
  'projectForm.saving': 'Đang lưu…',
  'projectForm.fixErrors': 'Hồ sơ chưa hợp lệ: hãy sửa các trường được đánh dấu bên dưới.',
  'projectForm.noChange': 'Chưa có thay đổi nào để lưu.',
  'projectForm.notEditable':
    'Hồ sơ chỉ sửa được khi đề án ở trạng thái Dự thảo hoặc Trả lại bổ sung, bởi đơn vị thực hiện hoặc cán bộ khuyến công của tỉnh.',
  'projectForm.notAllowed': 'Chỉ cán bộ khuyến công và đơn vị thực hiện của tỉnh được tạo đề án.',
  'projectForm.created': 'Đã tạo đề án {code} ở trạng thái Dự thảo.',
  'projectForm.saved': 'Đã lưu thay đổi hồ sơ đề án {code}.',
  'projectForm.editButton': 'Cập nhật hồ sơ',
  'projectForm.supportShare': 'Bằng {pct} tổng kinh phí.',
  'projectForm.required': 'bắt buộc',

  'money.typed': 'Đã nhập: {amount}',

  'project.approvalLine': 'Quyết định phê duyệt số {no} ngày {date}; kinh phí hỗ trợ được duyệt {amount}',
  'project.terminationLine': 'Quyết định ngừng thực hiện số {no} ngày {date}',

  'action.checkTitle': 'Chưa đủ thông tin',
  'action.refusedTitle': 'Không thực hiện được',
  'action.decisionNo': 'Số quyết định',
  'action.decisionDate': 'Ngày quyết định',
  'action.decisionHint': 'Không sau ngày hôm nay.',
  'action.approvedSupport': 'Kinh phí hỗ trợ được duyệt (đồng)',
  'action.approvedHint': 'Tối đa {max} (kinh phí đề nghị hỗ trợ).',
  'action.approvedInvalid': 'Kinh phí hỗ trợ được duyệt phải là số nguyên dương, không vượt {max}.',
  'action.advanceCap': 'Tối đa {max} ({pct}% kinh phí hỗ trợ)',
  'action.advanceRoom': 'Đã tạm ứng {done}; còn được tạm ứng {room}.',
  'action.finalCap': 'Tối đa {max} (phần còn lại của giá trị nghiệm thu).',
  'action.refundAmount': 'Số tiền hoàn trả (đồng)',
  'action.refundHint': 'Tạm ứng chưa sử dụng: {amount} (đã tạm ứng − giá trị nghiệm thu − đã hoàn trả).',
  'action.refundInvalid': 'Số tiền hoàn trả phải là số nguyên dương, đơn vị đồng.',
  'action.projectLine': 'Đề án {code}: {title}',
  'action.irreversible': 'Thao tác này không thể hoàn tác.',
  'action.confirmSubmit': 'Xác nhận: {action}',
  'action.consequence.submit':
    'Hồ sơ được nộp Sở Công Thương; sau khi nộp không sửa được nữa, trừ khi bị trả lại bổ sung.',
  'action.consequence.return': 'Hồ sơ được trả lại đơn vị để bổ sung, kèm lý do dưới đây.',
  'action.consequence.open_appraisal':
    'Đề án chuyển sang thẩm định cấp cơ sở; lãnh đạo Sở sẽ phê duyệt hoặc không phê duyệt.',
  'action.consequence.register':
    'Sở Công Thương gửi đề án vào danh sách đăng ký kế hoạch khuyến công quốc gia; Cục sẽ tiến hành thẩm định cấp Bộ.',
  'action.consequence.open_ministry_appraisal':
    'Cục tiến hành thẩm định cấp Bộ; sau đó đề án được giao kế hoạch (phê duyệt) hoặc không được giao kế hoạch.',
  'action.consequence.not_select':
    'Đề án không được giao kế hoạch khuyến công quốc gia và kết thúc, kèm lý do dưới đây; không thể mở lại.',
  'action.consequence.settle_on_minutes':
    'Đơn vị quá hạn 22/01 năm sau: Cục quyết toán theo biên bản nghiệm thu và đề án kết thúc, kèm lý do dưới đây.',
  'action.consequence.request_stop':
    'Đề nghị ngừng thực hiện được gửi Bộ trưởng quyết định; đơn vị vẫn nộp báo cáo tiến độ trong khi chờ.',
  'action.consequence.decide_stop':
    'Đề án ngừng thực hiện theo quyết định dưới đây; nếu còn tạm ứng chưa sử dụng, đề án chờ thu hồi trước khi kết thúc.',
  'action.consequence.refuse_stop': 'Đề nghị ngừng thực hiện không được chấp thuận; đề án trở lại trạng thái trước đó.',
  'action.consequence.request_carry_over':
    'Đề nghị gia hạn thực hiện sang năm sau được gửi Bộ trưởng quyết định, kèm lý do dưới đây.',
  'action.consequence.approve_carry_over':
    'Đề án được gia hạn thực hiện sang năm sau theo quyết định dưới đây; đơn vị tiếp tục nộp báo cáo tiến độ.',
  'action.consequence.refuse_carry_over': 'Đề nghị gia hạn không được chấp thuận; đề án trở lại trạng thái trước đó.',
  'action.consequence.record_refund':
    'Khoản hoàn trả tạm ứng chưa sử dụng được ghi nhận và đề án kết thúc (ngừng thực hiện).',
  'action.consequence.accept_work_done':
    'Do sự kiện bất khả kháng, khối lượng đã thực hiện được nghiệm thu theo biên bản và xác nhận dưới đây; đề án được quyết toán theo khối lượng thực hiện, tạm ứng vượt giá trị nghiệm thu phải hoàn trả trước (Điều 18 khoản 4 Thông tư 36/2013/TT-BCT).',
  'action.consequence.refund_advance':
    'Khoản hoàn trả tạm ứng chưa sử dụng được ghi nhận; sau đó đề án có thể quyết toán.',
  'action.consequence.submit_impl_plan':
    'Kế hoạch triển khai (Mẫu 11) nêu các cơ sở thụ hưởng, địa điểm và kinh phí hỗ trợ từng cơ sở được trình Sở Công Thương phê duyệt; tổng kinh phí các cơ sở không vượt kinh phí được duyệt.',
  'action.consequence.approve_impl_plan':
    'Kế hoạch triển khai được phê duyệt theo quyết định dưới đây; đề án nhóm được ký hợp đồng trên cơ sở kế hoạch này.',
  'action.consequence.return_impl_plan':
    'Kế hoạch triển khai được trả lại để đơn vị hoàn chỉnh và trình lại, kèm lý do dưới đây.',
  'action.consequence.accept_beneficiary':
    'Cơ sở được nghiệm thu theo biên bản dưới đây; đề án nhóm được nghiệm thu khi mọi cơ sở đã nghiệm thu.',
  'action.consequence.close_pilot_year':
    'Sở Công Thương xác nhận tiến độ của năm đang thực hiện của đề án điểm; kinh phí năm chưa tạm ứng được chuyển sang năm sau, và tạm ứng năm sau được thực hiện từ ngày 01/01 của năm đó.',
  'action.consequence.certify_progress':
    'Sở Công Thương xác nhận báo cáo tiến độ của đơn vị; với máy móc thiết bị, mô hình trình diễn và hạ tầng cụm công nghiệp, xác nhận này là điều kiện để tạm ứng (Điều 12 Thông tư 36/2013/TT-BCT).',
  'action.consequence.approve':
    'Đề án được phê duyệt với số quyết định, ngày và kinh phí dưới đây; kinh phí được duyệt là mức trần của mọi khoản giải ngân.',
  'action.consequence.reject': 'Đề án không được phê duyệt và kết thúc; không thể mở lại.',
  'action.consequence.sign_contract': 'Hợp đồng được ghi nhận; các kỳ báo cáo tiến độ bắt đầu.',
  'action.consequence.start': 'Đề án chuyển sang đang triển khai.',
  'action.consequence.suspend': 'Đề án tạm ngừng; không ghi nhận tạm ứng cho đến khi tiếp tục.',
  'action.consequence.resume': 'Đề án tiếp tục triển khai.',
  'action.consequence.complete_work':
    'Đơn vị xác nhận đã hoàn thành toàn bộ khối lượng; đề án chờ nghiệm thu, không còn nộp báo cáo kỳ.',
  'action.consequence.request_rework': 'Đề án trở lại đang triển khai để thực hiện bổ sung.',
  'action.consequence.accept': 'Biên bản nghiệm thu được ghi nhận; giá trị nghiệm thu là mức trần của thanh toán cuối.',
  'action.consequence.settle': 'Hợp đồng được thanh lý, quyết toán và đề án kết thúc; không thể hoàn tác.',
  'action.consequence.terminate':
    'Đề án ngừng thực hiện theo quyết định dưới đây và kết thúc; phần tạm ứng chưa sử dụng phải thu hồi.',
  'action.consequence.withdraw': 'Đề án bị rút và kết thúc; không thể nộp lại (phải tạo đề án mới).',
  'action.consequence.record_disbursement': 'Khoản giải ngân được ghi vào sổ của đề án.',

  'actionButton.submit': 'Nộp hồ sơ lên Sở Công Thương',
  'actionButton.return': 'Trả lại để bổ sung hồ sơ',
  'actionButton.open_appraisal': 'Tiến hành thẩm định cấp cơ sở',
  'actionButton.register': 'Đăng ký kế hoạch khuyến công quốc gia',
  'actionButton.approve': 'Phê duyệt đề án',
  'actionButton.reject': 'Không phê duyệt',
  'actionButton.sign_contract': 'Ký hợp đồng',
  'actionButton.start': 'Bắt đầu triển khai',
  'actionButton.suspend': 'Tạm ngừng thực hiện',
  'actionButton.resume': 'Tiếp tục triển khai',
  'actionButton.complete_work': 'Xác nhận hoàn thành toàn bộ khối lượng',
  'actionButton.request_rework': 'Yêu cầu thực hiện bổ sung',
  'actionButton.accept': 'Nghiệm thu đề án',
  'actionButton.settle': 'Thanh lý, quyết toán',
  'actionButton.terminate': 'Ngừng thực hiện đề án',
  'actionButton.withdraw': 'Rút đề án',
  'actionButton.record_disbursement': 'Ghi nhận giải ngân',

  'extend.button': 'Gia hạn',
  'extend.title': 'Gia hạn nộp báo cáo {period} — {code}',
  'extend.current': 'Hạn hiện tại: {due}',
  'extend.newDueDay': 'Hạn mới',
  'extend.newDueHint': 'Sau hạn hiện tại; hạn kết thúc lúc hết ngày (24:00).',
  'extend.reason': 'Lý do gia hạn',
  'extend.reasonHint': 'Bắt buộc; được ghi vào lịch sử đề án.',
  'extend.submit': 'Gia hạn',
  'extend.required': 'Cần hạn mới sau hạn hiện tại và lý do gia hạn.',
  'extend.done': 'Đã gia hạn {period} đến hết ngày {day}.',
  'reports.actions': 'Thao tác',

  'history.action.edit_draft': 'Cập nhật hồ sơ đề án',
  'history.decision': 'Quyết định số {no} ngày {date}',
  'history.onBehalfOfMinister': 'Lãnh đạo Cục (thay mặt Bộ trưởng)',
  'history.disbursed': 'Số tiền: {amount}',
  'history.refunded': 'Hoàn trả tạm ứng: {amount}',
  'history.progress': 'Tiến độ được xác nhận: {pct}% theo báo cáo ngày {day}',
  'history.approvedAmount': 'Kinh phí hỗ trợ được duyệt: {amount}',
  'history.changed': '{field}: {before} → {after}',
  'history.extended': 'Hạn {from} → {to}',
};

export const FORMS_EN: Record<keyof typeof FORMS_VI, string> = {
  'projectForm.newButton': 'New project',
  'projectForm.newTitle': 'New project',
  'projectForm.editTitle': 'Edit the dossier of {code}',
  'projectForm.intro':
    'Every field is required. The project is saved as a draft; its dossier can be edited until it is submitted to the Department.',
  'projectForm.scope': 'Kind of project',
  'projectForm.province': 'Province',
  'projectForm.fixedHint': 'Cannot change after creation (it decides the project code).',
  'projectForm.pickCategory': '— Pick a content area —',
  'projectForm.save': 'Save draft',
  'projectForm.saveEdit': 'Save changes',
  'projectForm.saving': 'Saving…',
  'projectForm.fixErrors': 'The dossier is not valid yet: fix the fields marked below.',
  'projectForm.noChange': 'Nothing changed yet.',
  'projectForm.notEditable':
    'The dossier can be edited only in Draft or Returned, by the implementing unit or the province officer.',
  'projectForm.notAllowed': 'Only a province’s officers and implementing units create projects.',
  'projectForm.created': 'Project {code} created as a draft.',
  'projectForm.saved': 'Changes to {code} saved.',
  'projectForm.editButton': 'Edit dossier',
  'projectForm.supportShare': '{pct} of the total cost.',
  'projectForm.required': 'required',

  'money.typed': 'Typed: {amount}',

  'project.approvalLine': 'Approval decision no. {no} of {date}; approved support {amount}',
  'project.terminationLine': 'Termination decision no. {no} of {date}',

  'action.checkTitle': 'Not complete yet',
  'action.refusedTitle': 'Not done',
  'action.decisionNo': 'Decision number',
  'action.decisionDate': 'Decision date',
  'action.decisionHint': 'Not after today.',
  'action.approvedSupport': 'Approved support (VND)',
  'action.approvedHint': 'At most {max} (the requested support).',
  'action.approvedInvalid': 'The approved support must be a positive whole number, at most {max}.',
  'action.advanceCap': 'At most {max} ({pct}% of the support)',
  'action.advanceRoom': '{done} advanced so far; {room} more may be advanced.',
  'action.finalCap': 'At most {max} (what remains of the accepted amount).',
  'action.refundAmount': 'Amount refunded (VND)',
  'action.refundHint': 'Unused advance: {amount} (advances − accepted amount − refunds so far).',
  'action.refundInvalid': 'The refund must be a positive whole number of VND.',
  'action.projectLine': 'Project {code}: {title}',
  'action.irreversible': 'This cannot be undone.',
  'action.confirmSubmit': 'Confirm: {action}',
  'action.consequence.submit':
    'The dossier goes to the Department; it cannot be edited after that unless it is returned.',
  'action.consequence.return': 'The dossier goes back to the unit for more documents, with the reason below.',
  'action.consequence.open_appraisal':
    'The project moves to base appraisal; the Department’s leader will approve or reject it.',
  'action.consequence.register':
    'The Department sends the project in its list for the national plan; the Cục will run the ministry appraisal.',
  'action.consequence.open_ministry_appraisal':
    'The Cục starts the ministry appraisal; the project is then put in the plan (approved) or left out.',
  'action.consequence.not_select': 'The project is left out of the national plan and closes, with the reason below.',
  'action.consequence.settle_on_minutes':
    'The unit missed 22 January: the Cục settles on the acceptance minutes and the project closes, with the reason below.',
  'action.consequence.request_stop':
    'The request to stop goes to the Minister for a decision; the unit keeps reporting meanwhile.',
  'action.consequence.decide_stop':
    'The project stops by the decision below; with an unused advance it awaits the refund before it closes.',
  'action.consequence.refuse_stop': 'The stop is refused; the project returns to where it stood.',
  'action.consequence.request_carry_over':
    'The request to carry the project over into next year goes to the Minister, with the reason below.',
  'action.consequence.approve_carry_over':
    'The project is carried over into next year by the decision below; the unit keeps reporting.',
  'action.consequence.refuse_carry_over': 'The carry-over is refused; the project returns to where it stood.',
  'action.consequence.record_refund':
    'The refund of the unused advance is recorded and the project closes (terminated).',
  'action.consequence.accept_work_done':
    'After force majeure, the work done is accepted on the minutes and the certification below; the project is settled by that work, and any advance above it is refunded first (Circular 36/2013 Art. 18.4).',
  'action.consequence.refund_advance': 'The refund of the unused advance is recorded; the project may then be settled.',
  'action.consequence.submit_impl_plan':
    'The implementation plan (form 11), naming each beneficiary with its site and support, goes to the Department for approval; the support together may not exceed the approved support.',
  'action.consequence.approve_impl_plan':
    'The implementation plan is approved by the decision below; the group project is contracted on it.',
  'action.consequence.return_impl_plan':
    'The implementation plan goes back to the unit to complete, with the reason below.',
  'action.consequence.accept_beneficiary':
    'The beneficiary is accepted on the minutes below; the group project is accepted once every beneficiary is.',
  'action.consequence.close_pilot_year':
    'The Department certifies the progress of the pilot project’s current year; what the year has not advanced carries into the next, whose advances are paid from its 1 January.',
  'action.consequence.certify_progress':
    'The Department certifies the unit’s progress report; for machinery, demonstration models and cluster infrastructure it is the condition of an advance (Circular 36/2013 Art. 12).',
  'action.consequence.approve':
    'The project is approved with the decision below; the approved support caps every disbursement.',
  'action.consequence.reject': 'The project is rejected and closed; it cannot be reopened.',
  'action.consequence.sign_contract': 'The contract is recorded; progress report periods begin.',
  'action.consequence.start': 'The project moves to in progress.',
  'action.consequence.suspend': 'The project is suspended; no advance is recorded until it resumes.',
  'action.consequence.resume': 'The project resumes.',
  'action.consequence.complete_work':
    'The unit declares all the work done; the project waits for acceptance and no longer reports by period.',
  'action.consequence.request_rework': 'The project goes back to in progress for more work.',
  'action.consequence.accept': 'The acceptance minutes are recorded; the accepted amount caps the final payment.',
  'action.consequence.settle': 'The contract is liquidated and settled, and the project closes; this cannot be undone.',
  'action.consequence.terminate':
    'The project stops by the decision below and closes; unused advances must be refunded.',
  'action.consequence.withdraw': 'The project is withdrawn and closes; it cannot be resubmitted (create a new one).',
  'action.consequence.record_disbursement': 'The disbursement is entered in the project’s books.',

  'actionButton.submit': 'Submit to the Department',
  'actionButton.return': 'Return for more documents',
  'actionButton.open_appraisal': 'Start base appraisal',
  'actionButton.register': 'Register in the national plan',
  'actionButton.approve': 'Approve the project',
  'actionButton.reject': 'Reject',
  'actionButton.sign_contract': 'Sign the contract',
  'actionButton.start': 'Start implementation',
  'actionButton.suspend': 'Suspend',
  'actionButton.resume': 'Resume',
  'actionButton.complete_work': 'Declare all work completed',
  'actionButton.request_rework': 'Request more work',
  'actionButton.accept': 'Accept the project',
  'actionButton.settle': 'Liquidate and settle',
  'actionButton.terminate': 'Terminate the project',
  'actionButton.withdraw': 'Withdraw the project',
  'actionButton.record_disbursement': 'Record a disbursement',

  'extend.button': 'Extend',
  'extend.title': 'Extend the report deadline of {period} — {code}',
  'extend.current': 'Current deadline: {due}',
  'extend.newDueDay': 'New due day',
  'extend.newDueHint': 'After the current one; the deadline ends at the end of that day (24:00).',
  'extend.reason': 'Reason for the extension',
  'extend.reasonHint': 'Required; recorded in the project’s history.',
  'extend.submit': 'Extend',
  'extend.required': 'A new due day after the current one and a reason are required.',
  'extend.done': '{period} extended to the end of {day}.',
  'reports.actions': 'Actions',

  'history.action.edit_draft': 'Dossier edited',
  'history.decision': 'Decision no. {no} of {date}',
  'history.onBehalfOfMinister': 'Cục leader (for the Minister)',
  'history.disbursed': 'Amount: {amount}',
  'history.refunded': 'Advance refunded: {amount}',
  'history.progress': 'Certified progress: {pct}% in the report of {day}',
  'history.approvedAmount': 'Approved support: {amount}',
  'history.changed': '{field}: {before} → {after}',
  'history.extended': 'Due {from} → {to}',
};
