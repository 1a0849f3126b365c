<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>xaso</name>
    <message>
      <location filename="../../core/accounts/admin.py" line="53" />
      <source>Locked by the administrator</source>
      <translation>Bị quản trị viên khóa</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="54" />
      <source>Locked for a while (wrong passwords)</source>
      <translation>Tạm khóa (nhập sai mật khẩu)</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="55" />
      <location filename="../../core/labels.py" line="45" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="113" />
      <source>Temporary password</source>
      <translation>Mật khẩu tạm</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="56" />
      <location filename="../../hub/cli.py" line="160" />
      <source>Active</source>
      <translation>Đang hoạt động</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="133" />
      <source>This account no longer exists.</source>
      <translation>Tài khoản này không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="97" />
      <source>You cannot lock your own account.</source>
      <translation>Không thể tự khóa tài khoản của chính mình.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="122" />
      <source>The idle time must be between 0 (never lock) and 240 minutes.</source>
      <translation>Thời gian chờ phải từ 0 (không tự khóa) đến 240 phút.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="129" />
      <source>Choose a role from the list.</source>
      <translation>Hãy chọn vai trò trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/admin.py" line="143" />
      <source>At least one active administrator account must remain.</source>
      <translation>Phải còn ít nhất một tài khoản quản trị đang hoạt động.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="98" />
      <source>Wrong user name or password.</source>
      <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="40" />
      <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes.</source>
      <translation>Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau {minutes} phút.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="50" />
      <source>The user name must have 3 to 32 characters: lower-case letters without accents, digits, dot, dash or underscore.</source>
      <translation>Tên đăng nhập phải có từ 3 đến 32 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="59" />
      <source>The user name {username} is already taken.</source>
      <translation>Tên đăng nhập {username} đã có người dùng.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="114" />
      <source>This account has been locked by the administrator.</source>
      <translation>Tài khoản này đã bị quản trị viên khóa.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="141" />
      <source>The password must have at least {count} characters.</source>
      <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/auth.py" line="150" />
      <source>The new password must differ from the old one.</source>
      <translation>Mật khẩu mới phải khác mật khẩu cũ.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="27" />
      <source>Staff</source>
      <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="27" />
      <source>Supervisor</source>
      <translation>Lãnh đạo duyệt</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="27" />
      <source>Administrator</source>
      <translation>Quản trị viên</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="57" />
      <source>enter and update data</source>
      <translation>nhập và cập nhật dữ liệu</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="58" />
      <source>export the diagnostics</source>
      <translation>xuất thông tin chẩn đoán</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="59" />
      <source>change your password</source>
      <translation>đổi mật khẩu</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="60" />
      <source>back up the data</source>
      <translation>sao lưu dữ liệu</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="61" />
      <source>verify a backup</source>
      <translation>kiểm tra bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="62" />
      <source>read the change history</source>
      <translation>xem nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="63" />
      <source>issue report numbers</source>
      <translation>cấp số báo cáo</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="64" />
      <source>approve batches</source>
      <translation>duyệt lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="65" />
      <source>resolve sync conflicts</source>
      <translation>xử lý xung đột đồng bộ</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="66" />
      <source>publish targets and required courses to the communes</source>
      <translation>công bố mục tiêu và khóa học bắt buộc cho các xã</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="67" />
      <source>manage accounts</source>
      <translation>quản lý tài khoản</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="68" />
      <source>change the settings</source>
      <translation>thay đổi cài đặt</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="69" />
      <source>restore a backup</source>
      <translation>khôi phục bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="70" />
      <source>repair the change log</source>
      <translation>sửa chữa nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="113" />
      <source>Your account ({role}) may not change {table}. Ask the administrator.</source>
      <translation>Tài khoản của bạn ({role}) không được sửa dữ liệu {table}. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
      <location filename="../../core/accounts/permissions.py" line="94" />
      <source>Your account ({role}) may not {action}. Ask the administrator.</source>
      <translation>Tài khoản của bạn ({role}) không được {action}. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="25" />
      <source>Added</source>
      <translation>Thêm mới</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="25" />
      <source>Changed</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="25" />
      <location filename="../../core/labels.py" line="95" />
      <source>Deleted</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="182" />
      <location filename="../../desktop/ui/admin/audit_tab.py" line="162" />
      <location filename="../../desktop/ui/admin/page.py" line="44" />
      <source>Change history</source>
      <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="205" />
      <location filename="../../core/backlog/indicators.py" line="211" />
      <location filename="../../core/backlog/listing.py" line="179" />
      <source>Cannot save {file}: {reason}.</source>
      <translation>Không lưu được {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="183" />
      <location filename="../../desktop/ui/admin/audit_tab.py" line="40" />
      <location filename="../../desktop/ui/sync/models.py" line="32" />
      <source>Time</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="183" />
      <location filename="../../core/infrastructure/export.py" line="27" />
      <location filename="../../desktop/ui/admin/audit_tab.py" line="41" />
      <source>User</source>
      <translation>Người dùng</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="183" />
      <location filename="../../core/labels.py" line="115" />
      <location filename="../../desktop/ui/admin/audit_tab.py" line="42" />
      <source>Data</source>
      <translation>Dữ liệu</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="183" />
      <location filename="../../core/backlog/listing.py" line="174" />
      <location filename="../../desktop/ui/admin/audit_tab.py" line="43" />
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="183" />
      <location filename="../../desktop/ui/admin/audit_tab.py" line="44" />
      <location filename="../../desktop/ui/sync/models.py" line="33" />
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="184" />
      <location filename="../../desktop/ui/sync/conflicts.py" line="33" />
      <source>Data item</source>
      <translation>Thông tin</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="184" />
      <source>From</source>
      <translation>Giá trị cũ</translation>
    </message>
    <message>
      <location filename="../../core/audit/log.py" line="184" />
      <source>To</source>
      <translation>Giá trị mới</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="44" />
      <source>No list of dossiers was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with the columns MaHoSo and NgayTiepNhan. Check that you chose the export of the procedure system.</source>
      <translation>Không tìm thấy danh sách hồ sơ trong tệp {file} (các trang đã tìm: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề gồm các cột MaHoSo và NgayTiepNhan. Hãy kiểm tra lại có đúng tệp xuất từ Hệ thống giải quyết TTHC không.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="120" />
      <source>Row {row}: {value} in column {column} is not understood. Write 1 (yes) or 0 (no).</source>
      <translation>Dòng {row}: không hiểu giá trị {value} ở cột {column}. Hãy ghi 1 (có) hoặc 0 (không).</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="128" />
      <source>Row {row}: the channel {value} in column {column} is unknown. Write 1 (in person), 2 (online) or 3 (public postal service).</source>
      <translation>Dòng {row}: kênh thực hiện {value} ở cột {column} không hợp lệ. Hãy ghi 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích).</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="137" />
      <source>Row {row}: the dossier code {value} in column {column} is not in the form agency-yymmdd-number, e.g. 000.17.22.H56-210531-0001.</source>
      <translation>Dòng {row}: mã hồ sơ {value} ở cột {column} không đúng dạng mã cơ quan-yymmdd-số thứ tự, ví dụ 000.17.22.H56-210531-0001.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="142" />
      <source>Row {row}: the reception date in column {column} is missing.</source>
      <translation>Dòng {row}: thiếu ngày tiếp nhận ở cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="193" />
      <location filename="../../core/backlog/import_lots.py" line="162" />
      <location filename="../../core/backlog/import_records.py" line="102" />
      <source>The file still has {count} problem(s); nothing was imported. Correct the file, then preview it again.</source>
      <translation>Tệp vẫn còn {count} lỗi; chưa nhập gì. Hãy sửa tệp rồi xem trước lại.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="110" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy, for example 20/11/2026.</source>
      <translation>Dòng {row}: {value} ở cột {column} không phải là ngày hợp lệ. Hãy ghi theo dạng dd/mm/yyyy, ví dụ 20/11/2026.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="147" />
      <source>Row {row}: the date in column {column} ({value}) is before the reception date.</source>
      <translation>Dòng {row}: ngày ở cột {column} ({value}) sớm hơn ngày tiếp nhận.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_dossiers.py" line="178" />
      <source>Row {row} repeats the dossier {code} of row {other}; keep one of them.</source>
      <translation>Dòng {row} trùng hồ sơ {code} với dòng {other}; chỉ giữ lại một dòng.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="43" />
      <source>No list of records was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with the columns Lĩnh vực and Loại hồ sơ. Check that you chose the right file.</source>
      <translation>Không tìm thấy danh mục hồ sơ trong tệp {file} (đã tìm ở các trang: {sheets}): {limit} dòng đầu không có dòng tiêu đề gồm các cột Lĩnh vực và Loại hồ sơ. Hãy kiểm tra lại tệp đã chọn.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="88" />
      <source>Row {row}: the number in column {column} cannot be negative ({value}).</source>
      <translation>Dòng {row}: số ở cột {column} không được âm ({value}).</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="107" />
      <source>Row {row}: the field {value} in column {column} is unknown. Write one of the fields of the one-stop centre, e.g. Hộ tịch, Chứng thực, Đất đai.</source>
      <translation>Dòng {row}: lĩnh vực «{value}» ở cột {column} không có trong danh mục. Hãy ghi một lĩnh vực của Bộ phận một cửa, ví dụ: Hộ tịch, Chứng thực, Đất đai.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="112" />
      <source>Row {row}: the priority {value} in column {column} is not understood. Write Cao, Trung bình or Thấp.</source>
      <translation>Dòng {row}: mức ưu tiên «{value}» ở cột {column} không hợp lệ. Hãy ghi Cao, Trung bình hoặc Thấp.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="166" />
      <source>The lots changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation>Danh mục lô hồ sơ đã thay đổi trong lúc kiểm tra tệp nên chưa nhập gì. Hãy xem trước tệp lại.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="84" />
      <source>Row {row}: {value} in column {column} is not a number of records. Write a whole number, e.g. 1.234.</source>
      <translation>Dòng {row}: «{value}» ở cột {column} không phải là số hồ sơ. Hãy ghi số nguyên, ví dụ 1.234.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="122" />
      <location filename="../../core/infrastructure/import_equipment.py" line="227" />
      <location filename="../../core/officers/import_xlsx.py" line="232" />
      <source>Row {row}: {problem}</source>
      <translation>Dòng {row}: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_lots.py" line="145" />
      <source>Row {row} repeats the lot of row {other}; keep one of them.</source>
      <translation>Dòng {row} trùng lô hồ sơ với dòng {other}; chỉ giữ lại một dòng.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_records.py" line="30" />
      <source>No list of records was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with the columns Số thứ tự and Tên hồ sơ. Check that you chose the right file.</source>
      <translation>Không tìm thấy danh sách hồ sơ trong tệp {file} (các trang đã tìm: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề gồm các cột Số thứ tự và Tên hồ sơ. Hãy kiểm tra lại có đúng tệp không.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_records.py" line="62" />
      <source>Row {row}: {value} in column {column} is not a record number. Write a whole number from 1.</source>
      <translation>Dòng {row}: {value} ở cột {column} không phải là số thứ tự hồ sơ. Hãy ghi số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_records.py" line="66" />
      <source>Row {row}: the title in column {column} is missing.</source>
      <translation>Dòng {row}: thiếu tên hồ sơ ở cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/import_records.py" line="86" />
      <source>Row {row} repeats the record number {number} of row {other}; keep one of them.</source>
      <translation>Dòng {row} trùng số thứ tự {number} với dòng {other}; chỉ giữ lại một dòng.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="41" />
      <source>Backlog records signed this month: {signed}, of which {backed} backed by a verified signed file and {unbacked} marked by hand without evidence (chưa có bằng chứng). Stored this month: {stored}, of which {stored_backed} backed by a verified file.</source>
      <translation>Hồ sơ tồn đã ký số trong tháng: {signed}, trong đó {backed} có tệp đã ký số được kiểm tra hợp lệ và {unbacked} đánh dấu thủ công, chưa có bằng chứng. Lưu kho trong tháng: {stored}, trong đó {stored_backed} có tệp được kiểm tra hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="52" />
      <source>Indicator</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="52" />
      <source>Content</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="52" />
      <source>Numerator</source>
      <translation>Tử số</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="52" />
      <source>Denominator</source>
      <translation>Mẫu số</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="52" />
      <location filename="../../core/certificates/export.py" line="66" />
      <source>Rate (%)</source>
      <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="53" />
      <source>Target (%)</source>
      <translation>Chỉ tiêu (%)</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="53" />
      <source>Points</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="53" />
      <source>Pmax</source>
      <translation>Điểm tối đa</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="35" />
      <source>Results issued electronically</source>
      <translation>Tỷ lệ cấp kết quả giải quyết TTHC điện tử</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="36" />
      <source>Dossiers digitized at reception</source>
      <translation>Tỷ lệ số hóa hồ sơ khi tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="37" />
      <source>Reuse of digitized data</source>
      <translation>Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="38" />
      <source>Results stored in the data warehouse</source>
      <translation>Tỷ lệ kết quả được lưu vào kho dữ liệu</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="122" />
      <source>{value} is not a month. Write it as yyyy-mm, e.g. 2026-11.</source>
      <translation>{value} không phải là tháng. Hãy ghi theo dạng yyyy-mm, ví dụ 2026-11.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="201" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="108" />
      <source>Total of indicators 4.1–4.4</source>
      <translation>Cộng điểm các chỉ số 4.1–4.4</translation>
    </message>
    <message>
      <location filename="../../core/backlog/indicators.py" line="206" />
      <source>QĐ 766 indicators {month}</source>
      <translation>Chỉ số 766 tháng {month}</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="139" />
      <location filename="../../desktop/ui/backlog/page.py" line="28" />
      <source>Lots</source>
      <translation>Lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="145" />
      <source>Progress by field</source>
      <translation>Tiến độ theo lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="151" />
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="98" />
      <source>Records per officer</source>
      <translation>Số hồ sơ theo cán bộ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="173" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="224" />
      <location filename="../../desktop/ui/backlog/page.py" line="29" />
      <source>Records</source>
      <translation>Hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="140" />
      <location filename="../../core/backlog/listing.py" line="146" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="31" />
      <source>Field</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="140" />
      <location filename="../../desktop/ui/backlog/import_dialog.py" line="40" />
      <location filename="../../desktop/ui/backlog/models.py" line="33" />
      <source>Kind of records</source>
      <translation>Loại hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="140" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="105" />
      <location filename="../../desktop/ui/backlog/import_dialog.py" line="40" />
      <source>Years</source>
      <translation>Năm</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="140" />
      <location filename="../../core/backlog/listing.py" line="146" />
      <location filename="../../core/labels.py" line="57" />
      <source>Total records</source>
      <translation>Tổng số hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="140" />
      <location filename="../../core/backlog/listing.py" line="146" />
      <location filename="../../core/backlog/listing.py" line="152" />
      <source>Digitized</source>
      <translation>Đã số hóa</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="141" />
      <location filename="../../core/backlog/listing.py" line="147" />
      <location filename="../../desktop/ui/backlog/models.py" line="38" />
      <source>Digitized (%)</source>
      <translation>Đã số hóa (%)</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="141" />
      <location filename="../../core/labels.py" line="58" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="108" />
      <source>Storage place</source>
      <translation>Nơi lưu trữ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="141" />
      <location filename="../../core/labels.py" line="59" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="109" />
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="146" />
      <location filename="../../core/backlog/listing.py" line="152" />
      <location filename="../../core/backlog/lots.py" line="61" />
      <source>Checked</source>
      <translation>Đã kiểm tra</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="146" />
      <location filename="../../core/backlog/listing.py" line="152" />
      <location filename="../../core/backlog/lots.py" line="62" />
      <source>Signed</source>
      <translation>Đã ký số</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="146" />
      <location filename="../../core/backlog/listing.py" line="152" />
      <location filename="../../core/backlog/lots.py" line="62" />
      <source>Stored</source>
      <translation>Đã lưu kho</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="152" />
      <location filename="../../core/backlog/listing.py" line="174" />
      <location filename="../../core/certificates/export.py" line="62" />
      <source>Officer</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="152" />
      <source>Week from</source>
      <translation>Tuần từ ngày</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="153" />
      <location filename="../../core/backlog/lots.py" line="62" />
      <location filename="../../core/certificates/requests.py" line="30" />
      <source>Rejected</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="174" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="225" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="102" />
      <source>Lot</source>
      <translation>Lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="174" />
      <location filename="../../core/infrastructure/export.py" line="57" />
      <location filename="../../core/training/coverage.py" line="219" />
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="174" />
      <location filename="../../core/certificates/export.py" line="49" />
      <location filename="../../core/certificates/export.py" line="57" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="174" />
      <location filename="../../core/labels.py" line="50" />
      <location filename="../../desktop/ui/backlog/models.py" line="70" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="175" />
      <location filename="../../core/certificates/export.py" line="62" />
      <location filename="../../desktop/ui/backlog/models.py" line="71" />
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../../core/backlog/listing.py" line="154" />
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="144" />
      <source>(not named)</source>
      <translation>(không ghi tên)</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="59" />
      <source>High</source>
      <translation>Cao</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="59" />
      <source>Normal</source>
      <translation>Bình thường</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="59" />
      <source>Low</source>
      <translation>Thấp</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="61" />
      <source>Not digitized</source>
      <translation>Chưa số hóa</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="139" />
      <source>This lot no longer exists; it may have been deleted.</source>
      <translation>Lô hồ sơ này không còn; có thể đã bị xóa.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="98" />
      <source>Choose a field (lĩnh vực) from the list.</source>
      <translation>Chọn lĩnh vực trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="100" />
      <source>Enter the kind of records, e.g. Sổ đăng ký khai sinh.</source>
      <translation>Nhập loại hồ sơ, ví dụ: Sổ đăng ký khai sinh.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="107" />
      <source>The first year comes after the last year.</source>
      <translation>Năm bắt đầu lớn hơn năm kết thúc.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="109" />
      <source>The number of records must be between 0 and {max}.</source>
      <translation>Số hồ sơ phải từ 0 đến {max}.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="112" />
      <source>The number of records already digitized cannot be negative.</source>
      <translation>Số hồ sơ đã số hóa không được âm.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="115" />
      <source>Records already digitized ({done}) exceed the total ({total}).</source>
      <translation>Số hồ sơ đã số hóa ({done}) lớn hơn tổng số ({total}).</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="147" />
      <source>The lot already has {count} records; the total cannot be smaller.</source>
      <translation>Lô đã có {count} hồ sơ; tổng số không được nhỏ hơn.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="259" />
      <location filename="../../core/hub/catalogue.py" line="45" />
      <location filename="../../core/province/client.py" line="246" />
      <source>The target must be a percentage between 0 and 100.</source>
      <translation>Chỉ tiêu phải là tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="261" />
      <location filename="../../hub/cli.py" line="193" />
      <source>Enter the date of the target (dd/mm/yyyy).</source>
      <translation>Nhập thời hạn của chỉ tiêu (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../core/backlog/lots.py" line="105" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="70" />
      <source>A year must be between 1900 and 2100.</source>
      <translation>Năm phải từ 1900 đến 2100.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="53" />
      <location filename="../../core/backlog/records.py" line="107" />
      <source>Enter a range of record numbers, the first not above the last.</source>
      <translation>Nhập khoảng số hồ sơ, số đầu không lớn hơn số cuối.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="57" />
      <source>At most {max} records can be generated at once.</source>
      <translation>Mỗi lần chỉ tạo được tối đa {max} hồ sơ.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="62" />
      <source>{count} of the records {first}–{last} already exist in this lot. Choose numbers that are still free.</source>
      <translation>Đã có {count} hồ sơ trong khoảng số {first}–{last} của lô này. Hãy chọn các số chưa dùng.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="119" />
      <source>No records are selected.</source>
      <translation>Chưa chọn hồ sơ nào.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="141" />
      <source>Unknown step.</source>
      <translation>Bước xử lý không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="145" />
      <source>Records {numbers} cannot be marked “{action}”: they are “{status}”. Nothing was changed.</source>
      <translation>Không thể chuyển các hồ sơ số {numbers} sang “{action}” vì đang ở trạng thái “{status}”. Chưa có thay đổi nào được lưu.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="149" />
      <location filename="../../core/backlog/records.py" line="151" />
      <source>Choose the officer who did the work.</source>
      <translation>Chọn cán bộ thực hiện.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="153" />
      <source>Enter the reason for rejecting the records.</source>
      <translation>Nhập lý do trả lại hồ sơ.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="181" />
      <source>The date of the work cannot be in the future.</source>
      <translation>Ngày thực hiện không được sau ngày hôm nay.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="251" />
      <source>This change has already been undone or cannot be undone.</source>
      <translation>Thao tác này đã được hoàn tác hoặc không thể hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="253" />
      <source>This change was sent to the province at the last sync and can no longer be undone. Change the records again instead.</source>
      <translation>Thao tác này đã được gửi lên tỉnh trong lần đồng bộ gần nhất nên không thể hoàn tác. Hãy cập nhật lại trạng thái hồ sơ.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="259" />
      <source>Some of these records were changed again afterwards; undo the later changes first.</source>
      <translation>Một số hồ sơ đã được cập nhật tiếp sau đó; hãy hoàn tác các thao tác sau trước.</translation>
    </message>
    <message>
      <location filename="../../core/backlog/records.py" line="158" />
      <source>{name} has no valid signing certificate, so the records cannot be marked signed.</source>
      <translation>{name} chưa có chứng thư số còn hiệu lực nên không thể ghi nhận hồ sơ đã ký số.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="140" />
      <location filename="../../core/backup/files.py" line="238" />
      <source>The backup copy failed its check ({details}); nothing was saved.</source>
      <translation>Bản sao lưu không qua được bước kiểm tra ({details}); chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="164" />
      <source>The change log of this computer was altered (at change {row}), so no backup was made and the older backups were kept. An administrator must run xaso-admin audit --repair first.</source>
      <translation>Nhật ký thay đổi trên máy này đã bị sửa (tại thay đổi {row}), nên không tạo bản sao lưu và các bản sao lưu cũ được giữ nguyên. Quản trị viên cần chạy lệnh xaso-admin audit --repair trước.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="290" />
      <location filename="../../core/backup/files.py" line="314" />
      <source>{file} is not an encrypted Xã Số backup.</source>
      <translation>{file} không phải bản sao lưu mã hóa của Xã Số.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="205" />
      <location filename="../../core/backup/files.py" line="212" />
      <source>The backup to {folder} failed: {reason}.</source>
      <translation>Sao lưu vào {folder} không thành công: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="298" />
      <source>Wrong password for {file}, or the file is damaged.</source>
      <translation>Sai mật khẩu của {file}, hoặc tệp đã bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="308" />
      <source>{file} is encrypted: enter its password.</source>
      <translation>{file} đã được mã hóa: hãy nhập mật khẩu của bản sao lưu.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="199" />
      <location filename="../../core/backup/files.py" line="209" />
      <source>There is not enough free space in {folder}; the backup was not saved. Free some space or choose another drive.</source>
      <translation>Không đủ dung lượng trống trong {folder}; bản sao lưu chưa được lưu. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
      <location filename="../../core/backup/files.py" line="203" />
      <source>Cannot write to {folder} (read-only or not allowed); the backup was not saved. Choose another folder.</source>
      <translation>Không ghi được vào {folder} (chỉ đọc hoặc không được phép); bản sao lưu chưa được lưu. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
      <location filename="../../core/backup/recovery.py" line="173" />
      <source>The data could not be recovered from {file}: {reason}. Contact the province help desk.</source>
      <translation>Không khôi phục được dữ liệu từ {file}: {reason}. Hãy liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../core/backup/restore.py" line="51" />
      <source>The backup file {file} does not exist.</source>
      <translation>Không có tệp sao lưu {file}.</translation>
    </message>
    <message>
      <location filename="../../core/backup/restore.py" line="164" />
      <source>The signing key of the computer that made the backup {file} is not on this computer, and the backup does not carry it (only a backup with a password does). Restore it on the computer that made it, or restore a backup with a password made there.</source>
      <translation>Khóa ký của máy tính đã tạo bản sao lưu {file} không có trên máy này và bản sao lưu không mang theo khóa (chỉ bản sao lưu có mật khẩu mới mang theo). Hãy khôi phục trên chính máy đã tạo bản sao lưu, hoặc khôi phục một bản sao lưu có mật khẩu được tạo trên máy đó.</translation>
    </message>
    <message>
      <location filename="../../core/backup/restore.py" line="223" />
      <source>Keep between 1 and 100 backups.</source>
      <translation>Số bản sao lưu giữ lại phải từ 1 đến 100.</translation>
    </message>
    <message>
      <location filename="../../core/backup/restore.py" line="104" />
      <source>The backup {file} failed its check, so it was not restored: {details}.</source>
      <translation>Bản sao lưu {file} không qua được bước kiểm tra nên không được khôi phục: {details}.</translation>
    </message>
    <message>
      <location filename="../../core/backup/restore.py" line="108" />
      <source>The backup {file} belongs to another commune ({code}); it was not restored.</source>
      <translation>Bản sao lưu {file} thuộc xã khác ({code}); không khôi phục.</translation>
    </message>
    <message>
      <location filename="../../core/backup/restore.py" line="153" />
      <source>The backup {file} was made when this computer kept its signing key in the file {key_file}, which is not in the data folder {folder} and which the backup does not carry. Copy that file into {folder} and restore again.</source>
      <translation>Bản sao lưu {file} được tạo khi máy này giữ khóa ký trong tệp {key_file}; tệp đó không có trong thư mục dữ liệu {folder} và bản sao lưu không mang theo nó. Hãy chép tệp đó vào {folder} rồi khôi phục lại.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="47" />
      <location filename="../../desktop/ui/certificates/cert_list.py" line="143" />
      <location filename="../../desktop/ui/certificates/page.py" line="36" />
      <source>Certificates</source>
      <translation>Chứng thư số</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="56" />
      <location filename="../../desktop/ui/certificates/page.py" line="63" />
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="117" />
      <source>Requests</source>
      <translation>Yêu cầu</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="62" />
      <source>Officers needing a request</source>
      <translation>Cán bộ cần lập yêu cầu</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="65" />
      <location filename="../../desktop/ui/training/page.py" line="23" />
      <source>Coverage</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="70" />
      <source>Support</source>
      <translation>Hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="62" />
      <location filename="../../core/certificates/export.py" line="65" />
      <location filename="../../core/labels.py" line="41" />
      <source>Department</source>
      <translation>Bộ phận</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="65" />
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="20" />
      <source>Officers working</source>
      <translation>Cán bộ đang công tác</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="66" />
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="21" />
      <source>With a valid official-duty certificate</source>
      <translation>Có chứng thư chuyên dùng còn hiệu lực</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="48" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="74" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="101" />
      <source>Name in certificate</source>
      <translation>Tên trên chứng thư</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="48" />
      <location filename="../../core/labels.py" line="46" />
      <location filename="../../desktop/ui/admin/backup_tab.py" line="32" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="48" />
      <location filename="../../core/labels.py" line="70" />
      <location filename="../../desktop/ui/certificates/models.py" line="36" />
      <source>Issued by</source>
      <translation>Tổ chức cấp</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="48" />
      <location filename="../../core/labels.py" line="71" />
      <source>Valid from</source>
      <translation>Hiệu lực từ</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="49" />
      <location filename="../../core/labels.py" line="66" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="48" />
      <source>Valid until</source>
      <translation>Hiệu lực đến</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="49" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="110" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="133" />
      <source>Carrier</source>
      <translation>Thiết bị lưu khóa</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="49" />
      <location filename="../../core/labels.py" line="73" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="111" />
      <source>Subscriber</source>
      <translation>Loại thuê bao</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="57" />
      <location filename="../../core/labels.py" line="48" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="130" />
      <source>Request</source>
      <translation>Loại yêu cầu</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="57" />
      <location filename="../../core/labels.py" line="48" />
      <location filename="../../desktop/ui/certificates/models.py" line="86" />
      <source>Requested</source>
      <translation>Ngày lập</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="57" />
      <location filename="../../core/labels.py" line="49" />
      <location filename="../../desktop/ui/certificates/models.py" line="87" />
      <source>Submitted on</source>
      <translation>Ngày nộp</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="58" />
      <location filename="../../core/labels.py" line="49" />
      <location filename="../../desktop/ui/certificates/models.py" line="88" />
      <source>Issued on</source>
      <translation>Ngày cấp</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="58" />
      <location filename="../../core/labels.py" line="49" />
      <location filename="../../desktop/ui/certificates/models.py" line="90" />
      <source>Reference</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="68" />
      <location filename="../../core/infrastructure/export.py" line="64" />
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="138" />
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="71" />
      <location filename="../../core/labels.py" line="111" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="32" />
      <source>Problem</source>
      <translation>Sự cố</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="71" />
      <location filename="../../core/labels.py" line="47" />
      <location filename="../../core/labels.py" line="55" />
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="71" />
      <location filename="../../core/labels.py" line="50" />
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="125" />
      <source>Reported</source>
      <translation>Thời điểm báo</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="71" />
      <location filename="../../core/labels.py" line="47" />
      <source>Solved</source>
      <translation>Thời điểm xử lý xong</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="71" />
      <location filename="../../core/labels.py" line="51" />
      <location filename="../../desktop/ui/province/catalogue.py" line="126" />
      <source>Hours</source>
      <translation>Số giờ</translation>
    </message>
    <message>
      <location filename="../../core/certificates/export.py" line="72" />
      <location filename="../../core/labels.py" line="47" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="176" />
      <source>How it was solved</source>
      <translation>Cách xử lý</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="43" />
      <location filename="../../desktop/ui/certificates/cert_list.py" line="29" />
      <source>Official duty</source>
      <translation>Chuyên dùng công vụ</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="44" />
      <location filename="../../desktop/ui/certificates/cert_list.py" line="30" />
      <source>Public CA</source>
      <translation>CA công cộng</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="45" />
      <source>Unknown</source>
      <translation>Không xác định</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="50" />
      <source>Issued by {issuer} (Ban Cơ yếu Chính phủ); the signature was checked against the imported CA certificate.</source>
      <translation>Do {issuer} (Ban Cơ yếu Chính phủ) cấp; chữ ký đã được kiểm tra bằng chứng thư CA đã nhập.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="52" />
      <source>The issuer {issuer} is a CA of Ban Cơ yếu Chính phủ (matched by name; import the CA certificate to have the signature checked too).</source>
      <translation>Tổ chức cấp {issuer} là CA của Ban Cơ yếu Chính phủ (nhận biết theo tên; hãy nhập chứng thư CA để kiểm tra cả chữ ký).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="54" />
      <source>The issuer calls itself {issuer}, but the signature does not match the CA certificate of that name: treat this certificate as not genuine.</source>
      <translation>Tổ chức cấp ghi là {issuer} nhưng chữ ký không khớp với chứng thư CA cùng tên: coi chứng thư này là không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="56" />
      <source>Issued by the public CA {issuer}: not allowed for state business.</source>
      <translation>Do CA công cộng {issuer} cấp: không được dùng cho công vụ.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="57" />
      <source>Self-signed: nobody vouches for this certificate.</source>
      <translation>Tự ký: không có tổ chức nào bảo đảm cho chứng thư này.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="58" />
      <source>Issued by {issuer}, which is neither Ban Cơ yếu Chính phủ nor a known public CA.</source>
      <translation>Do {issuer} cấp, không phải Ban Cơ yếu Chính phủ cũng không phải CA công cộng đã biết.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="222" />
      <source>{file}: the file is empty.</source>
      <translation>{file}: tệp rỗng.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="231" />
      <source>{file}: the file holds no certificate.</source>
      <translation>{file}: tệp không chứa chứng thư nào.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="186" />
      <source>{file}: this PKCS#12 file needs its password.</source>
      <translation>{file}: tệp PKCS#12 này cần mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="215" />
      <source>{file}: the file is too large to be a certificate.</source>
      <translation>{file}: tệp quá lớn, không thể là chứng thư số.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="219" />
      <source>{file}: cannot be read ({reason}).</source>
      <translation>{file}: không đọc được ({reason}).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="228" />
      <location filename="../../core/certificates/parse.py" line="235" />
      <source>{file}: not a certificate, or the file is damaged (cut off or changed).</source>
      <translation>{file}: không phải chứng thư số, hoặc tệp bị hỏng (thiếu hoặc bị thay đổi).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/parse.py" line="185" />
      <source>{file}: the password is wrong.</source>
      <translation>{file}: mật khẩu không đúng.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="94" />
      <source>matched by CCCD</source>
      <translation>khớp theo CCCD</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="95" />
      <source>matched by name</source>
      <translation>khớp theo họ tên</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="96" />
      <source>several officers have this name: choose one in the review list</source>
      <translation>nhiều cán bộ trùng họ tên: chọn đúng người ở thẻ “Cần gán”</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="97" />
      <source>no officer with this CCCD or name: assign it in the review list</source>
      <translation>chưa khớp cán bộ nào (CCCD, họ tên): gán ở thẻ “Cần gán”</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="98" />
      <source>organisation certificate (belongs to no officer)</source>
      <translation>chứng thư của tổ chức (không thuộc cán bộ nào)</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="102" />
      <location filename="../../core/infrastructure/equipment.py" line="47" />
      <source>In use</source>
      <translation>Đang dùng</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="103" />
      <source>Suspended</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="104" />
      <location filename="../../hub/cli.py" line="160" />
      <source>Revoked</source>
      <translation>Đã thu hồi</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="105" />
      <source>Expired</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="106" />
      <source>Replaced</source>
      <translation>Đã thay thế</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="108" />
      <source>Not stated</source>
      <translation>Chưa ghi</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="108" />
      <source>USB token</source>
      <translation>USB token</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="108" />
      <source>SIM PKI</source>
      <translation>SIM PKI</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="109" />
      <source>Remote signing</source>
      <translation>Ký số từ xa</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="110" />
      <source>Individual</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="110" />
      <location filename="../../core/labels.py" line="66" />
      <source>Organisation</source>
      <translation>Tổ chức</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="111" />
      <source>Device</source>
      <translation>Thiết bị</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="328" />
      <source>This certificate no longer exists (deleted on this or another PC).</source>
      <translation>Chứng thư này không còn (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="313" />
      <source>Some files could not be read, so nothing was imported: {files}.</source>
      <translation>Có tệp không đọc được nên chưa nhập gì: {files}.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="362" />
      <location filename="../../core/certificates/requests.py" line="59" />
      <location filename="../../core/officers/registry.py" line="189" />
      <source>This officer no longer exists (deleted on this or another PC).</source>
      <translation>Cán bộ này không còn trong danh sách (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="374" />
      <source>Choose a status, carrier and subscriber type from the lists.</source>
      <translation>Hãy chọn trạng thái, thiết bị lưu khóa và loại thuê bao trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="388" />
      <source>{file}: holds no CA certificate.</source>
      <translation>{file}: không chứa chứng thư CA nào.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="265" />
      <source>“{name}” valid until {date} (file {file})</source>
      <translation>“{name}” hiệu lực đến {date} (tệp {file})</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="283" />
      <source>older than {certificate}: kept as Replaced</source>
      <translation>cũ hơn {certificate}: lưu ở trạng thái Đã thay thế</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="276" />
      <source>replaces the certificate of the file {file}</source>
      <translation>thay thế chứng thư của tệp {file}</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="278" />
      <source>replaces {certificate}, still in use</source>
      <translation>thay thế {certificate}, đang dùng</translation>
    </message>
    <message>
      <location filename="../../core/certificates/registry.py" line="281" />
      <source>replaces {certificate}, expired</source>
      <translation>thay thế {certificate}, đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="20" />
      <source>New certificate</source>
      <translation>Cấp mới</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="21" />
      <source>Renewal</source>
      <translation>Gia hạn</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="22" />
      <source>Change of information</source>
      <translation>Thay đổi thông tin</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="23" />
      <source>Revocation</source>
      <translation>Thu hồi</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="24" />
      <source>Device recovery</source>
      <translation>Khôi phục thiết bị</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="27" />
      <source>Being prepared</source>
      <translation>Đang chuẩn bị</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="28" />
      <source>Submitted</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="29" />
      <source>Issued</source>
      <translation>Đã cấp</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="31" />
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="34" />
      <source>Token not recognised</source>
      <translation>Máy tính không nhận thiết bị ký số</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="35" />
      <source>PIN locked</source>
      <translation>Khóa mã PIN</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="36" />
      <source>Signing tool error</source>
      <translation>Lỗi phần mềm ký số</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="37" />
      <source>Certificate expired</source>
      <translation>Chứng thư số hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="38" />
      <source>Other problem</source>
      <translation>Vấn đề khác</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="177" />
      <source>No official-duty certificate</source>
      <translation>Chưa có chứng thư số chuyên dùng</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="178" />
      <source>Official-duty certificate expires within 30 days or has expired</source>
      <translation>Chứng thư chuyên dùng hết hạn trong 30 ngày hoặc đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="179" />
      <source>Only a public-CA certificate (not allowed for state business)</source>
      <translation>Chỉ có chứng thư của CA công cộng (không được dùng cho công vụ)</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="180" />
      <source>Certificate information out of date (issued before the reorganisation of 1/7/2025, or the name differs): to update</source>
      <translation>Thông tin trên chứng thư đã cũ (cấp trước khi sắp xếp 1/7/2025, hoặc họ tên khác): cần cập nhật</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="53" />
      <source>Choose the kind of request.</source>
      <translation>Hãy chọn loại yêu cầu.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="55" />
      <source>Choose the carrier (USB token, SIM PKI or remote signing).</source>
      <translation>Hãy chọn thiết bị lưu khóa (USB token, SIM PKI hoặc ký số từ xa).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="89" />
      <source>This request no longer exists (deleted on this or another PC).</source>
      <translation>Yêu cầu này không còn (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="91" />
      <source>Choose the status of the request.</source>
      <translation>Hãy chọn trạng thái của yêu cầu.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="94" />
      <source>The date {date} is before the request was made.</source>
      <translation>Ngày {date} trước ngày lập yêu cầu.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="240" />
      <source>Choose the kind of problem.</source>
      <translation>Hãy chọn loại sự cố.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="242" />
      <source>Describe the problem.</source>
      <translation>Hãy mô tả sự cố.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="254" />
      <source>This support request no longer exists.</source>
      <translation>Yêu cầu hỗ trợ này không còn.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="256" />
      <source>Write how the problem was solved.</source>
      <translation>Hãy ghi cách đã xử lý sự cố.</translation>
    </message>
    <message>
      <location filename="../../core/certificates/requests.py" line="259" />
      <source>The problem cannot be solved before it was reported.</source>
      <translation>Thời điểm xử lý không thể trước thời điểm báo sự cố.</translation>
    </message>
    <message>
      <location filename="../../core/enrolment.py" line="22" />
      <source>The server address {url} is not valid; it starts with https://.</source>
      <translation>Địa chỉ máy chủ {url} không hợp lệ; địa chỉ phải bắt đầu bằng https://.</translation>
    </message>
    <message>
      <location filename="../../core/enrolment.py" line="40" />
      <source>The province server refused the enrolment code (error {status}). Check the code, or ask the province for a new one.</source>
      <translation>Máy chủ tỉnh không chấp nhận mã đăng ký (lỗi {status}). Hãy kiểm tra lại mã hoặc đề nghị tỉnh cấp mã mới.</translation>
    </message>
    <message>
      <location filename="../../core/enrolment.py" line="45" />
      <source>The answer from {url} is not from a Xã Số province server.</source>
      <translation>Phản hồi từ {url} không phải của máy chủ tỉnh Xã Số.</translation>
    </message>
    <message>
      <location filename="../../core/enrolment.py" line="31" />
      <source>The province server cannot be reached ({reason}). Check the address and the network, then try again.</source>
      <translation>Không kết nối được máy chủ tỉnh ({reason}). Hãy kiểm tra địa chỉ và mạng rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="44" />
      <source>The folder {folder} does not exist. Choose the folder where the commune keeps its digitized files.</source>
      <translation>Thư mục {folder} không tồn tại. Hãy chọn thư mục xã lưu các tệp số hóa.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="54" />
      <source>No storage folder is set for digitized files. Set it in Quản trị → Thư mục lưu tệp số hóa (or xaso-admin set-storage-root FOLDER).</source>
      <translation>Chưa đặt thư mục lưu tệp số hóa. Hãy đặt ở Quản trị → Thư mục lưu tệp số hóa (hoặc xaso-admin set-storage-root THƯ_MỤC).</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="110" />
      <source>The pattern {pattern} has no {{no}} for the record number, e.g. KS-1999-{{no}}.pdf.</source>
      <translation>Mẫu tên {pattern} thiếu {{no}} cho số hồ sơ, ví dụ KS-1999-{{no}}.pdf.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="148" />
      <source>The folder {folder} does not exist.</source>
      <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="231" />
      <source>{count} files have a number that is not a record of this lot: {files}. Generate those records or move the files away, then link again. Nothing was linked.</source>
      <translation>{count} tệp mang số không thuộc hồ sơ nào của lô này: {files}. Hãy tạo các hồ sơ đó hoặc chuyển tệp đi nơi khác rồi liên kết lại. Chưa liên kết tệp nào.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="235" />
      <source>No file in {folder} matches a record number of this lot.</source>
      <translation>Không có tệp nào trong {folder} khớp với số hồ sơ của lô này.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="246" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="88" />
      <source>This record no longer exists.</source>
      <translation>Hồ sơ này không còn nữa.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="64" />
      <source>{file} is not inside the storage folder {root}. Move it there or change the storage folder.</source>
      <translation>{file} không nằm trong thư mục lưu tệp {root}. Hãy chuyển tệp vào đó hoặc đổi thư mục lưu tệp.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="84" />
      <location filename="../../core/province/client.py" line="300" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="101" />
      <source>Cannot read {file}: {reason}.</source>
      <translation>Không đọc được {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/files.py" line="249" />
      <location filename="../../core/evidence/signing.py" line="58" />
      <source>The file {file} does not exist.</source>
      <translation>Tệp {file} không tồn tại.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="100" />
      <source>The token holds no certificate. Ask the certificate authority to load the signing certificate onto it.</source>
      <translation>Token không chứa chứng thư nào. Hãy đề nghị tổ chức cấp chứng thư nạp chứng thư ký số vào token.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="45" />
      <source>This report has no signature block, so it cannot be signed.</source>
      <translation>Báo cáo này không có phần chữ ký nên không ký số được.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="64" />
      <source>{file} cannot be opened: the password is wrong, or the file holds no signing key and certificate.</source>
      <translation>Không mở được {file}: sai mật khẩu, hoặc tệp không chứa khóa ký và chứng thư.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="75" />
      <location filename="../../core/evidence/signing.py" line="264" />
      <source>The token driver {file} does not exist. Set the driver's path (a .dll from the token's installer) in Quản trị.</source>
      <translation>Không có trình điều khiển token {file}. Hãy đặt đường dẫn trình điều khiển (tệp .dll trong bộ cài của token) ở Quản trị.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="221" />
      <source>No signer is chosen in the report settings, so the report cannot be signed. Choose the signer first.</source>
      <translation>Chưa chọn người ký trong thiết lập báo cáo nên không thể ký số báo cáo. Hãy chọn người ký trước.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="228" />
      <source>The signing certificate belongs to {holder}, but the report is signed in the name of {name}. Sign with {name}'s certificate, or choose {holder} as the signer in the report settings. No number was taken.</source>
      <translation>Chứng thư số dùng để ký là của {holder}, nhưng báo cáo ký dưới tên {name}. Hãy ký bằng chứng thư số của {name}, hoặc chọn {holder} làm người ký trong thiết lập báo cáo. Chưa lấy số văn bản nào.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="80" />
      <source>The token in slot {slot} cannot be opened ({reason}). Check that it is plugged in and that the PIN is right.</source>
      <translation>Không mở được token ở vị trí {slot} ({reason}). Hãy kiểm tra token đã cắm và mã PIN đúng.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="168" />
      <source>The report could not be signed ({reason}). Nothing was saved.</source>
      <translation>Không ký số được báo cáo ({reason}). Chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="278" />
      <source>{file} is report {symbol} issued on {date}, byte for byte as recorded.</source>
      <translation>{file} là báo cáo {symbol} ban hành ngày {date}, đúng từng byte như khi ghi sổ.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="281" />
      <source>{file} is not a file recorded in the register of issued reports.</source>
      <translation>{file} không phải tệp được ghi trong sổ đăng ký báo cáo đã ban hành.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/signing.py" line="286" />
      <source>Signed by {name} on {date}: {verdict}</source>
      <translation>Ký bởi {name} ngày {date}: {verdict}</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="11" />
      <source>Not checked yet</source>
      <translation>Chưa kiểm tra</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="12" />
      <source>Valid official-duty signature</source>
      <translation>Chữ ký số chuyên dùng công vụ hợp lệ</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="13" />
      <source>Not signed</source>
      <translation>Chưa ký số</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="14" />
      <source>Changed after signing</source>
      <translation>Bị sửa đổi sau khi ký</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="15" />
      <source>Certificate expired or not yet valid at signing time</source>
      <translation>Chứng thư hết hạn hoặc chưa có hiệu lực tại thời điểm ký</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="16" />
      <source>Signed with a public-CA certificate (not allowed for state business)</source>
      <translation>Ký bằng chứng thư của CA công cộng (không được dùng cho công vụ)</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="17" />
      <source>Certificate does not chain to the imported Ban Cơ yếu roots</source>
      <translation>Chứng thư không thuộc chuỗi CA gốc của Ban Cơ yếu đã nhập</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="18" />
      <source>Signer is not a registered officer's certificate</source>
      <translation>Người ký không phải chứng thư đã đăng ký của cán bộ</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="19" />
      <source>Not a PDF file</source>
      <translation>Không phải tệp PDF</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="20" />
      <source>The PDF cannot be read</source>
      <translation>Không đọc được tệp PDF</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="21" />
      <source>Image (cannot carry a digital signature)</source>
      <translation>Tệp ảnh (không mang được chữ ký số)</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="26" />
      <source>Sign the file with the officer's official-duty certificate and check again.</source>
      <translation>Ký số tệp bằng chứng thư chuyên dùng công vụ của cán bộ rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="27" />
      <source>The file was edited after it was signed: sign the final file again.</source>
      <translation>Tệp đã bị sửa sau khi ký: ký lại bản cuối cùng.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="28" />
      <source>Sign again with a certificate that is valid on the day of signing.</source>
      <translation>Ký lại bằng chứng thư còn hiệu lực vào ngày ký.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="29" />
      <source>Sign again with the official-duty certificate (Ban Cơ yếu Chính phủ).</source>
      <translation>Ký lại bằng chứng thư chuyên dùng công vụ (Ban Cơ yếu Chính phủ).</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="30" />
      <source>Import the Ban Cơ yếu root and issuing CA (Nhập chứng thư CA…) and check again.</source>
      <translation>Nhập chứng thư CA gốc và CA cấp của Ban Cơ yếu (Nhập chứng thư CA…) rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="31" />
      <source>Import the signer's certificate in Chữ ký số and assign it to the officer.</source>
      <translation>Nhập chứng thư của người ký ở mục Chữ ký số và gán cho cán bộ.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="32" />
      <source>Link the signed PDF of the record instead.</source>
      <translation>Hãy liên kết tệp PDF đã ký số của hồ sơ.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="33" />
      <source>Scan or export the PDF again.</source>
      <translation>Quét hoặc xuất lại tệp PDF.</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="36" />
      <source>File present</source>
      <translation>Có tệp</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="36" />
      <source>File missing</source>
      <translation>Không tìm thấy tệp</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="37" />
      <source>Changed since linked</source>
      <translation>Đã thay đổi từ khi liên kết</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="38" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="38" />
      <source>Image</source>
      <translation>Ảnh</translation>
    </message>
    <message>
      <location filename="../../core/evidence/verdicts.py" line="38" />
      <source>Other file</source>
      <translation>Tệp khác</translation>
    </message>
    <message>
      <location filename="../../core/hub/catalogue.py" line="37" />
      <source>This id belongs to a row of a commune, not to a published one.</source>
      <translation>Mã này thuộc về một dòng của xã, không phải dòng tỉnh đã công bố.</translation>
    </message>
    <message>
      <location filename="../../core/hub/catalogue.py" line="62" />
      <location filename="../../core/province/client.py" line="262" />
      <location filename="../../desktop/ui/province/catalogue.py" line="199" />
      <source>Enter the title of the course and its topic.</source>
      <translation>Nhập tên khóa học và chủ đề của khóa học.</translation>
    </message>
    <message>
      <location filename="../../core/hub/catalogue.py" line="64" />
      <source>The hours of a course are between 0 and 1000.</source>
      <translation>Số giờ của khóa học phải từ 0 đến 1000.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="37" />
      <location filename="../../core/hub/enrolment.py" line="78" />
      <source>The commune code {code} is not valid (5 digits).</source>
      <translation>Mã xã {code} không hợp lệ (phải gồm 5 chữ số).</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="82" />
      <location filename="../../cli/demo.py" line="40" />
      <source>{code} is not the code of a commune or ward in the official list (5 digits, e.g. 06385). Check the code and try again.</source>
      <translation>{code} không phải là mã của một xã, phường trong danh sách chính thức (5 chữ số, ví dụ 06385). Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="110" />
      <location filename="../../core/sync/service.py" line="117" />
      <source>The enrolment data is not valid.</source>
      <translation>Thông tin đăng ký không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="122" />
      <source>The enrolment code is wrong, already used or expired. Ask the province for a new code.</source>
      <translation>Mã đăng ký không đúng, đã được sử dụng hoặc đã hết hạn. Đề nghị tỉnh cấp mã mới.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="126" />
      <source>This enrolment code is for commune {code}. A province computer needs a province viewer code (xaso-hub enrol --province).</source>
      <translation>Mã đăng ký này dành cho xã, phường {code}. Máy của tỉnh cần mã đăng ký máy xem số liệu toàn tỉnh (xaso-hub enrol --province).</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="130" />
      <source>This enrolment code is for commune {code}, not for this commune.</source>
      <translation>Mã đăng ký này dành cho xã {code}, không phải cho xã này.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="133" />
      <source>This computer is already enrolled (or was revoked). Ask the province to check it.</source>
      <translation>Máy này đã được đăng ký (hoặc đã bị thu hồi). Đề nghị tỉnh kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="149" />
      <location filename="../../core/hub/enrolment.py" line="153" />
      <location filename="../../core/sync/service.py" line="163" />
      <source>No enrolled computer has the id {peer}.</source>
      <translation>Không có máy đã đăng ký nào có mã {peer}.</translation>
    </message>
    <message>
      <location filename="../../core/hub/enrolment.py" line="92" />
      <source>{code} ({name}) is a commune of {other}, not of {province}, the province of this server. Check the code and try again.</source>
      <translation>{code} ({name}) là xã, phường của {other}, không thuộc {province} là tỉnh của máy chủ này. Hãy kiểm tra lại mã.</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="80" />
      <source>usage: </source>
      <translation>cách dùng: </translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="80" />
      <source>positional arguments</source>
      <translation>tham số bắt buộc</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="80" />
      <source>options</source>
      <translation>tùy chọn</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="80" />
      <source>show this help message and exit</source>
      <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="81" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="81" />
      <source>the following arguments are required: %s</source>
      <translation>thiếu tham số bắt buộc: %s</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="82" />
      <source>unrecognized arguments: %s</source>
      <translation>tham số không hợp lệ: %s</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="82" />
      <source>expected one argument</source>
      <translation>cần một giá trị</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="83" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="84" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="85" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>giá trị không hợp lệ: %(value)r</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="85" />
      <source>not allowed with argument %s</source>
      <translation>không dùng được cùng tham số %s</translation>
    </message>
    <message>
      <location filename="../../core/i18n.py" line="73" />
      <source>Something unexpected went wrong. Your saved data is safe. If it happens again, send the log file from the data folder (logs) to the province help desk.</source>
      <translation>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn. Nếu lỗi lặp lại, hãy gửi tệp nhật ký trong thư mục dữ liệu (logs) cho bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/check.py" line="23" />
      <source>Fixed number</source>
      <translation>Số lượng cố định</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/check.py" line="23" />
      <source>One per signer</source>
      <translation>Mỗi người ký một bộ</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/check.py" line="156" />
      <source>This checklist line no longer exists.</source>
      <translation>Dòng yêu cầu này không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/check.py" line="159" />
      <source>The quantity must be between 0 and 1000.</source>
      <translation>Số lượng phải từ 0 đến 1000.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/check.py" line="163" />
      <source>The unit price must be between 0 and 2.000.000.000 đồng.</source>
      <translation>Đơn giá phải từ 0 đến 2.000.000.000 đồng.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="24" />
      <source>Desktop PC</source>
      <translation>Máy tính để bàn</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="25" />
      <source>Laptop</source>
      <translation>Máy tính xách tay</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="26" />
      <source>Scanner</source>
      <translation>Máy quét</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="27" />
      <source>Printer</source>
      <translation>Máy in</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="28" />
      <source>Signing token reader</source>
      <translation>Đầu đọc thiết bị ký số (token)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="29" />
      <source>Network device / line</source>
      <translation>Thiết bị mạng, đường truyền</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="30" />
      <source>UPS</source>
      <translation>Bộ lưu điện (UPS)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="31" />
      <source>Kiosk / queue machine</source>
      <translation>Kiosk, máy lấy số thứ tự</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="32" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="33" />
      <source>Other device</source>
      <translation>Thiết bị khác</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="41" />
      <source>One-stop centre</source>
      <translation>Bộ phận một cửa</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="42" />
      <source>Office</source>
      <translation>Văn phòng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="43" />
      <source>Server room</source>
      <translation>Phòng máy chủ</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="44" />
      <source>Elsewhere</source>
      <translation>Nơi khác</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="48" />
      <location filename="../../core/infrastructure/export.py" line="84" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="79" />
      <source>Faulty</source>
      <translation>Hỏng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="49" />
      <source>Awaiting repair</source>
      <translation>Chờ sửa chữa</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="50" />
      <source>Retired</source>
      <translation>Đã thanh lý</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="36" />
      <source>Flatbed</source>
      <translation>Mặt phẳng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="36" />
      <source>Automatic document feeder (ADF)</source>
      <translation>Nạp giấy tự động (ADF)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="37" />
      <source>Main internet line</source>
      <translation>Đường truyền Internet chính</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="37" />
      <source>Backup internet line</source>
      <translation>Đường truyền Internet dự phòng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="38" />
      <source>Router / firewall</source>
      <translation>Bộ định tuyến, tường lửa</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="38" />
      <source>Switch</source>
      <translation>Bộ chuyển mạch (switch)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="38" />
      <source>Wi-Fi</source>
      <translation>Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="54" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="102" />
      <source>(none)</source>
      <translation>(không có)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="60" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="147" />
      <source>This device no longer exists (deleted on this or another PC).</source>
      <translation>Thiết bị này không còn tồn tại (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="97" />
      <location filename="../../core/infrastructure/equipment.py" line="95" />
      <location filename="../../core/infrastructure/teams.py" line="43" />
      <source>Choose a value from the list.</source>
      <translation>Hãy chọn một giá trị trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="99" />
      <source>Enter the make and model (e.g. Dell OptiPlex 3080).</source>
      <translation>Nhập hãng và model (ví dụ Dell OptiPlex 3080).</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="103" />
      <source>The year of purchase must be between 1990 and {year}.</source>
      <translation>Năm mua phải từ 1990 đến {year}.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="106" />
      <source>Pages per minute must be between 1 and 500.</source>
      <translation>Tốc độ quét phải từ 1 đến 500 trang/phút.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/equipment.py" line="131" />
      <source>Asset code {code} is already used by another device.</source>
      <translation>Mã tài sản {code} đã được dùng cho thiết bị khác.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="26" />
      <location filename="../../core/labels.py" line="86" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="78" />
      <source>Asset code</source>
      <translation>Mã tài sản</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="26" />
      <location filename="../../core/labels.py" line="110" />
      <location filename="../../core/labels.py" line="112" />
      <source>Device type</source>
      <translation>Loại thiết bị</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="26" />
      <location filename="../../core/labels.py" line="86" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="76" />
      <source>Subtype</source>
      <translation>Phân loại</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="26" />
      <location filename="../../core/labels.py" line="86" />
      <location filename="../../desktop/ui/infrastructure/import_dialog.py" line="35" />
      <source>Make, model</source>
      <translation>Hãng, model</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="27" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="79" />
      <source>Year of purchase</source>
      <translation>Năm mua</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="27" />
      <location filename="../../core/labels.py" line="87" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="80" />
      <source>Location</source>
      <translation>Vị trí</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="27" />
      <location filename="../../core/labels.py" line="88" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="82" />
      <source>Condition</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="28" />
      <location filename="../../core/labels.py" line="89" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="83" />
      <source>Operating system</source>
      <translation>Hệ điều hành</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="28" />
      <location filename="../../core/labels.py" line="89" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="85" />
      <source>Pages per minute</source>
      <translation>Tốc độ quét (trang/phút)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="28" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="86" />
      <location filename="../../desktop/ui/infrastructure/models.py" line="55" />
      <source>Warranty until</source>
      <translation>Hết bảo hành</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="29" />
      <location filename="../../core/labels.py" line="43" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="110" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="81" />
      <location filename="../../core/labels.py" line="28" />
      <location filename="../../desktop/ui/infrastructure/page.py" line="25" />
      <source>Equipment</source>
      <translation>Thiết bị</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="83" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="186" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="209" />
      <source>Requirements check</source>
      <translation>Đối chiếu yêu cầu</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="52" />
      <source>Estimate</source>
      <translation>Dự toán</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="53" />
      <source>ESTIMATE OF IT EQUIPMENT TO BUY</source>
      <translation>DỰ TOÁN MUA SẮM TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="57" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="80" />
      <source>Item</source>
      <translation>Hạng mục</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="57" />
      <location filename="../../core/labels.py" line="90" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="80" />
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="57" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="80" />
      <source>Unit price (đồng)</source>
      <translation>Đơn giá (đồng)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="58" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="81" />
      <source>Amount (đồng)</source>
      <translation>Thành tiền (đồng)</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="47" />
      <source>Met</source>
      <translation>Đạt</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="47" />
      <location filename="../../core/infrastructure/export.py" line="85" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="79" />
      <source>Missing</source>
      <translation>Còn thiếu</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="55" />
      <source>Drawn up on {date}</source>
      <translation>Lập ngày {date}</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="84" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="78" />
      <source>Requirement</source>
      <translation>Yêu cầu</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="84" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="78" />
      <source>Needed</source>
      <translation>Cần có</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="84" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="78" />
      <source>Usable</source>
      <translation>Dùng được</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="84" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="79" />
      <source>Out of support</source>
      <translation>Hết hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/export.py" line="85" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="48" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="52" />
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="46" />
      <source>No equipment list was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with an asset code column (Mã tài sản) and a device type column (Loại thiết bị). Check that you chose the right file.</source>
      <translation>Không tìm thấy danh mục thiết bị trong tệp {file} (đã tìm trong các trang: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề nào có cột mã tài sản (Mã tài sản) và cột loại thiết bị (Loại thiết bị). Vui lòng kiểm tra lại tệp đã chọn.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="144" />
      <source>Row {row}: {value} in column {column} is not understood.</source>
      <translation>Dòng {row}: không hiểu giá trị {value} ở cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="175" />
      <source>Row {row}: {value} in column {column} is not an officer of the registry (or several officers have this name). Add the officer first or correct the name.</source>
      <translation>Dòng {row}: {value} ở cột {column} không có trong danh sách cán bộ (hoặc có nhiều cán bộ trùng tên). Hãy thêm cán bộ trước hoặc sửa lại họ tên.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="280" />
      <source>The equipment register changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation>Danh mục thiết bị đã thay đổi trong khi đang kiểm tra tệp nhập; chưa nhập dữ liệu nào. Vui lòng xem trước tệp lại.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="155" />
      <source>Row {row}: {value} in column {column} is not a number.</source>
      <translation>Dòng {row}: {value} ở cột {column} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="168" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy, for example 31/12/2027.</source>
      <translation>Dòng {row}: {value} ở cột {column} không phải ngày hợp lệ. Ghi theo dạng dd/mm/yyyy, ví dụ 31/12/2027.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="214" />
      <source>Row {row}: the asset code is missing. Every device needs its own code in column {column}.</source>
      <translation>Dòng {row}: thiếu mã tài sản. Mỗi thiết bị cần có mã riêng ở cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="222" />
      <source>Row {row}: the device type is missing in column {column}.</source>
      <translation>Dòng {row}: thiếu loại thiết bị ở cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="267" />
      <source>The list in {file} has a header but no device rows below it.</source>
      <translation>Danh mục trong tệp {file} có dòng tiêu đề nhưng không có dòng thiết bị nào bên dưới.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/import_equipment.py" line="259" />
      <source>Row {row}: asset code {value} is already used in row {first_row}. Each device may appear only once.</source>
      <translation>Dòng {row}: mã tài sản {value} đã dùng ở dòng {first_row}. Mỗi thiết bị chỉ được ghi một lần.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="20" />
      <source>Community digital technology team</source>
      <translation>Tổ công nghệ số cộng đồng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="21" />
      <source>Technology rapid-response team</source>
      <translation>Tổ ứng cứu công nghệ và nghiệp vụ</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="23" />
      <source>Team leader</source>
      <translation>Tổ trưởng</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="23" />
      <source>Deputy leader</source>
      <translation>Tổ phó</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="24" />
      <source>Member</source>
      <translation>Thành viên</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="49" />
      <source>This entry no longer exists (deleted on this or another PC).</source>
      <translation>Mục này không còn tồn tại (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="41" />
      <source>Enter the team's name.</source>
      <translation>Nhập tên tổ.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="126" />
      <source>Enter the member's full name or choose an officer.</source>
      <translation>Nhập họ tên thành viên hoặc chọn một cán bộ.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="177" />
      <source>Enter the date (dd/mm/yyyy).</source>
      <translation>Nhập ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="180" />
      <source>Describe the help that was given.</source>
      <translation>Ghi nội dung đã hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="182" />
      <source>The number of people helped must be between 0 and 100.000.</source>
      <translation>Số người được hỗ trợ phải từ 0 đến 100.000.</translation>
    </message>
    <message>
      <location filename="../../core/infrastructure/teams.py" line="133" />
      <source>The phone number must have 10 digits and start with 0.</source>
      <translation>Số điện thoại phải có 10 chữ số và bắt đầu bằng 0.</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="125" />
      <source>(changed, not shown)</source>
      <translation>(đã đổi, không hiển thị)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="21" />
      <source>Account</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="21" />
      <location filename="../../core/labels.py" line="113" />
      <location filename="../../desktop/ui/admin/page.py" line="62" />
      <source>Commune</source>
      <translation>Xã, phường</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="22" />
      <location filename="../../core/labels.py" line="62" />
      <source>Certificate</source>
      <translation>Chứng thư số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="22" />
      <source>Certificate request</source>
      <translation>Yêu cầu chứng thư số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="23" />
      <source>Certificate authority</source>
      <translation>Tổ chức cung cấp dịch vụ chứng thực</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="23" />
      <source>Support request</source>
      <translation>Yêu cầu hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="24" />
      <location filename="../../core/labels.py" line="53" />
      <location filename="../../core/training/coverage.py" line="220" />
      <source>Course</source>
      <translation>Khóa học</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="24" />
      <location filename="../../core/labels.py" line="53" />
      <source>Training session</source>
      <translation>Buổi học</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="25" />
      <location filename="../../core/labels.py" line="112" />
      <location filename="../../desktop/ui/training/attendance.py" line="81" />
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="25" />
      <source>Course result</source>
      <translation>Kết quả khóa học</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="26" />
      <location filename="../../core/labels.py" line="59" />
      <source>Backlog lot</source>
      <translation>Lô hồ sơ tồn</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="26" />
      <location filename="../../core/labels.py" line="96" />
      <source>Backlog record</source>
      <translation>Hồ sơ tồn</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="27" />
      <location filename="../../core/labels.py" line="64" />
      <source>Steps marked together</source>
      <translation>Lượt cập nhật hàng loạt</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="27" />
      <source>Digitization target</source>
      <translation>Chỉ tiêu số hóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="28" />
      <source>Procedure dossier</source>
      <translation>Hồ sơ thủ tục hành chính</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="29" />
      <source>Equipment requirement</source>
      <translation>Yêu cầu về thiết bị</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="29" />
      <source>Digital technology team</source>
      <translation>Tổ công nghệ số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="30" />
      <source>Team member</source>
      <translation>Thành viên tổ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="30" />
      <source>Team activity</source>
      <translation>Hoạt động của tổ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="31" />
      <source>Report note</source>
      <translation>Ghi chú báo cáo</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="31" />
      <source>Issued report</source>
      <translation>Báo cáo đã ban hành</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="32" />
      <source>Conflict resolution</source>
      <translation>Xử lý xung đột</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="32" />
      <source>Record file</source>
      <translation>Tệp số hóa của hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="33" />
      <source>Change log</source>
      <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="40" />
      <location filename="../../core/training/coverage.py" line="219" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="26" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="40" />
      <location filename="../../core/training/coverage.py" line="219" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="52" />
      <source>CCCD number</source>
      <translation>Số CCCD</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="40" />
      <location filename="../../core/training/coverage.py" line="219" />
      <location filename="../../desktop/ui/officers/dialog.py" line="80" />
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="41" />
      <location filename="../../desktop/ui/officers/dialog.py" line="81" />
      <location filename="../../desktop/ui/officers/models.py" line="24" />
      <source>Gender</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="41" />
      <location filename="../../core/training/coverage.py" line="220" />
      <location filename="../../desktop/ui/officers/dialog.py" line="82" />
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="42" />
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="71" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="85" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="42" />
      <source>Email</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="42" />
      <location filename="../../desktop/ui/officers/models.py" line="29" />
      <location filename="../../desktop/ui/officers/page.py" line="30" />
      <source>Working</source>
      <translation>Đang công tác</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="43" />
      <source>Digital signer</source>
      <translation>Người ký số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="43" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="26" />
      <location filename="../../desktop/ui/admin/dialogs.py" line="93" />
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="44" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="26" />
      <location filename="../../desktop/ui/admin/dialogs.py" line="90" />
      <source>User name</source>
      <translation>Tên đăng nhập</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="44" />
      <source>Locked</source>
      <translation>Bị khóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="45" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="165" />
      <source>Title</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="46" />
      <location filename="../../desktop/ui/admin/dialogs.py" line="129" />
      <location filename="../../desktop/ui/admin/login.py" line="59" />
      <source>Password</source>
      <translation>Mật khẩu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="50" />
      <location filename="../../desktop/ui/training/courses.py" line="78" />
      <location filename="../../desktop/ui/training/dialogs.py" line="130" />
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="51" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="40" />
      <location filename="../../desktop/ui/training/models.py" line="33" />
      <source>Completed</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="51" />
      <location filename="../../core/training/coverage.py" line="221" />
      <location filename="../../desktop/ui/training/results.py" line="64" />
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="52" />
      <source>Locked until</source>
      <translation>Khóa đến</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="52" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="26" />
      <source>Last sign-in</source>
      <translation>Lần đăng nhập gần nhất</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="53" />
      <location filename="../../desktop/ui/training/courses.py" line="78" />
      <location filename="../../desktop/ui/training/dialogs.py" line="131" />
      <source>Trainer</source>
      <translation>Giảng viên</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="54" />
      <source>Step</source>
      <translation>Bước</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="54" />
      <source>Done on</source>
      <translation>Ngày thực hiện</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="54" />
      <source>Number of records</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="55" />
      <source>Undoes</source>
      <translation>Hoàn tác lượt</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="55" />
      <source>Undone by</source>
      <translation>Đã hoàn tác bởi lượt</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="56" />
      <location filename="../../core/labels.py" line="82" />
      <source>Administrative field</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="56" />
      <source>Kind of record</source>
      <translation>Loại hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="57" />
      <source>From year</source>
      <translation>Từ năm</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="57" />
      <source>To year</source>
      <translation>Đến năm</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="58" />
      <source>Digitized before</source>
      <translation>Đã số hóa trước đó</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="59" />
      <source>Record number</source>
      <translation>Số thứ tự hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="60" />
      <source>Last step at</source>
      <translation>Thời điểm bước gần nhất</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="60" />
      <source>Digitized by</source>
      <translation>Người số hóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="60" />
      <source>Digitized at</source>
      <translation>Thời điểm số hóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="61" />
      <source>Checked by</source>
      <translation>Người kiểm tra</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="61" />
      <location filename="../../core/labels.py" line="98" />
      <source>Checked at</source>
      <translation>Thời điểm kiểm tra</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="61" />
      <location filename="../../desktop/ui/province/report.py" line="106" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="44" />
      <source>Signed by</source>
      <translation>Người ký</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="62" />
      <source>Signed at</source>
      <translation>Thời điểm ký số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="62" />
      <source>Stored by</source>
      <translation>Người lưu kho</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="63" />
      <source>Stored at</source>
      <translation>Thời điểm lưu kho</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="63" />
      <source>Reason for rejection</source>
      <translation>Lý do từ chối</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="64" />
      <source>Previous status</source>
      <translation>Trạng thái trước</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="65" />
      <source>Fingerprint</source>
      <translation>Dấu vân tay (SHA-256)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="65" />
      <source>Name on the certificate</source>
      <translation>Tên trên chứng thư</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="67" />
      <source>Official-duty CA</source>
      <translation>CA chuyên dùng công vụ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="67" />
      <source>Certificate issued</source>
      <translation>Chứng thư được cấp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="68" />
      <source>Agency</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="68" />
      <source>Key carrier</source>
      <translation>Thiết bị lưu khóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="68" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="102" />
      <source>Serial number</source>
      <translation>Số hiệu (serial)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="69" />
      <source>Locality</source>
      <translation>Địa phương</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="69" />
      <source>UID on the certificate</source>
      <translation>Mã định danh (UID) trên chứng thư</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="70" />
      <source>Serial number of the holder</source>
      <translation>Số định danh của người sở hữu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="71" />
      <source>Issuer organisation</source>
      <translation>Tổ chức của đơn vị cấp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="72" />
      <source>Key usage</source>
      <translation>Mục đích sử dụng khóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="72" />
      <source>Why this kind</source>
      <translation>Lý do phân loại</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="73" />
      <source>Signature checked</source>
      <translation>Đã kiểm tra chữ ký</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="74" />
      <source>Matching problem</source>
      <translation>Vấn đề khi gán cán bộ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="74" />
      <source>Replaced by</source>
      <translation>Được thay bằng</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="75" />
      <source>File name</source>
      <translation>Tên tệp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="75" />
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="75" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="76" />
      <source>Province code</source>
      <translation>Mã tỉnh</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="76" />
      <location filename="../../desktop/ui/admin/page.py" line="65" />
      <location filename="../../desktop/ui/first_run.py" line="101" />
      <source>Province</source>
      <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="77" />
      <location filename="../../desktop/ui/training/dialogs.py" line="60" />
      <location filename="../../desktop/ui/training/models.py" line="27" />
      <source>Provider</source>
      <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="77" />
      <location filename="../../desktop/ui/province/catalogue.py" line="125" />
      <location filename="../../desktop/ui/province/catalogue.py" line="80" />
      <source>Topic</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="77" />
      <location filename="../../desktop/ui/training/dialogs.py" line="62" />
      <location filename="../../desktop/ui/training/models.py" line="28" />
      <source>Mode</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="77" />
      <location filename="../../desktop/ui/training/models.py" line="30" />
      <location filename="../../desktop/ui/training/models.py" line="30" />
      <source>Required</source>
      <translation>Bắt buộc</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="78" />
      <source>Start date</source>
      <translation>Ngày bắt đầu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="78" />
      <source>End date</source>
      <translation>Ngày kết thúc</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="78" />
      <source>Teaching materials</source>
      <translation>Tài liệu học tập</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="79" />
      <location filename="../../desktop/ui/training/dialogs.py" line="66" />
      <source>Pass mark</source>
      <translation>Điểm đạt</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="79" />
      <source>Origin</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="79" />
      <source>Completed on</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="80" />
      <source>Certificate number</source>
      <translation>Số chứng nhận</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="80" />
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="32" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="83" />
      <source>Area</source>
      <translation>Địa bàn</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="81" />
      <source>Established on</source>
      <translation>Ngày thành lập</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="81" />
      <source>Percent</source>
      <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="81" />
      <location filename="../../desktop/ui/province/catalogue.py" line="114" />
      <location filename="../../desktop/ui/province/catalogue.py" line="67" />
      <source>Due date</source>
      <translation>Thời hạn</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="82" />
      <source>Procedure code</source>
      <translation>Mã thủ tục hành chính</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="83" />
      <source>Received on</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="83" />
      <source>Finished on</source>
      <translation>Ngày kết thúc xử lý</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="83" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="32" />
      <source>Channel</source>
      <translation>Kênh thực hiện</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="84" />
      <source>Reused digitized data</source>
      <translation>Tái sử dụng dữ liệu số hóa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="85" />
      <source>Result code</source>
      <translation>Mã kết quả</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="85" />
      <source>Result stored in the data warehouse</source>
      <translation>Kết quả đã lưu vào kho dữ liệu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="87" />
      <source>Year bought</source>
      <translation>Năm mua</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="88" />
      <source>Location details</source>
      <translation>Vị trí cụ thể</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="90" />
      <source>Warranty ends</source>
      <translation>Hết bảo hành</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="90" />
      <source>Basis</source>
      <translation>Cách tính</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="91" />
      <source>Unit price</source>
      <translation>Đơn giá</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="91" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="81" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="44" />
      <source>Period</source>
      <translation>Kỳ báo cáo</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="91" />
      <location filename="../../desktop/ui/infrastructure/models.py" line="50" />
      <location filename="../../desktop/ui/reports/period_picker.py" line="33" />
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="92" />
      <source>Document type</source>
      <translation>Loại văn bản</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="92" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="43" />
      <source>Number</source>
      <translation>Số, ký hiệu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="92" />
      <source>Symbol</source>
      <translation>Ký hiệu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="93" />
      <location filename="../../desktop/ui/officers/models.py" line="28" />
      <source>Signer</source>
      <translation>Ký số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="93" />
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="51" />
      <source>Signer's title</source>
      <translation>Chức vụ người ký</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="94" />
      <location filename="../../core/labels.py" line="96" />
      <source>File fingerprint (SHA-256)</source>
      <translation>Mã băm của tệp (SHA-256)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="94" />
      <source>Figures kept</source>
      <translation>Số liệu đã lưu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="95" />
      <location filename="../../core/labels.py" line="113" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="83" />
      <source>Team</source>
      <translation>Tổ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="95" />
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="99" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="84" />
      <source>People helped</source>
      <translation>Số người được hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="96" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="53" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="53" />
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="97" />
      <source>Size (bytes)</source>
      <translation>Dung lượng (byte)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="97" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="53" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="54" />
      <source>Pages</source>
      <translation>Số trang</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="97" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="53" />
      <source>File check</source>
      <translation>Kiểm tra tệp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="98" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="54" />
      <source>Signature check</source>
      <translation>Kiểm tra chữ ký số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="99" />
      <source>Signer's certificate fingerprint</source>
      <translation>Dấu vân tay chứng thư của người ký</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="100" />
      <source>Number of signatures</source>
      <translation>Số chữ ký</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="100" />
      <source>Signatures</source>
      <translation>Các chữ ký</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="101" />
      <source>Signed file fingerprint (SHA-256)</source>
      <translation>Dấu vân tay tệp đã ký số (SHA-256)</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="105" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="31" />
      <source>Dossier code</source>
      <translation>Mã hồ sơ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="105" />
      <location filename="../../core/province/client.py" line="180" />
      <location filename="../../desktop/ui/province/models.py" line="16" />
      <source>Commune code</source>
      <translation>Mã xã</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="106" />
      <source>Requirement code</source>
      <translation>Mã yêu cầu</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="107" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="79" />
      <source>Applies</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="107" />
      <source>Order</source>
      <translation>Thứ tự</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="108" />
      <source>Role in the team</source>
      <translation>Vai trò trong tổ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="108" />
      <location filename="../../core/labels.py" line="109" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="80" />
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="109" />
      <source>Text</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="110" />
      <source>Certificate type</source>
      <translation>Loại chứng thư</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="111" />
      <source>Team type</source>
      <translation>Loại tổ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="114" />
      <source>Records moved to</source>
      <translation>Chuyển hồ sơ sang</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="115" />
      <location filename="../../desktop/ui/sync/models.py" line="64" />
      <source>Record id</source>
      <translation>Mã bản ghi</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="116" />
      <source>Version kept</source>
      <translation>Phiên bản được giữ</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="117" />
      <source>Resolution</source>
      <translation>Cách xử lý</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="117" />
      <source>File type</source>
      <translation>Loại tệp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="118" />
      <source>Signed digitally by</source>
      <translation>Người ký số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="120" />
      <source>Event</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="120" />
      <source>Altered from change</source>
      <translation>Bị sửa từ thay đổi số</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="121" />
      <source>Changes chained again</source>
      <translation>Số thay đổi được nối lại</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="122" />
      <source>Copy of the altered data</source>
      <translation>Bản sao dữ liệu bị sửa</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="124" />
      <location filename="../../core/training/courses.py" line="35" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="20" />
      <source>In person</source>
      <translation>Trực tiếp</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="124" />
      <location filename="../../core/training/courses.py" line="35" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="20" />
      <source>Online</source>
      <translation>Trực tuyến</translation>
    </message>
    <message>
      <location filename="../../core/labels.py" line="124" />
      <source>By public postal service</source>
      <translation>Qua bưu chính công ích</translation>
    </message>
    <message>
      <location filename="../../core/officers/departments.py" line="92" />
      <source>Enter the name the departments are merged into.</source>
      <translation>Hãy nhập tên bộ phận sau khi gộp.</translation>
    </message>
    <message>
      <location filename="../../core/officers/departments.py" line="94" />
      <source>Choose at least two departments to merge, or a new name.</source>
      <translation>Hãy chọn ít nhất hai bộ phận để gộp, hoặc nhập một tên mới.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="60" />
      <source>No officer list was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with a name column (Họ và tên) and a CCCD column (Số CCCD). Check that you chose the right file, or add these two headers above the list.</source>
      <translation>Không tìm thấy danh sách cán bộ trong tệp {file} (các trang đã xem: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề gồm cột họ tên (Họ và tên) và cột CCCD (Số CCCD). Hãy kiểm tra đã chọn đúng tệp, hoặc thêm hai tiêu đề này phía trên danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="164" />
      <source>Row {row}: gender {value} in column {column} is not understood. Write Nam or Nữ, or leave the cell empty.</source>
      <translation>Dòng {row}: giới tính «{value}» ở cột {column} không hợp lệ. Hãy ghi Nam hoặc Nữ, hoặc để trống.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="177" />
      <source>Row {row}: {value} in column {column} is not understood. Write x (or Có) for an officer who signs digitally, otherwise leave it empty.</source>
      <translation>Dòng {row}: giá trị «{value}» ở cột {column} không hợp lệ. Ghi x (hoặc Có) nếu cán bộ ký số, nếu không thì để trống.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="186" />
      <source>Row {row}: {value} in column {column} is an old 9-digit CMND number. Enter the officer's 12-digit CCCD number instead.</source>
      <translation>Dòng {row}: «{value}» ở cột {column} là số CMND cũ 9 chữ số. Hãy nhập số CCCD 12 chữ số của cán bộ.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="207" />
      <source>Row {row}: the CCCD number of {name} is missing. Enter the officer's 12-digit CCCD number in column {column}.</source>
      <translation>Dòng {row}: thiếu số CCCD của {name}. Hãy nhập số CCCD 12 chữ số vào cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="211" />
      <source>Row {row}: the full name for CCCD {value} is missing. Enter the officer's name in column {column}.</source>
      <translation>Dòng {row}: thiếu họ tên của người có CCCD {value}. Hãy nhập họ tên vào cột {column}.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="215" />
      <source>Row {row} has data but neither a name nor a CCCD number. Fill them in, or delete the row.</source>
      <translation>Dòng {row} có dữ liệu nhưng không có họ tên và số CCCD. Hãy điền vào, hoặc xóa dòng này.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="254" />
      <source>Row {row}: department “{value}” is taken as the existing “{department}”.</source>
      <translation>Dòng {row}: bộ phận «{value}» được hiểu là bộ phận đã có «{department}».</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="354" />
      <source>The officer list changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation>Danh sách cán bộ đã thay đổi trong lúc kiểm tra tệp; chưa nhập gì. Hãy xem trước tệp lại.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="154" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy, for example 15/03/1980.</source>
      <translation>Dòng {row}: «{value}» ở cột {column} không phải ngày hợp lệ. Hãy ghi theo dạng dd/mm/yyyy, ví dụ 15/03/1980.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="233" />
      <source>Row {row}, column {column}: {problem}</source>
      <translation>Dòng {row}, cột {column}: {problem}</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="283" />
      <source>Choose the column that holds the officers' full names.</source>
      <translation>Hãy chọn cột chứa họ tên cán bộ.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="286" />
      <source>Choose the column that holds the CCCD numbers.</source>
      <translation>Hãy chọn cột chứa số CCCD.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="318" />
      <source>Row {row}: CCCD {value} is already used in row {first_row}. Each officer may appear only once: correct or delete one of the two rows.</source>
      <translation>Dòng {row}: CCCD {value} đã có ở dòng {first_row}. Mỗi cán bộ chỉ được có một dòng: hãy sửa hoặc xóa một trong hai dòng.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="340" />
      <source>The list in {file} has a header but no officer rows below it.</source>
      <translation>Danh sách trong tệp {file} có dòng tiêu đề nhưng không có dòng cán bộ nào bên dưới.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="151" />
      <source>Row {row}: the date {value} in column {column} does not exist: check the day and the month.</source>
      <translation>Dòng {row}: ngày {value} ở cột {column} không có thật: hãy xem lại ngày và tháng.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="295" />
      <source>The column chosen for {label} is not in the table. Choose another column.</source>
      <translation>Cột đã chọn cho «{label}» không có trong bảng. Hãy chọn cột khác.</translation>
    </message>
    <message>
      <location filename="../../core/officers/import_xlsx.py" line="299" />
      <source>Column {column} is chosen both for {first} and for {second}. A column can fill only one field.</source>
      <translation>Cột {column} đang được chọn cho cả «{first}» và «{second}». Mỗi cột chỉ dùng cho một mục.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="139" />
      <source>The date of birth must be written as dd/mm/yyyy, e.g. 05/03/1985.</source>
      <translation>Ngày sinh phải ghi theo dạng dd/mm/yyyy, ví dụ 05/03/1985.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="137" />
      <source>The date of birth {value} does not exist: check the day and the month.</source>
      <translation>Ngày sinh {value} không có thật: hãy xem lại ngày và tháng.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="167" />
      <location filename="../../core/officers/registry.py" line="203" />
      <source>CCCD {cccd} already belongs to {name}.</source>
      <translation>Số CCCD {cccd} đã là của {name}.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="97" />
      <source>Enter the officer's full name.</source>
      <translation>Hãy nhập họ và tên cán bộ.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="104" />
      <source>Enter the citizen ID (CCCD) number.</source>
      <translation>Hãy nhập số căn cước công dân (CCCD).</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="117" />
      <source>Gender must be Nam or Nữ.</source>
      <translation>Giới tính phải là Nam hoặc Nữ.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="121" />
      <source>The phone number {value} is not valid: use 10 digits starting with 0.</source>
      <translation>Số điện thoại {value} không hợp lệ: hãy nhập 10 chữ số, bắt đầu bằng số 0.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="124" />
      <source>The e-mail address {value} is not valid.</source>
      <translation>Địa chỉ thư điện tử {value} không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="99" />
      <source>The full name is too long (at most 128 characters).</source>
      <translation>Họ tên quá dài (tối đa 128 ký tự).</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="107" />
      <source>The CCCD number must have exactly 12 digits (entered: {value}).</source>
      <translation>Số CCCD phải có đúng 12 chữ số (đã nhập: {value}).</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="114" />
      <source>The date of birth {value} is not plausible for an officer.</source>
      <translation>Ngày sinh {value} không hợp lý đối với cán bộ.</translation>
    </message>
    <message>
      <location filename="../../core/officers/registry.py" line="102" />
      <source>The full name must not contain digits.</source>
      <translation>Họ tên không được chứa chữ số.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="180" />
      <location filename="../../desktop/ui/province/models.py" line="16" />
      <source>Rank</source>
      <translation>Xếp hạng</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="180" />
      <location filename="../../desktop/ui/province/models.py" line="16" />
      <location filename="../../desktop/ui/province/moves.py" line="17" />
      <source>Commune / ward</source>
      <translation>Xã/phường</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="180" />
      <source>Backlog records</source>
      <translation>Hồ sơ tồn</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="181" />
      <location filename="../../desktop/ui/province/detail.py" line="20" />
      <location filename="../../desktop/ui/province/models.py" line="16" />
      <source>Digitized %</source>
      <translation>Số hóa %</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="181" />
      <source>Forecast date</source>
      <translation>Ngày dự báo đạt</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="181" />
      <location filename="../../desktop/ui/province/models.py" line="17" />
      <source>Signers with certificate %</source>
      <translation>Người ký số có chứng thư số (%)</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="182" />
      <location filename="../../desktop/ui/province/models.py" line="17" />
      <source>Expiring soon</source>
      <translation>Sắp hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="182" />
      <location filename="../../desktop/ui/province/models.py" line="18" />
      <source>Training %</source>
      <translation>Bồi dưỡng %</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="182" />
      <location filename="../../desktop/ui/province/models.py" line="18" />
      <source>Last sync</source>
      <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="154" />
      <location filename="../../desktop/ui/main_window.py" line="67" />
      <location filename="../../desktop/ui/province/page.py" line="43" />
      <source>Whole province</source>
      <translation>Toàn tỉnh</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="47" />
      <location filename="../../desktop/ui/province/page.py" line="151" />
      <source>This computer is not connected to the province server yet. Press "Connect to the province server…" and type the server address and the province viewer code.</source>
      <translation>Máy này chưa kết nối máy chủ tỉnh. Bấm "Kết nối máy chủ tỉnh…" rồi gõ địa chỉ máy chủ và mã đăng ký máy xem số liệu toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="215" />
      <location filename="../../core/reports/register.py" line="91" />
      <source>Enter the issuing body.</source>
      <translation>Nhập tên cơ quan ban hành.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="217" />
      <location filename="../../core/reports/register.py" line="89" />
      <source>Enter the place name for the date line.</source>
      <translation>Nhập địa danh ghi ở dòng ngày tháng.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="321" />
      <source>The province server did not apply {file}: it lacks changes this commune sent earlier (it was restored from an earlier copy). The return file {reply} was written beside it: import it on the commune's computer, and the next file it makes sends again what is missing.</source>
      <translation>Máy chủ tỉnh chưa nhập tệp {file}: máy chủ thiếu những thay đổi xã đã gửi trước đó (máy chủ đã được khôi phục từ một bản sao cũ hơn). Tệp trả về {reply} đã được ghi bên cạnh: hãy nhập tệp này trên máy tính của xã, tệp tiếp theo xã tạo sẽ gửi lại những gì còn thiếu.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="317" />
      <location filename="../../core/sync/usb.py" line="53" />
      <source>Cannot write to {folder}: it is read-only or full.</source>
      <translation>Không ghi được vào {folder}: thư mục chỉ cho phép đọc hoặc đã đầy.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="68" />
      <source>The province server does not know this computer as a province viewer. Ask the province for a province viewer code.</source>
      <translation>Máy chủ tỉnh không ghi nhận máy này là máy xem số liệu toàn tỉnh. Đề nghị tỉnh cấp mã đăng ký máy xem số liệu toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="71" />
      <source>The province server has no data of this commune yet.</source>
      <translation>Máy chủ tỉnh chưa có số liệu của xã này.</translation>
    </message>
    <message>
      <location filename="../../core/province/client.py" line="155" />
      <location filename="../../desktop/ui/province/detail.py" line="90" />
      <source>Figures as of {time}</source>
      <translation>Số liệu lúc {time}</translation>
    </message>
    <message>
      <location filename="../../core/province/figures.py" line="140" />
      <location filename="../../desktop/ui/province/moves.py" line="43" />
      <source>not counted</source>
      <translation>không tính</translation>
    </message>
    <message>
      <location filename="../../core/province/figures.py" line="139" />
      <source>counted in {commune}</source>
      <translation>tính ở {commune}</translation>
    </message>
    <message>
      <location filename="../../core/province/figures.py" line="132" />
      <source>joined {commune} on {date}</source>
      <translation>về {commune} ngày {date}</translation>
    </message>
    <message>
      <location filename="../../core/province/figures.py" line="135" />
      <source>left {commune} on {date}</source>
      <translation>rời {commune} ngày {date}</translation>
    </message>
    <message>
      <location filename="../../core/province/report.py" line="261" />
      <source>Enter the name of the person who signs the province report (the signer's full name under the signature).</source>
      <translation>Nhập họ và tên người ký báo cáo toàn tỉnh (họ và tên ghi dưới chữ ký).</translation>
    </message>
    <message>
      <location filename="../../core/reports/catalog.py" line="43" />
      <source>Unknown report {kind}. Choose one of: {kinds}.</source>
      <translation>Không có báo cáo {kind}. Chọn một trong: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../core/reports/catalog.py" line="29" />
      <source>Monthly report on digital transformation</source>
      <translation>Báo cáo chuyển đổi số hằng tháng</translation>
    </message>
    <message>
      <location filename="../../core/reports/catalog.py" line="31" />
      <source>Officer list</source>
      <translation>Danh sách cán bộ</translation>
    </message>
    <message>
      <location filename="../../core/reports/catalog.py" line="32" />
      <source>Certificates expiring</source>
      <translation>Chứng thư số sắp hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/reports/catalog.py" line="34" />
      <source>Training completion list</source>
      <translation>Danh sách hoàn thành bồi dưỡng</translation>
    </message>
    <message>
      <location filename="../../core/reports/catalog.py" line="36" />
      <source>Digitization progress report</source>
      <translation>Báo cáo tiến độ số hóa</translation>
    </message>
    <message>
      <location filename="../../core/reports/period.py" line="119" />
      <source>{text} is not a report period. Write a month as 2026-11, a quarter as 2026-Q4, a year as 2026 or days as 2026-01-15..2026-03-31.</source>
      <translation>{text} không phải kỳ báo cáo. Ghi tháng như 2026-11, quý như 2026-Q4, năm như 2026, hoặc khoảng ngày như 2026-01-15..2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../core/reports/period.py" line="101" />
      <source>The period ends before it starts.</source>
      <translation>Kỳ báo cáo kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../core/reports/register.py" line="93" />
      <source>Unknown signing authority {value}.</source>
      <translation>Không rõ thẩm quyền ký {value}.</translation>
    </message>
    <message>
      <location filename="../../core/reports/register.py" line="96" />
      <source>The chosen signer is not a working officer.</source>
      <translation>Người ký đã chọn không phải cán bộ đang công tác.</translation>
    </message>
    <message>
      <location filename="../../core/reports/register.py" line="191" />
      <source>This list has no one on it for the chosen period, so it cannot be issued with a number. Choose another period; the list can still be previewed, printed and exported.</source>
      <translation>Danh sách của kỳ đã chọn không có ai nên không thể ban hành và cấp số. Vui lòng chọn kỳ khác; danh sách này vẫn có thể xem trước, in và xuất ra Excel.</translation>
    </message>
    <message>
      <location filename="../../core/reports/register.py" line="237" />
      <source>This report is not in the register.</source>
      <translation>Báo cáo này không có trong sổ đăng ký.</translation>
    </message>
    <message>
      <location filename="../../core/reports/register.py" line="253" />
      <source>Report {symbol} was issued by an earlier version of Xã Số, which laid out PDF files slightly differently. This copy is rebuilt from the content kept in the register, so it is not the issued file to the byte. For the original, use the PDF file saved when it was issued.</source>
      <translation>Báo cáo số {symbol} được ban hành bằng phiên bản Xã Số trước đây, có cách trình bày tệp PDF hơi khác. Bản này được dựng lại từ nội dung lưu trong sổ đăng ký nên không trùng khớp tuyệt đối với tệp đã ban hành. Nếu cần bản gốc, hãy dùng tệp PDF đã lưu khi ban hành.</translation>
    </message>
    <message>
      <location filename="../../core/reports/register.py" line="272" />
      <source>Report {symbol} cannot be printed again identically: its stored copy does not match the hash recorded when it was issued.</source>
      <translation>Không in lại được báo cáo số {symbol} giống hệt bản đã ban hành: bản lưu không khớp với mã băm ghi khi ban hành.</translation>
    </message>
    <message>
      <location filename="../../core/reports/signer.py" line="48" />
      <source>The signer, {name}, has no valid official-duty certificate (chữ ký số chuyên dùng công vụ): the report cannot be signed digitally.</source>
      <translation>Người ký, {name}, chưa có chứng thư số chuyên dùng công vụ còn hiệu lực nên không thể ký số báo cáo.</translation>
    </message>
    <message>
      <location filename="../../core/reports/signer.py" line="32" />
      <source>No signer is chosen in the report settings: the report will have no name under the signature.</source>
      <translation>Chưa chọn người ký trong phần thiết lập báo cáo: báo cáo sẽ không có họ tên người ký.</translation>
    </message>
    <message>
      <location filename="../../core/reports/signer.py" line="44" />
      <source>The official-duty certificate of the signer, {name}, expired on {date}: the report cannot be signed digitally until it is renewed.</source>
      <translation>Chứng thư số chuyên dùng công vụ của người ký, {name}, đã hết hạn ngày {date}: không thể ký số báo cáo cho đến khi được gia hạn.</translation>
    </message>
    <message>
      <location filename="../../core/reports/xlsx.py" line="92" />
      <location filename="../../core/training/coverage.py" line="257" />
      <source>Cannot save {file}: {reason}. Close it in Excel or choose another folder.</source>
      <translation>Không lưu được tệp {file}: {reason}. Hãy đóng tệp trong Excel hoặc chọn thư mục khác.</translation>
    </message>
    <message>
      <location filename="../../core/setup.py" line="39" />
      <source>This installation is already set up.</source>
      <translation>Máy này đã được thiết lập.</translation>
    </message>
    <message>
      <location filename="../../core/setup.py" line="45" />
      <location filename="../../demo/commune.py" line="303" />
      <location filename="../../demo/commune.py" line="285" />
      <source>Choose a commune from the list.</source>
      <translation>Hãy chọn xã, phường trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/setup.py" line="74" />
      <source>Choose a province from the list.</source>
      <translation>Hãy chọn một tỉnh, thành phố trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../core/store.py" line="109" />
      <source>This installation has not been set up yet.</source>
      <translation>Máy này chưa được thiết lập.</translation>
    </message>
    <message>
      <location filename="../../core/store.py" line="184" />
      <source>The data file {path} cannot be read: {reason}.</source>
      <translation>Không đọc được tệp dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/store.py" line="64" />
      <source>Cannot create the data folder {path}: {reason}. Choose a folder you may write to.</source>
      <translation>Không tạo được thư mục dữ liệu {path}: {reason}. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
      <location filename="../../core/store.py" line="154" />
      <source>The change clashes with data already saved (a duplicate or a missing link), so nothing was saved. Check the values and try again.</source>
      <translation>Thay đổi này xung đột với dữ liệu đã lưu (bị trùng hoặc thiếu liên kết) nên chưa được lưu. Hãy kiểm tra lại thông tin rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/ack.py" line="51" />
      <source>The acknowledgement (ACK) does not come from an enrolled computer and was ignored.</source>
      <translation>Xác nhận (ACK) không đến từ máy đã đăng ký nên đã bị bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../core/sync/ack.py" line="54" />
      <source>The acknowledgement (ACK) is meant for another computer.</source>
      <translation>Xác nhận (ACK) này dành cho máy khác.</translation>
    </message>
    <message>
      <location filename="../../core/sync/ack.py" line="48" />
      <source>The acknowledgement (ACK) is damaged and was ignored.</source>
      <translation>Xác nhận (ACK) bị hỏng nên đã bị bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../core/sync/apply.py" line="50" />
      <source>Import cancelled. Import the same file again to finish: what was applied is kept.</source>
      <translation>Đã hủy việc nhập. Hãy nhập lại chính tệp đó để hoàn tất: phần đã áp dụng được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../../core/sync/apply.py" line="355" />
      <source>The import stopped: {reason}. Nothing of the unfinished part was saved; import the same file again.</source>
      <translation>Việc nhập bị dừng: {reason}. Phần chưa hoàn tất không được lưu; hãy nhập lại chính tệp đó.</translation>
    </message>
    <message>
      <location filename="../../core/sync/apply.py" line="105" />
      <source>The import was interrupted. Import the same file again: what was already applied is skipped.</source>
      <translation>Việc nhập bị gián đoạn. Hãy nhập lại chính tệp đó: phần đã áp dụng sẽ được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="196" />
      <location filename="../../core/sync/bundle.py" line="174" />
      <location filename="../../core/sync/usb.py" line="39" />
      <source>The file {file} is damaged or incomplete (not a whole bundle). Copy it again from the sender.</source>
      <translation>Tệp {file} bị hỏng hoặc không đầy đủ (không phải gói dữ liệu trọn vẹn). Hãy sao chép lại từ nơi gửi.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="170" />
      <location filename="../../core/sync/bundle.py" line="212" />
      <location filename="../../core/sync/bundle.py" line="221" />
      <source>The file {file} is too large to be a sync bundle.</source>
      <translation>Tệp {file} quá lớn, không thể là gói dữ liệu đồng bộ.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="210" />
      <location filename="../../core/sync/bundle.py" line="236" />
      <location filename="../../core/sync/verify.py" line="75" />
      <source>The file {file} is not a Xã Số sync bundle.</source>
      <translation>Tệp {file} không phải gói dữ liệu đồng bộ của Xã Số.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="238" />
      <source>The bundle {file} has format version {version}, which this version of Xã Số cannot read. Update Xã Số on both computers.</source>
      <translation>Gói dữ liệu {file} có định dạng phiên bản {version}, phiên bản Xã Số này không đọc được. Hãy cập nhật Xã Số trên cả hai máy.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="260" />
      <location filename="../../core/sync/bundle.py" line="335" />
      <source>The bundle {file} names an encryption this version of Xã Số does not know; it is refused.</source>
      <translation>Gói dữ liệu {file} dùng cách mã hóa mà phiên bản Xã Số này không biết; gói bị từ chối.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="285" />
      <location filename="../../core/sync/bundle.py" line="271" />
      <source>Part {part} of the bundle {file} was changed or damaged after it was made (its checksum does not match). Copy it again from the sender.</source>
      <translation>Phần {part} của gói dữ liệu {file} đã bị sửa đổi hoặc hỏng sau khi tạo (mã kiểm tra không khớp). Hãy sao chép lại từ nơi gửi.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="338" />
      <source>The bundle {file} is encrypted for another computer.</source>
      <translation>Gói dữ liệu {file} được mã hóa cho máy khác.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="167" />
      <source>The file {file} cannot be read: {reason}.</source>
      <translation>Không đọc được tệp {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/sync/bundle.py" line="203" />
      <source>The file {file} contains an unexpected entry {entry}; it was not made by Xã Số and is refused.</source>
      <translation>Tệp {file} chứa mục lạ {entry}; tệp không do Xã Số tạo nên bị từ chối.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="29" />
      <source>The province server cannot be reached ({reason}). The changes stay here and are sent at the next sync; if the network stays down, use Export to USB.</source>
      <translation>Không kết nối được máy chủ của tỉnh ({reason}). Các thay đổi vẫn được lưu tại máy và sẽ được gửi ở lần đồng bộ sau; nếu mạng vẫn không có, hãy dùng Xuất ra USB.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="31" />
      <source>This computer's clock is {minutes} minutes off the province server's — set the Windows time right, then sync again.</source>
      <translation>Đồng hồ máy tính lệch {minutes} phút so với máy chủ tỉnh — hãy chỉnh lại giờ Windows rồi đồng bộ lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="74" />
      <source>unknown network error</source>
      <translation>lỗi mạng không rõ nguyên nhân</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="92" />
      <source>it cannot be verified</source>
      <translation>không kiểm tra được chứng thư</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="96" />
      <source>The province server does not know this computer. Ask the province to enrol it again.</source>
      <translation>Máy chủ của tỉnh không nhận ra máy này. Hãy đề nghị tỉnh đăng ký lại máy.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="98" />
      <source>The province server did not accept this computer's signature. Ask the province to enrol it again.</source>
      <translation>Máy chủ của tỉnh không chấp nhận chữ ký của máy này. Hãy đề nghị tỉnh đăng ký lại máy.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="100" />
      <source>The clock of this computer is wrong by more than 15 minutes. Set the date and time, then sync again.</source>
      <translation>Đồng hồ của máy này sai lệch quá 15 phút. Hãy chỉnh lại ngày giờ rồi đồng bộ lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="102" />
      <source>The data is too large to send at once; use Export to USB.</source>
      <translation>Dữ liệu quá lớn để gửi một lần; hãy dùng Xuất ra USB.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="103" />
      <source>The province server refused a repeated request. Sync again.</source>
      <translation>Máy chủ tỉnh từ chối một yêu cầu gửi lặp lại. Hãy đồng bộ lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="104" />
      <source>The province server is busy. Sync again in a few minutes.</source>
      <translation>Máy chủ tỉnh đang bận. Hãy đồng bộ lại sau vài phút.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="62" />
      <source>no answer in time</source>
      <translation>không có trả lời kịp thời</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="64" />
      <source>the proxy server refused or cannot be reached</source>
      <translation>máy chủ proxy từ chối hoặc không kết nối được</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="69" />
      <source>the connection was refused or the network is down</source>
      <translation>kết nối bị từ chối hoặc mạng đang mất</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="71" />
      <source>the connection broke off</source>
      <translation>kết nối bị ngắt giữa chừng</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="73" />
      <source>the server answered with an error; it may be restarting</source>
      <translation>máy chủ báo lỗi, có thể đang khởi động lại</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="85" />
      <source>the certificate has expired</source>
      <translation>chứng thư đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="87" />
      <source>the certificate is not valid yet (check the Windows date)</source>
      <translation>chứng thư chưa đến ngày có hiệu lực (hãy kiểm tra ngày giờ Windows)</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="89" />
      <source>it was not issued by a certificate authority this computer trusts</source>
      <translation>chứng thư không do tổ chức chứng thực mà máy này tin cậy cấp</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="91" />
      <source>it was issued for another server name</source>
      <translation>chứng thư được cấp cho tên máy chủ khác</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="236" />
      <source>The security certificate (TLS) of the province server is not trusted: {reason}. If the province uses its own certificate authority, choose its CA certificate file in Connection settings.</source>
      <translation>Chứng chỉ bảo mật (TLS) của máy chủ tỉnh không được tin cậy: {reason}. Nếu tỉnh dùng tổ chức cấp chứng chỉ (CA) riêng, hãy chọn tệp chứng chỉ CA của tỉnh trong Cài đặt kết nối.</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="68" />
      <source>the server name cannot be found</source>
      <translation>không tìm thấy tên máy chủ</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="193" />
      <source>The province server refused the request (error {status}).</source>
      <translation>Máy chủ của tỉnh từ chối yêu cầu (lỗi {status}).</translation>
    </message>
    <message>
      <location filename="../../core/sync/http_client.py" line="148" />
      <source>Sync cancelled. Nothing is lost: the next sync sends it again.</source>
      <translation>Đã hủy đồng bộ. Không mất dữ liệu: lần đồng bộ sau sẽ gửi lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/keys.py" line="107" />
      <location filename="../../desktop/ui/widgets/passphrase.py" line="46" />
      <source>The passphrase must have at least 8 characters.</source>
      <translation>Cụm mật khẩu phải có ít nhất 8 ký tự.</translation>
    </message>
    <message>
      <location filename="../../core/sync/keys.py" line="98" />
      <source>This computer has no system password store (keyring) to keep its signing key. The key can be kept instead in a file locked with a passphrase you choose; write the passphrase down and keep it safe: every sync asks for it.</source>
      <translation>Máy tính này không có kho mật khẩu của hệ thống (keyring) để giữ khóa ký. Có thể giữ khóa trong một tệp được khóa bằng cụm mật khẩu do bạn đặt; hãy ghi lại cụm mật khẩu và cất giữ cẩn thận: mỗi lần đồng bộ đều phải nhập.</translation>
    </message>
    <message>
      <location filename="../../core/sync/keys.py" line="141" />
      <source>The signing key file {path} is missing. Copy node-key.json from the old data folder of this computer into {folder}, or restore a backup of this computer made after the key file was chosen.</source>
      <translation>Không tìm thấy tệp khóa ký {path}. Hãy chép tệp node-key.json từ thư mục dữ liệu cũ của máy này vào {folder}, hoặc khôi phục một bản sao lưu của máy này được tạo sau khi đã chọn dùng tệp khóa.</translation>
    </message>
    <message>
      <location filename="../../core/sync/keys.py" line="150" />
      <source>The key file {path} cannot be opened with this passphrase.</source>
      <translation>Không mở được tệp khóa {path} bằng cụm mật khẩu này.</translation>
    </message>
    <message>
      <location filename="../../core/sync/lists.py" line="117" />
      <source>The province server did not take this record ({reason}). Your other changes were sent. Tell the province IT officer the record id.</source>
      <translation>Máy chủ tỉnh không nhận bản ghi này ({reason}). Các thay đổi khác đã được gửi. Hãy báo cán bộ công nghệ thông tin của tỉnh mã bản ghi.</translation>
    </message>
    <message>
      <location filename="../../core/sync/lists.py" line="111" />
      <source>The province server did not take this record: a record with the same id belongs to commune {commune}. Your other changes were sent and syncing goes on. If the record was entered here by mistake or copied from another commune's data, delete it; otherwise tell the province IT officer the record id.</source>
      <translation>Máy chủ tỉnh không nhận bản ghi này: một bản ghi cùng mã đã thuộc về xã {commune}. Các thay đổi khác đã được gửi và việc đồng bộ vẫn tiếp tục. Nếu bản ghi này nhập nhầm ở đây hoặc chép từ dữ liệu của xã khác, hãy xóa nó; nếu không, hãy báo cán bộ công nghệ thông tin của tỉnh mã bản ghi.</translation>
    </message>
    <message>
      <location filename="../../core/sync/lists.py" line="179" />
      <source>This conflict was already resolved.</source>
      <translation>Xung đột này đã được xử lý.</translation>
    </message>
    <message>
      <location filename="../../core/sync/lists.py" line="186" />
      <source>The record of this conflict no longer exists.</source>
      <translation>Bản ghi của xung đột này không còn nữa.</translation>
    </message>
    <message>
      <location filename="../../core/sync/merge.py" line="394" />
      <source>The file cannot be applied: the row {row} it changes would take the value {value}, which {other} already holds on this computer (only one row may have it). Nothing of the file was written. Correct the duplicate on one of the two computers, then sync again.</source>
      <translation>Không áp dụng được tệp: bản ghi {row} mà tệp sửa sẽ nhận giá trị {value}, nhưng {other} trên máy này đã có giá trị đó (chỉ một bản ghi được có). Không có gì trong tệp được ghi. Hãy sửa chỗ trùng trên một trong hai máy rồi đồng bộ lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/online.py" line="18" />
      <source>Sync finished: {sent} changes sent; {applied} received, {skipped} already here, {conflicts} conflicts.</source>
      <translation>Đồng bộ xong: đã gửi {sent} thay đổi; đã nhận {applied}, {skipped} đã có sẵn, {conflicts} xung đột.</translation>
    </message>
    <message>
      <location filename="../../core/sync/online.py" line="20" />
      <source>{refused} of this computer's changes are refused by the province server: see Sync → Waiting or refused for what to do.</source>
      <translation>{refused} thay đổi của máy này bị máy chủ tỉnh từ chối: xem Đồng bộ → Đang chờ hoặc bị từ chối để biết cần làm gì.</translation>
    </message>
    <message>
      <location filename="../../core/sync/online.py" line="34" />
      <source>This computer is not connected to the province server over the Internet yet. Use Connect to the province server… with the code the province gave, or sync by USB.</source>
      <translation>Máy này chưa kết nối với máy chủ tỉnh qua Internet. Hãy bấm Kết nối máy chủ tỉnh… và nhập mã tỉnh đã cấp, hoặc đồng bộ bằng USB.</translation>
    </message>
    <message>
      <location filename="../../core/sync/refused.py" line="33" />
      <source>This refused change is no longer listed (it was handled on this computer meanwhile). The list is refreshed.</source>
      <translation>Thay đổi bị từ chối này không còn trong danh sách (đã được xử lý trên máy này). Danh sách đã được làm mới.</translation>
    </message>
    <message>
      <location filename="../../core/sync/refused.py" line="41" />
      <source>Records of “{table}” cannot be changed from here. Tell the province IT officer the record id.</source>
      <translation>Không thể sửa bản ghi “{table}” từ đây. Hãy báo mã bản ghi cho cán bộ CNTT của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../core/sync/refused.py" line="59" />
      <source>The record of this refused change is no longer on this computer; choose Discard here.</source>
      <translation>Bản ghi của thay đổi bị từ chối này không còn trên máy; hãy chọn Bỏ trên máy này.</translation>
    </message>
    <message>
      <location filename="../../core/sync/refused.py" line="88" />
      <source>This refused change cannot be discarded here: tell the province IT officer the record id {id}.</source>
      <translation>Không thể bỏ thay đổi bị từ chối này tại đây: hãy báo mã bản ghi {id} cho cán bộ CNTT của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../core/sync/refused.py" line="93" />
      <source>This record cannot be removed: {refs} refer to it. Change those first (or send it again once the province has cleared the other record).</source>
      <translation>Không thể xóa bản ghi này: {refs} đang tham chiếu đến nó. Hãy sửa các bản ghi đó trước (hoặc gửi lại khi tỉnh đã xử lý bản ghi kia).</translation>
    </message>
    <message>
      <location filename="../../core/sync/service.py" line="150" />
      <location filename="../../core/sync/service.py" line="322" />
      <source>This computer is not enrolled with the province server yet, so there is nobody to send the data to. Ask the province for the enrolment file.</source>
      <translation>Máy này chưa đăng ký với máy chủ của tỉnh nên chưa có nơi nhận dữ liệu. Hãy đề nghị tỉnh cung cấp tệp đăng ký.</translation>
    </message>
    <message>
      <location filename="../../core/sync/service.py" line="64" />
      <location filename="../../desktop/ui/widgets/passphrase.py" line="26" />
      <source>Type the passphrase of the signing key file {path}.</source>
      <translation>Hãy nhập cụm mật khẩu của tệp khóa ký {path}.</translation>
    </message>
    <message>
      <location filename="../../core/sync/service.py" line="119" />
      <source>This is the card of this computer itself.</source>
      <translation>Đây là thông tin đăng ký của chính máy này.</translation>
    </message>
    <message>
      <location filename="../../core/sync/service.py" line="189" />
      <source>Cannot write the bundle to {folder}: {reason}.</source>
      <translation>Không ghi được gói dữ liệu vào {folder}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="174" />
      <source>This computer's clock is {minutes} minutes off the province server's — set the Windows time right.</source>
      <translation>Đồng hồ máy tính lệch {minutes} phút so với máy chủ tỉnh — hãy chỉnh lại giờ Windows.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="82" />
      <source>Unknown proxy choice {mode}.</source>
      <translation>Lựa chọn proxy {mode} không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="91" />
      <source>The timeout must be between 5 and 600 seconds.</source>
      <translation>Thời gian chờ phải từ 5 đến 600 giây.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="93" />
      <source>The size of a sync file must be between 1 and 2000 MB.</source>
      <translation>Dung lượng một tệp đồng bộ phải từ 1 đến 2000 MB.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="104" />
      <source>The file {file} is not a CA certificate in PEM format (text starting with -----BEGIN CERTIFICATE-----). Ask the province for the .pem or .crt file.</source>
      <translation>Tệp {file} không phải chứng chỉ CA dạng PEM (văn bản bắt đầu bằng -----BEGIN CERTIFICATE-----). Đề nghị tỉnh cung cấp tệp .pem hoặc .crt.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="152" />
      <source>Automatic sync every {minutes} minutes is not offered.</source>
      <translation>Không có lựa chọn tự động đồng bộ mỗi {minutes} phút.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="86" />
      <source>The proxy {proxy} is not valid: write it as host:port, for example 10.0.0.1:3128.</source>
      <translation>Địa chỉ proxy {proxy} không hợp lệ: hãy ghi theo dạng máy:cổng, ví dụ 10.0.0.1:3128.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="101" />
      <source>The certificate file {file} cannot be read: {reason}.</source>
      <translation>Không đọc được tệp chứng chỉ {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="111" />
      <source>The certificate file {file} is damaged: {reason}. Ask the province for the file again.</source>
      <translation>Tệp chứng chỉ {file} bị hỏng: {reason}. Đề nghị tỉnh gửi lại tệp.</translation>
    </message>
    <message>
      <location filename="../../core/sync/settings.py" line="70" />
      <source>The proxy password cannot be kept: this computer has no system password store. Ask the IT staff to set one up (on Windows, the Credential Manager), then save again.</source>
      <translation>Không lưu được mật khẩu proxy vì máy tính này không có kho mật khẩu của hệ thống. Hãy nhờ cán bộ CNTT cài đặt (trên Windows là Credential Manager), rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/usb.py" line="50" />
      <source>The folder {folder} does not exist (is the USB stick plugged in?).</source>
      <translation>Thư mục {folder} không tồn tại (USB đã được cắm chưa?).</translation>
    </message>
    <message>
      <location filename="../../core/sync/usb.py" line="43" />
      <source>The copy on {folder} cannot be read back correctly: {reason} Use another USB stick or folder and export again.</source>
      <translation>Bản sao trên {folder} không đọc lại được chính xác: {reason} Hãy dùng USB hoặc thư mục khác và xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="32" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): the required value {column} is missing or empty. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): thiếu giá trị bắt buộc {column} hoặc giá trị này để trống. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="36" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be a text of at most {limit} characters. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là chữ, dài tối đa {limit} ký tự. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="39" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be a whole number. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là số nguyên. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="42" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be a number. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là một số. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="45" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be true or false. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} chỉ được là đúng hoặc sai (true/false). Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="48" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be a date (YYYY-MM-DD). Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là ngày hợp lệ (dạng YYYY-MM-DD). Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="51" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be a date and time. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là ngày giờ hợp lệ. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="54" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be an identifier (UUID). Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là mã định danh (UUID) hợp lệ. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/values.py" line="57" />
      <source>Part {part} of the bundle {file}, line {line} (table {table}, row {row}): {column} must be base64 data of at most {limit} characters. Nothing from the bundle was applied; ask the sender to update Xã Số and export again.</source>
      <translation>Phần {part} của gói dữ liệu {file}, dòng {line} (bảng {table}, bản ghi {row}): {column} phải là dữ liệu base64, dài tối đa {limit} ký tự. Không có thay đổi nào của gói được áp dụng; hãy đề nghị máy gửi cập nhật Xã Số rồi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="44" />
      <source>The bundle {file} contains changes to data of commune {commune}, which its sender may not change. Nothing from it was applied.</source>
      <translation>Gói {file} có thay đổi dữ liệu của xã {commune}, là dữ liệu mà máy gửi không được phép sửa. Không áp dụng nội dung nào của gói này.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="77" />
      <source>The bundle {file} was made by this computer; import it on the other computer.</source>
      <translation>Gói dữ liệu {file} do chính máy này tạo; hãy nhập nó trên máy kia.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="81" />
      <source>The bundle {file} comes from a computer that is not enrolled here (node {node}). Enrol it first, then import again.</source>
      <translation>Gói dữ liệu {file} đến từ một máy chưa được đăng ký tại đây (mã máy {node}). Hãy đăng ký máy đó trước rồi nhập lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="85" />
      <source>The signature of the bundle {file} is not valid: it was changed after it was made, or it was not made by the computer it names. Do not use it; ask the sender for a new one.</source>
      <translation>Chữ ký của gói dữ liệu {file} không hợp lệ: gói đã bị sửa đổi sau khi tạo, hoặc không do máy ghi trong gói tạo ra. Không sử dụng gói này; hãy đề nghị nơi gửi tạo gói mới.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="89" />
      <source>The bundle {file} is meant for another computer.</source>
      <translation>Gói dữ liệu {file} dành cho máy khác.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="95" />
      <source>The bundle {file} belongs to commune {commune}, not to this commune.</source>
      <translation>Gói dữ liệu {file} thuộc xã {commune}, không phải của xã này.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="102" />
      <source>The bundle {file} was made by a newer version of Xã Số. Update Xã Số on this computer, then import again.</source>
      <translation>Gói dữ liệu {file} được tạo bởi phiên bản Xã Số mới hơn. Hãy cập nhật Xã Số trên máy này rồi nhập lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="105" />
      <source>The bundle {file} was made by an old version of Xã Số that this version no longer reads. Update Xã Số on the sending computer and export again.</source>
      <translation>Gói dữ liệu {file} được tạo bởi phiên bản Xã Số cũ mà phiên bản này không còn đọc được. Hãy cập nhật Xã Số trên máy gửi và xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="197" />
      <source>An earlier bundle from this computer is missing: changes {first} to {last} have not arrived. Import the earlier bundle first, or ask the sender to export again.</source>
      <translation>Thiếu một gói dữ liệu trước đó của máy gửi: các thay đổi từ {first} đến {last} chưa đến. Hãy nhập gói trước đó, hoặc đề nghị nơi gửi xuất lại.</translation>
    </message>
    <message>
      <location filename="../../core/sync/verify.py" line="219" />
      <source>Part {part} of the bundle {file} contains a change this version of Xã Số cannot accept.</source>
      <translation>Phần {part} của gói dữ liệu {file} chứa thay đổi mà phiên bản Xã Số này không chấp nhận được.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="24" />
      <source>Bình dân học vụ số (national platform)</source>
      <translation>Bình dân học vụ số (nền tảng quốc gia)</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="25" />
      <source>Provincial class</source>
      <translation>Lớp do tỉnh tổ chức</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="26" />
      <source>MOOC platform (OneTouch, MobiEdu)</source>
      <translation>Nền tảng MOOC (OneTouch, MobiEdu)</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="27" />
      <source>In-house</source>
      <translation>Tự tổ chức tại xã</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="30" />
      <location filename="../../desktop/ui/training/summary.py" line="55" />
      <source>Digital skills</source>
      <translation>Kỹ năng số</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="31" />
      <source>Operating the procedure system</source>
      <translation>Vận hành hệ thống giải quyết TTHC</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="32" />
      <source>Digital signing</source>
      <translation>Ký số</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="33" />
      <source>Professional field</source>
      <translation>Nghiệp vụ chuyên môn</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="36" />
      <source>Blended</source>
      <translation>Kết hợp</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="37" />
      <location filename="../../desktop/ui/training/courses.py" line="79" />
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="37" />
      <location filename="../../desktop/ui/training/courses.py" line="79" />
      <source>Absent</source>
      <translation>Vắng</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="38" />
      <location filename="../../desktop/ui/training/courses.py" line="79" />
      <source>Excused</source>
      <translation>Có phép</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="39" />
      <source>Entered by the commune</source>
      <translation>Xã tự nhập</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="40" />
      <source>Published by the province</source>
      <translation>Tỉnh ban hành</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="100" />
      <source>This course no longer exists (deleted on this or another PC).</source>
      <translation>Khóa học này không còn nữa (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="130" />
      <source>No course is called {name}. Give the exact title or the course id.</source>
      <translation>Không có khóa học nào tên {name}. Hãy ghi đúng tên hoặc mã khóa học.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="226" />
      <source>This session no longer exists (deleted on this or another PC).</source>
      <translation>Buổi học này không còn nữa (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="63" />
      <source>Enter the course title.</source>
      <translation>Hãy nhập tên khóa học.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="65" />
      <source>The course title is too long (at most 256 characters).</source>
      <translation>Tên khóa học quá dài (tối đa 256 ký tự).</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="71" />
      <source>The number of hours must be between 0 and 1000.</source>
      <translation>Số giờ học phải từ 0 đến 1000.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="73" />
      <location filename="../../desktop/ui/training/export.py" line="71" />
      <source>The end date is before the start date.</source>
      <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="75" />
      <source>The pass mark must be between 0 and 100.</source>
      <translation>Điểm đạt phải từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="210" />
      <source>Enter the date of the session (dd/mm/yyyy).</source>
      <translation>Hãy nhập ngày của buổi học (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="333" />
      <source>The score must be between 0 and 100.</source>
      <translation>Điểm phải từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="335" />
      <source>Enter the completion date (dd/mm/yyyy).</source>
      <translation>Hãy nhập ngày hoàn thành (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="339" />
      <source>A score of {score} is below the pass mark {mark}: the course is not completed.</source>
      <translation>Điểm {score} thấp hơn điểm đạt {mark}: chưa hoàn thành khóa học.</translation>
    </message>
    <message>
      <location filename="../../core/training/courses.py" line="308" />
      <source>Unknown attendance value {value}.</source>
      <translation>Giá trị điểm danh {value} không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../core/training/coverage.py" line="220" />
      <location filename="../../desktop/ui/training/results.py" line="64" />
      <source>Completion date</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../core/training/coverage.py" line="221" />
      <location filename="../../desktop/ui/training/results.py" line="64" />
      <source>Certificate no.</source>
      <translation>Số chứng chỉ</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="43" />
      <source>No attendance list was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with a name column (Họ và tên). Check that you chose the right file.</source>
      <translation>Không tìm thấy danh sách điểm danh trong tệp {file} (đã tìm trong các trang: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề nào có cột họ tên (Họ và tên). Hãy kiểm tra lại tệp đã chọn.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="180" />
      <source>Row {row}: {value} in column {column} is not understood. Write x (present), P (excused) or leave it empty (absent).</source>
      <translation>Dòng {row}: không hiểu giá trị {value} ở cột {column}. Hãy ghi x (có mặt), P (vắng có phép) hoặc để trống (vắng).</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="195" />
      <source>Row {row}: {value} in column {column} is not understood. Write Có or Không.</source>
      <translation>Dòng {row}: không hiểu giá trị {value} ở cột {column}. Hãy ghi Có hoặc Không.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="355" />
      <source>{count} person(s) in the file are not in the officer list: {names}. Add them to the officer list first, or choose to skip them; nothing was imported.</source>
      <translation>Có {count} người trong tệp không có trong danh sách cán bộ: {names}. Hãy thêm họ vào danh sách cán bộ trước, hoặc chọn bỏ qua những người này; chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="361" />
      <source>The officer list or the course changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation>Danh sách cán bộ hoặc khóa học đã thay đổi trong lúc kiểm tra tệp; chưa nhập dữ liệu nào. Hãy xem trước tệp lại.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="208" />
      <source>Row {row}: the score {value} in column {column} is not a number.</source>
      <translation>Dòng {row}: điểm {value} ở cột {column} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="220" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy.</source>
      <translation>Dòng {row}: {value} ở cột {column} không phải là ngày hợp lệ. Hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="271" />
      <source>Row {row}: {count} officers are called {name}. Add a CCCD column to tell them apart.</source>
      <translation>Dòng {row}: có {count} cán bộ cùng tên {name}. Hãy thêm cột CCCD để phân biệt.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="274" />
      <source>Row {row}: CCCD {cccd} belongs to {officer}, not to {name}. Correct the name or the CCCD number.</source>
      <translation>Dòng {row}: CCCD {cccd} là của {officer}, không phải của {name}. Hãy sửa lại họ tên hoặc số CCCD.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="320" />
      <source>{file} has neither session columns (Buổi 1, Buổi 2… or the dates of the sessions) nor a Hoàn thành column: there is nothing to import.</source>
      <translation>Tệp {file} không có cột buổi học (Buổi 1, Buổi 2… hoặc ngày của buổi học) cũng không có cột Hoàn thành: không có gì để nhập.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="328" />
      <source>The list in {file} has a header but no rows below it.</source>
      <translation>Danh sách trong tệp {file} có dòng tiêu đề nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="301" />
      <source>Row {row}: {name} is already listed in row {first_row}. Keep one row per officer.</source>
      <translation>Dòng {row}: {name} đã có ở dòng {first_row}. Mỗi cán bộ chỉ được có một dòng.</translation>
    </message>
    <message>
      <location filename="../../core/training/import_attendance.py" line="159" />
      <source>Column {column}: the course has only {count} session(s). Add the session in the app first, or write its date in the header (for example Buổi {number} - 05/10/2025).</source>
      <translation>Cột {column}: khóa học chỉ có {count} buổi. Hãy thêm buổi học trong phần mềm trước, hoặc ghi ngày của buổi học vào tiêu đề cột (ví dụ Buổi {number} - 05/10/2025).</translation>
    </message>
    <message>
      <location filename="../../core/value_names.py" line="56" />
      <source>Change log repaired</source>
      <translation>Sửa chữa nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../core/value_names.py" line="66" />
      <location filename="../../desktop/ui/admin/backup_tab.py" line="118" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="39" />
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <location filename="../../core/value_names.py" line="66" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="39" />
      <location filename="../../desktop/ui/province/detail.py" line="60" />
      <source>No</source>
      <translation>Không</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="41" />
      <source>No table was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with the required columns. Check that you chose the right file.</source>
      <translation>Không tìm thấy bảng dữ liệu trong tệp {file} (các trang đã xem: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề với các cột bắt buộc. Hãy kiểm tra đã chọn đúng tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="166" />
      <source>Row {row} of {file}: the cell in column {column} holds more than {limit} characters. Shorten it and import the file again.</source>
      <translation>Dòng {row} của tệp {file}: ô ở cột {column} có hơn {limit} ký tự. Hãy rút gọn nội dung ô rồi nhập lại tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="459" />
      <source>The file {file} is not a text (CSV) file. Open it in Excel and save it as "CSV UTF-8" or as an Excel workbook (.xlsx).</source>
      <translation>Tệp {file} không phải là tệp văn bản (CSV). Hãy mở tệp bằng Excel và lưu lại dạng "CSV UTF-8" hoặc sổ tính Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="120" />
      <source>The file {file} is too large to import: its sheets hold {size} MB of data (at most {limit} MB). Delete the unused rows and columns in Excel, or split the list into several files.</source>
      <translation>Tệp {file} quá lớn để nhập: các trang tính chứa {size} MB dữ liệu (tối đa {limit} MB). Hãy xóa các dòng, cột không dùng trong Excel, hoặc chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="134" />
      <source>The file {file} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as an Excel workbook (.xlsx).</source>
      <translation>Tệp {file} có đặt mật khẩu hoặc ở định dạng .xls cũ. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="138" />
      <source>The file {file} is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook (.xlsx).</source>
      <translation>Tệp {file} không phải tệp Excel (.xlsx). Hãy mở bằng Excel và lưu lại thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="157" />
      <source>The sheet {sheet} of {file} has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns can be imported. Delete the unused rows and columns in Excel, or split the list into several files.</source>
      <translation>Trang tính {sheet} của tệp {file} có {rows} dòng và {columns} cột; chỉ nhập được tối đa {max_rows} dòng và {max_columns} cột. Hãy xóa các dòng, cột không dùng trong Excel, hoặc chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="90" />
      <source>The file {file} is too large to import ({size} MB; at most {limit} MB). Check that you chose the right file, or split the list into several files.</source>
      <translation>Tệp {file} quá lớn để nhập ({size} MB; tối đa {limit} MB). Kiểm tra lại đã chọn đúng tệp chưa, hoặc chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="95" />
      <location filename="../../core/xlsx_table.py" line="98" />
      <source>The file {file} does not exist. Choose the file again.</source>
      <translation>Không tìm thấy tệp {file}. Hãy chọn lại tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="102" />
      <source>The file {file} cannot be read: {reason}. Close it in Excel and try again.</source>
      <translation>Không đọc được tệp {file}: {reason}. Hãy đóng tệp trong Excel rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="148" />
      <source>The file {file} is damaged and cannot be read as an Excel workbook. Open it in Excel, save it again as .xlsx and retry.</source>
      <translation>Tệp {file} bị hỏng, không đọc được như tệp Excel. Hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="406" />
      <source>The file {file} has no sheet named {sheet}. Its sheets are: {sheets}.</source>
      <translation>Tệp {file} không có trang tính tên «{sheet}». Các trang tính có trong tệp: {sheets}.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="510" />
      <source>Row {row} of {file} cannot be read: a quotation mark opened there is never closed, or a value is longer than {limit} characters. Correct it in Excel and import the file again.</source>
      <translation>Không đọc được dòng {row} của tệp {file}: có dấu ngoặc kép mở mà không đóng, hoặc một giá trị dài hơn {limit} ký tự. Hãy sửa trong Excel rồi nhập lại tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="494" />
      <source>The file {file} has more than {max_rows} rows or {max_columns} columns (row {row}). Split the list into several files.</source>
      <translation>Tệp {file} có hơn {max_rows} dòng hoặc {max_columns} cột (dòng {row}). Hãy chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
      <location filename="../../core/xlsx_table.py" line="503" />
      <source>Row {row} of {file} holds control characters (column {column}): the file is damaged or not a text (CSV) file. Open it in Excel and save it as "CSV UTF-8" or as an Excel workbook (.xlsx).</source>
      <translation>Dòng {row} của tệp {file} có ký tự điều khiển (cột {column}): tệp bị hỏng hoặc không phải tệp văn bản (CSV). Hãy mở tệp bằng Excel và lưu lại dạng "CSV UTF-8" hoặc sổ tính Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../db/chain.py" line="48" />
      <source>The change log of this computer was altered (at change {row}), so nothing more can be saved. An administrator must run xaso-admin audit --repair, which keeps a copy of the altered data for the province help desk and records the repair in the change log.</source>
      <translation>Nhật ký thay đổi trên máy này đã bị sửa (tại thay đổi {row}), nên không thể lưu thêm dữ liệu. Quản trị viên cần chạy lệnh xaso-admin audit --repair: lệnh này giữ lại một bản dữ liệu đã bị sửa cho bộ phận hỗ trợ của tỉnh và ghi việc sửa chữa vào nhật ký thay đổi.</translation>
    </message>
    <message>
      <location filename="../../db/changes.py" line="209" />
      <source>This entry was published by the province; only the province can change it.</source>
      <translation>Mục này do tỉnh công bố; chỉ tỉnh mới được sửa.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="123" />
      <source>The data file {path} cannot be used: {reason}</source>
      <translation>Không dùng được tệp dữ liệu {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="101" />
      <source>The data file {path} is in use by another program (perhaps Xã Số is already open). Close the other program and try again.</source>
      <translation>Tệp dữ liệu {path} đang được chương trình khác sử dụng (có thể Xã Số đang mở). Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="107" />
      <source>The data file {path} is read-only. Copy the data folder to a writable drive or ask the administrator to allow writing, then open Xã Số again.</source>
      <translation>Tệp dữ liệu {path} chỉ cho phép đọc. Hãy chép thư mục dữ liệu sang ổ đĩa ghi được hoặc nhờ quản trị viên cấp quyền ghi, rồi mở lại Xã Số.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="113" />
      <source>The data file {path} is damaged and cannot be opened. Restore it from a backup in the backups folder, or contact the province help desk.</source>
      <translation>Tệp dữ liệu {path} bị hỏng, không mở được. Hãy khôi phục từ bản sao lưu trong thư mục backups, hoặc liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="119" />
      <source>The data file {path} cannot be opened. Check that the folder exists and that you may write to it.</source>
      <translation>Không mở được tệp dữ liệu {path}. Hãy kiểm tra thư mục có tồn tại và có quyền ghi.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="164" />
      <source>This data file was written by a newer version of Xã Số (schema {revision}). Install the newer version of the app; the file has not been changed.</source>
      <translation>Tệp dữ liệu này do phiên bản Xã Số mới hơn tạo ra (cấu trúc {revision}). Hãy cài phiên bản mới hơn; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="143" />
      <source>The upgrade of the data file would leave records pointing to missing records; nothing was changed. Contact the province help desk.</source>
      <translation>Việc nâng cấp tệp dữ liệu sẽ để lại bản ghi trỏ tới bản ghi không tồn tại; chưa có gì bị thay đổi. Hãy liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="499" />
      <location filename="../../cli/demo.py" line="64" />
      <location filename="../../cli/demo.py" line="89" />
      <source>The passwords are shown only this once.</source>
      <translation>Mật khẩu chỉ hiện một lần này; hãy ghi lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="463" />
      <location filename="../../desktop/app.py" line="502" />
      <location filename="../../desktop/app.py" line="59" />
      <source>Xã Số</source>
      <translation>Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="495" />
      <location filename="../../cli/demo.py" line="57" />
      <source>Demo data: {commune}, {province} — {count} officers.</source>
      <translation>Dữ liệu mẫu: {commune}, {province} — {count} cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="497" />
      <location filename="../../cli/demo.py" line="62" />
      <location filename="../../cli/demo.py" line="87" />
      <source>  account {user}, password {password}</source>
      <translation>  tài khoản {user}, mật khẩu {password}</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="323" />
      <source>Backing up, then updating the data file for this version of Xã Số…</source>
      <translation>Đang sao lưu rồi cập nhật tệp dữ liệu cho phiên bản Xã Số này…</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="325" />
      <source>Filling the demo data…</source>
      <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="463" />
      <source>The check of the data file {path} found that it is damaged. Do not enter more data: close Xã Số and open it again, it will offer to restore the newest good backup. If it happens again, contact the province help desk.</source>
      <translation>Kiểm tra tệp dữ liệu {path} cho thấy tệp bị hỏng. Đừng nhập thêm dữ liệu: hãy đóng Xã Số rồi mở lại, phần mềm sẽ đề nghị khôi phục bản sao lưu tốt gần nhất. Nếu lỗi lặp lại, hãy liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="47" />
      <source>About Xã Số</source>
      <translation>Giới thiệu Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="69" />
      <location filename="../../desktop/ui/admin/crash.py" line="22" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="68" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="50" />
      <source>Xã Số {version}</source>
      <translation>Xã Số {version}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="53" />
      <source>Data folder: {folder}
Database schema: {schema}
Python {python}, Qt for Python {qt}</source>
      <translation>Thư mục dữ liệu: {folder}
Phiên bản cấu trúc dữ liệu: {schema}
Python {python}, Qt for Python {qt}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="67" />
      <source>Licence</source>
      <translation>Giấy phép</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="66" />
      <source>Version</source>
      <translation>Phiên bản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="66" />
      <source>Component</source>
      <translation>Thành phần</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="64" />
      <source>Xã Số is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Xã Số là phần mềm tự do theo Giấy phép Công cộng GNU (GNU GPL), phiên bản 3 hoặc mới hơn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="35" />
      <source>Add account…</source>
      <translation>Thêm tài khoản…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="36" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="121" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="123" />
      <source>Reset password</source>
      <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="37" />
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="103" />
      <source>Lock</source>
      <translation>Khóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="39" />
      <source>The role of the selected account: staff enter data, supervisors also issue reports and resolve conflicts, administrators also manage accounts and settings</source>
      <translation>Vai trò của tài khoản đang chọn: cán bộ nhập liệu nhập và cập nhật dữ liệu; lãnh đạo duyệt còn ban hành báo cáo và xử lý xung đột; quản trị viên còn quản lý tài khoản và cài đặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="44" />
      <source>Set role</source>
      <translation>Đặt vai trò</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="56" />
      <source>After this many minutes without use the screen locks and asks for the password again</source>
      <translation>Sau số phút không sử dụng này, màn hình sẽ khóa và yêu cầu nhập lại mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="59" />
      <source> minutes</source>
      <translation> phút</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="60" />
      <location filename="../../cli/online.py" line="38" />
      <location filename="../../hub/reports.py" line="54" />
      <source>never</source>
      <translation>không khóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="61" />
      <location filename="../../desktop/ui/admin/backup_tab.py" line="96" />
      <location filename="../../desktop/ui/widgets/forms.py" line="31" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="64" />
      <source>Lock the screen after this long without use:</source>
      <translation>Khóa màn hình khi không sử dụng trong:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="102" />
      <source>Unlock</source>
      <translation>Mở khóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="106" />
      <location filename="../../desktop/ui/admin/page.py" line="39" />
      <source>Accounts</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="113" />
      <source>Temporary password of {user}: {password}
Give it to the person; it is shown only this once. They choose their own password at the first sign-in.</source>
      <translation>Mật khẩu tạm của {user}: {password}
Hãy trao cho người dùng; mật khẩu chỉ hiển thị một lần. Người dùng tự đặt mật khẩu riêng khi đăng nhập lần đầu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/accounts_tab.py" line="121" />
      <source>Give {user} a new temporary password? The current password stops working.</source>
      <translation>Cấp mật khẩu tạm mới cho {user}? Mật khẩu hiện tại sẽ không dùng được nữa.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="63" />
      <source>Date in dd/mm/yyyy</source>
      <translation>Ngày theo dạng dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="74" />
      <source>Show only the changes made by this user</source>
      <translation>Chỉ hiện các thay đổi do người dùng này thực hiện</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="76" />
      <source>Show only the changes to this kind of data</source>
      <translation>Chỉ hiện các thay đổi của loại dữ liệu này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="77" />
      <source>From date</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="78" />
      <source>Tick to show only the changes between the two dates</source>
      <translation>Đánh dấu để chỉ hiện các thay đổi trong khoảng giữa hai ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="84" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="43" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="46" />
      <source>Export to Excel…</source>
      <translation>Xuất Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="85" />
      <source>Verify the change log</source>
      <translation>Kiểm tra nhật ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="86" />
      <source>Checks that no change was edited or removed behind the app's back (every change is chained to the one before)</source>
      <translation>Kiểm tra không có thay đổi nào bị sửa hoặc xóa ngoài chương trình (mỗi thay đổi được nối chuỗi với thay đổi trước)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="89" />
      <source>Repair the change log…</source>
      <translation>Sửa chữa nhật ký thay đổi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="90" />
      <source>Keeps a copy of the altered data in the backups folder, chains the log again and records the repair in the change log</source>
      <translation>Giữ một bản sao dữ liệu bị sửa trong thư mục sao lưu, nối lại chuỗi nhật ký và ghi việc sửa chữa vào nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="131" />
      <source>Everyone</source>
      <translation>Tất cả người dùng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="134" />
      <source>All data</source>
      <translation>Tất cả dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="149" />
      <source>Export the change history</source>
      <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="150" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="143" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="143" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="159" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="152" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="152" />
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="167" />
      <location filename="../../desktop/ui/admin/page.py" line="101" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="173" />
      <source>Verifying the change log…</source>
      <translation>Đang kiểm tra nhật ký thay đổi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="45" />
      <source>Changes (from → to)</source>
      <translation>Nội dung thay đổi (cũ → mới)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="114" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="89" />
      <location filename="../../desktop/ui/backlog/dialogs.py" line="161" />
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="201" />
      <source>Repair the change log</source>
      <translation>Sửa chữa nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="202" />
      <source>The change log was altered behind the app's back, so every change is stopped. The repair keeps a copy of the database as it is now in the backups folder (for the province help desk), chains the change log again from the altered change and records the repair, under your name, in the change log.

Repair the change log now?</source>
      <translation>Nhật ký thay đổi đã bị sửa ngoài ứng dụng nên mọi thay đổi đều bị dừng. Việc sửa chữa sẽ giữ một bản sao cơ sở dữ liệu như hiện tại trong thư mục sao lưu (để bộ phận hỗ trợ của tỉnh xem xét), nối lại chuỗi nhật ký từ thay đổi bị sửa và ghi việc sửa chữa, đứng tên bạn, vào nhật ký thay đổi.

Sửa chữa nhật ký thay đổi ngay bây giờ?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="207" />
      <source>Repair</source>
      <translation>Sửa chữa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="207" />
      <location filename="../../desktop/ui/first_run.py" line="381" />
      <location filename="../../desktop/ui/ops.py" line="249" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="217" />
      <source>Repairing the change log…</source>
      <translation>Đang sửa chữa nhật ký thay đổi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="225" />
      <location filename="../../cli/backup.py" line="174" />
      <source>The change log is intact: nothing to repair.</source>
      <translation>Nhật ký thay đổi còn nguyên vẹn: không có gì cần sửa chữa.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="180" />
      <source>Intact: {rows} changes, none edited or removed.</source>
      <translation>Nguyên vẹn: {rows} thay đổi, không có thay đổi nào bị sửa hoặc xóa.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="227" />
      <location filename="../../cli/backup.py" line="179" />
      <source>The change log was repaired from change {row} on ({rows} changes). The altered data was kept in the backups folder as {file}; the repair is recorded in the change log.</source>
      <translation>Đã sửa chữa nhật ký thay đổi từ thay đổi {row} trở đi ({rows} thay đổi). Dữ liệu đã bị sửa được giữ trong thư mục sao lưu với tên {file}; việc sửa chữa đã được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="160" />
      <source>{count} changes saved to {file}.</source>
      <translation>Đã lưu {count} thay đổi vào {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="187" />
      <source>The change log was altered at change {row}. Report it to the province help desk, then repair the change log.</source>
      <translation>Nhật ký thay đổi đã bị sửa tại thay đổi số {row}. Hãy báo cho bộ phận hỗ trợ của tỉnh, rồi sửa chữa nhật ký thay đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/audit_tab.py" line="190" />
      <location filename="../../cli/backup.py" line="159" />
      <source>The change log was altered at change {row}: contact the province help desk.</source>
      <translation>Nhật ký thay đổi đã bị sửa tại thay đổi {row}: hãy liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="32" />
      <source>Made on</source>
      <translation>Thời điểm tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="32" />
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="32" />
      <source>Encrypted</source>
      <translation>Mã hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="33" />
      <source>By hand</source>
      <translation>Sao lưu thủ công</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="33" />
      <source>Daily, automatic</source>
      <translation>Tự động hằng ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="42" />
      <source>Back up now</source>
      <translation>Sao lưu ngay</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="43" />
      <source>Encrypted backup to USB…</source>
      <translation>Sao lưu mã hóa ra USB…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="44" />
      <source>Verify</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="45" />
      <source>Restore…</source>
      <translation>Khôi phục…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="46" />
      <source>Verify or restore a file…</source>
      <translation>Kiểm tra hoặc khôi phục từ tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="60" />
      <source>Backups in the data folder (newest first). A backup is a consistent copy made while the app runs.</source>
      <translation>Các bản sao lưu trong thư mục dữ liệu (mới nhất ở trên). Bản sao lưu được tạo nhất quán ngay cả khi chương trình đang chạy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="63" />
      <source>No backup yet. Press “Back up now” to make a copy of all the data in the data folder; to keep a copy away from this computer, use “Encrypted backup to USB…”. Tick the daily backup below so that a copy is made every day by itself.</source>
      <translation>Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để sao chép toàn bộ dữ liệu vào thư mục dữ liệu; để giữ một bản ở ngoài máy này, dùng «Sao lưu mã hóa ra USB…». Đánh dấu ô tự động sao lưu hằng ngày ở dưới để mỗi ngày máy tự sao lưu một lần.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="84" />
      <source>Back up automatically every day, keeping</source>
      <translation>Tự động sao lưu hằng ngày, giữ lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="85" />
      <source>A copy of the data is made once a day while the app is open</source>
      <translation>Mỗi ngày sao lưu dữ liệu một lần khi phần mềm đang mở</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="88" />
      <source>How many daily copies are kept; older ones are deleted</source>
      <translation>Số bản sao lưu hằng ngày được giữ lại; các bản cũ hơn sẽ bị xóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="91" />
      <source> backups</source>
      <translation> bản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="93" />
      <source>A second folder, for example on another drive, that also receives each daily copy (not encrypted)</source>
      <translation>Thư mục thứ hai, ví dụ trên ổ đĩa khác, cũng nhận mỗi bản sao lưu hằng ngày (không mã hóa)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="95" />
      <source>also to this folder (another drive), optional</source>
      <translation>và vào thư mục này (ổ đĩa khác), không bắt buộc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="134" />
      <source>Backup</source>
      <translation>Sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="151" />
      <source>Choose the USB stick or folder</source>
      <translation>Chọn USB hoặc thư mục</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="182" />
      <source>Choose a backup</source>
      <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="183" />
      <source>Xã Số backups (*.sqlite *.xasobak)</source>
      <translation>Bản sao lưu Xã Số (*.sqlite *.xasobak)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="236" />
      <source>It holds {officers} officers, {certs} certificates, {courses} courses, {accounts} accounts and {changes} changes.</source>
      <translation>Gồm {officers} cán bộ, {certs} chứng thư số, {courses} khóa học, {accounts} tài khoản và {changes} thay đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="148" />
      <source>Backing up…</source>
      <translation>Đang sao lưu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="201" />
      <source>Restore {file}?
{contents}

Everything entered after this backup is replaced; the current data is kept in the backups folder. Xã Số closes afterwards; open it again.</source>
      <translation>Khôi phục {file}?
{contents}

Mọi dữ liệu nhập sau bản sao lưu này sẽ bị thay thế; dữ liệu hiện tại được giữ trong thư mục backups. Sau đó Xã Số sẽ đóng; hãy mở lại chương trình.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="204" />
      <location filename="../../desktop/ui/admin/backup_tab.py" line="210" />
      <location filename="../../desktop/ui/admin/backup_tab.py" line="215" />
      <source>Restore a backup</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="204" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="211" />
      <location filename="../../desktop/ui/sync/page.py" line="200" />
      <location filename="../../desktop/ui/sync_controller.py" line="133" />
      <source>A sync is already running; wait for it to end.</source>
      <translation>Đang có một lần đồng bộ hoặc nhập tệp chạy; hãy chờ xong.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="215" />
      <source>Restored. Open Xã Số again.</source>
      <translation>Đã khôi phục. Hãy mở lại Xã Số.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="226" />
      <source>Restoring…</source>
      <translation>Đang khôi phục…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="231" />
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="242" />
      <location filename="../../cli/backup.py" line="73" />
      <source>Last change: {at}</source>
      <translation>Thay đổi gần nhất: {at}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="145" />
      <location filename="../../cli/backup.py" line="60" />
      <source>Backup saved: {file} ({size}).</source>
      <translation>Đã lưu bản sao lưu: {file} ({size}).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="179" />
      <source>{file} is damaged and cannot be restored.</source>
      <translation>{file} bị hỏng, không thể khôi phục.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/backup_tab.py" line="177" />
      <source>{file} is intact.</source>
      <translation>{file} nguyên vẹn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="37" />
      <location filename="../../desktop/ui/admin/crash.py" line="49" />
      <location filename="../../desktop/ui/admin/crash.py" line="47" />
      <source>Export diagnostics</source>
      <translation>Xuất thông tin chẩn đoán</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="38" />
      <source>Zip file (*.zip)</source>
      <translation>Tệp nén (*.zip)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="16" />
      <source>Something unexpected went wrong. Your saved data is safe. If it happens again, export the diagnostics and send the file to the province help desk.</source>
      <translation>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Nếu lỗi lặp lại, hãy xuất thông tin chẩn đoán và gửi tệp cho bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="21" />
      <location filename="../../desktop/ui/admin/page.py" line="80" />
      <source>Export diagnostics…</source>
      <translation>Xuất thông tin chẩn đoán…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="72" />
      <source>Restore the backup</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="72" />
      <location filename="../../desktop/ui/admin/login.py" line="63" />
      <source>Exit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="49" />
      <source>Saved {file}. It holds the logs and program versions, never your data or passwords. Send it to the province help desk.</source>
      <translation>Đã lưu {file}. Tệp gồm nhật ký hoạt động và phiên bản chương trình, không có dữ liệu hay mật khẩu. Hãy gửi tệp cho bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="62" />
      <source>The data file {path} is damaged and there is no good backup in the data folder. Do not enter data; contact the province help desk.</source>
      <translation>Tệp dữ liệu {path} bị hỏng và thư mục dữ liệu không có bản sao lưu tốt. Không nhập thêm dữ liệu; hãy liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="67" />
      <source>The data file is damaged{after}. Restore the newest good backup, made on {when}? Changes made after it are lost; the damaged file is kept in the backups folder for the help desk.</source>
      <translation>Tệp dữ liệu bị hỏng{after}. Khôi phục bản sao lưu tốt gần nhất, tạo lúc {when}? Các thay đổi sau thời điểm đó sẽ mất; tệp hỏng được giữ trong thư mục backups để bộ phận hỗ trợ kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/crash.py" line="70" />
      <source> after an unexpected shutdown</source>
      <translation> sau lần tắt máy đột ngột</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="41" />
      <source>Your password is temporary. Choose your own password (at least 8 characters) before you continue.</source>
      <translation>Mật khẩu của bạn là mật khẩu tạm. Hãy đặt mật khẩu riêng (ít nhất 8 ký tự) trước khi tiếp tục.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="43" />
      <location filename="../../desktop/ui/admin/dialogs.py" line="55" />
      <location filename="../../desktop/ui/admin/page.py" line="123" />
      <source>Change password</source>
      <translation>Đổi mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="52" />
      <source>New password</source>
      <translation>Mật khẩu mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="53" />
      <source>New password again</source>
      <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="85" />
      <source>New account</source>
      <translation>Tài khoản mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="85" />
      <source>The account gets a temporary password, shown once; the person chooses their own password at the first sign-in.</source>
      <translation>Tài khoản được cấp mật khẩu tạm, chỉ hiển thị một lần; người dùng tự đặt mật khẩu riêng khi đăng nhập lần đầu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="91" />
      <source>e.g. hoa.nt</source>
      <translation>ví dụ: hoa.nt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="96" />
      <source>Create</source>
      <translation>Tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="123" />
      <source>Backup password</source>
      <translation>Mật khẩu bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="132" />
      <location filename="../../desktop/ui/widgets/passphrase.py" line="37" />
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="51" />
      <source>Current password</source>
      <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="60" />
      <source>The two new passwords differ.</source>
      <translation>Hai lần nhập mật khẩu mới không khớp.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="123" />
      <source>Without this password nobody can read the backup — not even the help desk. Keep it apart from the USB stick.</source>
      <translation>Không có mật khẩu này thì không ai đọc được bản sao lưu, kể cả bộ phận hỗ trợ. Hãy cất mật khẩu riêng, không để cùng USB.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="131" />
      <source>Password again</source>
      <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="136" />
      <source>The password must have at least 8 characters.</source>
      <translation>Mật khẩu phải có ít nhất 8 ký tự.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="138" />
      <source>The two passwords differ.</source>
      <translation>Hai lần nhập mật khẩu không khớp.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/dialogs.py" line="140" />
      <source>Enter the password.</source>
      <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="26" />
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="28" />
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="66" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="52" />
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="31" />
      <source>Folder of digitized files</source>
      <translation>Thư mục lưu tệp số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="57" />
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="32" />
      <source>Signing token driver (PKCS#11)</source>
      <translation>Trình điều khiển token ký số (PKCS#11)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="58" />
      <source>Token driver (*.dll *.so *.dylib)</source>
      <translation>Trình điều khiển token (*.dll *.so *.dylib)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="44" />
      <source>not set</source>
      <translation>chưa đặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="45" />
      <source>not set (reports can still be signed with a .p12 file)</source>
      <translation>chưa đặt (vẫn ký báo cáo được bằng tệp .p12)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/evidence_settings.py" line="65" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="43" />
      <source>Sign in — Xã Số</source>
      <translation>Đăng nhập — Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="52" />
      <source>Your user name in Xã Số</source>
      <translation>Tên đăng nhập Xã Số của bạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="55" />
      <source>Your password; Enter signs in</source>
      <translation>Mật khẩu của bạn; nhấn Enter để đăng nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="63" />
      <source>Sign in</source>
      <translation>Đăng nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="49" />
      <location filename="../../desktop/ui/main_window.py" line="96" />
      <source>Opening the data…</source>
      <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="91" />
      <source>Opening the data… you are signed in as soon as it is open.</source>
      <translation>Đang mở dữ liệu… bạn được đăng nhập ngay khi mở xong.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="138" />
      <source>Choose your own password to continue.</source>
      <translation>Hãy đặt mật khẩu của riêng bạn để tiếp tục.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="149" />
      <source>You may try again now.</source>
      <translation>Bây giờ bạn có thể đăng nhập lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="62" />
      <source>Locked after a while without use. Sign in again.</source>
      <translation>Màn hình đã khóa do lâu không sử dụng. Hãy đăng nhập lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/login.py" line="152" />
      <source>Too many wrong passwords: this account is locked. Try again in {time}.</source>
      <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản tạm khóa. Hãy thử lại sau {time}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="29" />
      <location filename="../../desktop/ui/main_window.py" line="68" />
      <source>Administration</source>
      <translation>Quản trị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="33" />
      <source>General</source>
      <translation>Thông tin chung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="67" />
      <source>Installation code</source>
      <translation>Mã cài đặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="68" />
      <source>Data folder</source>
      <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="69" />
      <source>Database schema</source>
      <translation>Phiên bản cấu trúc dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="70" />
      <source>Check the data file</source>
      <translation>Kiểm tra tệp dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="71" />
      <source>Checks that the data file is intact (takes a few seconds)</source>
      <translation>Kiểm tra tệp dữ liệu có nguyên vẹn không (mất vài giây)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="73" />
      <source>Open the data folder</source>
      <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="78" />
      <source>Change my password…</source>
      <translation>Đổi mật khẩu của tôi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="81" />
      <source>Logs and program versions for the province help desk (never your data or passwords)</source>
      <translation>Nhật ký hoạt động và phiên bản chương trình gửi bộ phận hỗ trợ của tỉnh (không bao gồm dữ liệu hay mật khẩu)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="49" />
      <source>Backups</source>
      <translation>Sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="110" />
      <source>The data file is intact.</source>
      <translation>Tệp dữ liệu nguyên vẹn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="114" />
      <source>The check could not run: {reason}</source>
      <translation>Không kiểm tra được: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="123" />
      <source>Your password has been changed.</source>
      <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="64" />
      <source>– (province computer: views the whole province)</source>
      <translation>– (máy của tỉnh: xem số liệu toàn tỉnh)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/page.py" line="107" />
      <source>The data file has problems: {details}. Contact the province help desk before entering more data.</source>
      <translation>Tệp dữ liệu có lỗi: {details}. Hãy liên hệ bộ phận hỗ trợ của tỉnh trước khi nhập thêm dữ liệu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/summary.py" line="42" />
      <source>No backup yet: make one in Quản trị → Sao lưu.</source>
      <translation>Chưa có bản sao lưu nào: hãy sao lưu tại Quản trị → Sao lưu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/admin/summary.py" line="47" />
      <source>Last backup: {when} ({count} kept in the data folder).</source>
      <translation>Sao lưu gần nhất: {when} (đang giữ {count} bản trong thư mục dữ liệu).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="18" />
      <source>Mark as digitized</source>
      <translation>Ghi nhận đã số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="18" />
      <source>Mark as checked</source>
      <translation>Ghi nhận đã kiểm tra</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="19" />
      <source>Mark as signed</source>
      <translation>Ghi nhận đã ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="19" />
      <source>Mark as stored</source>
      <translation>Ghi nhận đã lưu kho</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="20" />
      <source>Reject records</source>
      <translation>Trả lại hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="20" />
      <source>Reopen rejected records</source>
      <translation>Mở lại hồ sơ bị trả lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="83" />
      <source>e.g. Sổ đăng ký khai sinh</source>
      <translation>ví dụ: Sổ đăng ký khai sinh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="94" />
      <source>Records already digitized before they were tracked here</source>
      <translation>Số hồ sơ đã số hóa trước khi theo dõi trên phần mềm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="103" />
      <source>Field *</source>
      <translation>Lĩnh vực *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="104" />
      <source>Kind of records *</source>
      <translation>Loại hồ sơ *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="107" />
      <source>Already digitized</source>
      <translation>Đã số hóa trước đó</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="144" />
      <source>List the records of a lot</source>
      <translation>Lập danh sách hồ sơ của lô</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="164" />
      <source>Record numbers</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="168" />
      <source>Create records</source>
      <translation>Tạo hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="182" />
      <source>Creating records…</source>
      <translation>Đang tạo hồ sơ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="204" />
      <source>A range of record numbers of a lot</source>
      <translation>Một khoảng số hồ sơ của lô</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="226" />
      <source>Numbers</source>
      <translation>Từ số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="227" />
      <source>Done by *</source>
      <translation>Cán bộ thực hiện *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="228" />
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="98" />
      <location filename="../../desktop/ui/training/dialogs.py" line="129" />
      <source>Date *</source>
      <translation>Ngày *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="270" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="77" />
      <source>Edit lot</source>
      <translation>Sửa lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="77" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="35" />
      <source>Add lot</source>
      <translation>Thêm lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="230" />
      <source>Reason *</source>
      <translation>Lý do *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="231" />
      <source>The officer's valid signing certificate is recorded with the step.</source>
      <translation>Chứng thư số còn hiệu lực của cán bộ được ghi kèm bước này.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="150" />
      <source>&lt;b&gt;{lot}&lt;/b&gt;: {have} of {total} records listed.</source>
      <translation>&lt;b&gt;{lot}&lt;/b&gt;: đã lập danh sách {have}/{total} hồ sơ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="158" />
      <source>Leave empty to name them “{example}”</source>
      <translation>Để trống để đặt tên “{example}”</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dialogs.py" line="198" />
      <source>The {count} selected records</source>
      <translation>{count} hồ sơ đang chọn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="20" />
      <source>Public postal service</source>
      <translation>Bưu chính công ích</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="25" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="135" />
      <source>Import dossiers</source>
      <translation>Nhập hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="26" />
      <source>{new} new dossiers, {update} updated, {unchanged} unchanged.</source>
      <translation>{new} hồ sơ mới, {update} cập nhật, {unchanged} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="27" />
      <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows — {new} new dossiers, {update} to update, {unchanged} unchanged, {errors} with errors.</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} dòng — {new} hồ sơ mới, {update} cập nhật, {unchanged} không đổi, {errors} dòng có lỗi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="45" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="127" />
      <source>Import the list of records</source>
      <translation>Nhập danh sách hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="46" />
      <source>{new} new records, {update} renamed, {unchanged} unchanged.</source>
      <translation>{new} hồ sơ mới, {update} đổi tên, {unchanged} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="47" />
      <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows — {new} new records, {update} to rename, {unchanged} unchanged, {errors} with errors.</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} dòng — {new} hồ sơ mới, {update} đổi tên, {unchanged} không đổi, {errors} dòng có lỗi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="31" />
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="60" />
      <location filename="../../desktop/ui/backlog/import_dialog.py" line="40" />
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/dossier_import.py" line="31" />
      <location filename="../../desktop/ui/sync/models.py" line="61" />
      <source>Received</source>
      <translation>Nhận lúc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="46" />
      <location filename="../../desktop/ui/backlog/records_tab.py" line="145" />
      <source>Evidence of the record</source>
      <translation>Bằng chứng của hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="63" />
      <source>Link files…</source>
      <translation>Liên kết tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="65" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="176" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="171" />
      <source>Unlink the file</source>
      <translation>Bỏ liên kết tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="139" />
      <source>Signature {n}: {name} (CCCD {cccd}), issued by {issuer}, signed on {date}: {verdict}</source>
      <translation>Chữ ký {n}: {name} (CCCD {cccd}), chứng thư do {issuer} cấp, ký ngày {date}: {verdict}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="157" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="155" />
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="166" />
      <source>Link files</source>
      <translation>Liên kết tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="158" />
      <source>PDF or images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
      <translation>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="54" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="56" />
      <source>Person who signed</source>
      <translation>Người ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="55" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="57" />
      <source>Signed on</source>
      <translation>Ngày ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="91" />
      <source>&lt;b&gt;Record {no}&lt;/b&gt; – {title}&lt;br&gt;Status: {status}</source>
      <translation>&lt;b&gt;Hồ sơ {no}&lt;/b&gt; – {title}&lt;br&gt;Trạng thái: {status}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="98" />
      <source>Evidence: a linked file carries a valid official-duty signature of a registered officer.</source>
      <translation>Có bằng chứng: tệp đã liên kết mang chữ ký số chuyên dùng công vụ hợp lệ của cán bộ đã đăng ký.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="101" />
      <source>No evidence (chưa có bằng chứng): the record was marked signed by hand and no linked file carries a valid signature.</source>
      <translation>Chưa có bằng chứng: hồ sơ được đánh dấu đã ký số thủ công và không tệp nào đã liên kết mang chữ ký số hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="172" />
      <source>Unlink</source>
      <translation>Bỏ liên kết</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="94" />
      <source>Signed by {name} on {date}; certificate: {cert}</source>
      <translation>Người ký: {name}, ngày {date}; chứng thư: {cert}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="104" />
      <source>No linked file carries a valid signature yet.</source>
      <translation>Chưa có tệp đã liên kết nào mang chữ ký số hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="106" />
      <source>No file is linked to this record.</source>
      <translation>Hồ sơ chưa được liên kết với tệp nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/evidence_dialog.py" line="171" />
      <source>Take {file} off this record? The file stays in its folder.</source>
      <translation>Bỏ liên kết {file} khỏi hồ sơ này? Tệp vẫn nằm trong thư mục của nó.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="77" />
      <source>Only files with problems</source>
      <translation>Chỉ tệp có vấn đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="81" />
      <source>Storage folder…</source>
      <translation>Thư mục lưu tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="82" />
      <source>The folder under which the commune keeps its digitized files (set by the administrator on each computer)</source>
      <translation>Thư mục xã lưu các tệp số hóa (quản trị viên đặt trên từng máy)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="87" />
      <source>file name pattern, e.g. KS-1999-{no}.pdf (empty: the last number in the name)</source>
      <translation>mẫu tên tệp, ví dụ KS-1999-{no}.pdf (để trống: số cuối cùng trong tên)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="89" />
      <source>Link a folder…</source>
      <translation>Liên kết thư mục…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="91" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="222" />
      <source>Check files</source>
      <translation>Kiểm tra tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="92" />
      <source>Check that every linked file is there and unchanged, and verify its digital signatures</source>
      <translation>Kiểm tra từng tệp đã liên kết còn đó và không bị thay đổi, và kiểm tra chữ ký số của tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="139" />
      <location filename="../../desktop/ui/backlog/records_tab.py" line="110" />
      <source>All lots</source>
      <translation>Tất cả lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="157" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="163" />
      <source>Storage folder</source>
      <translation>Thư mục lưu tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="173" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="192" />
      <location filename="../../desktop/ui/backlog/files_tab.py" line="171" />
      <source>Link a folder</source>
      <translation>Liên kết thư mục</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="52" />
      <source>Record no.</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="55" />
      <source>Check result</source>
      <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="148" />
      <source>No storage folder is set yet: the administrator sets it with “Storage folder…”.</source>
      <translation>Chưa đặt thư mục lưu tệp: quản trị viên đặt bằng nút “Thư mục lưu tệp…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="194" />
      <source>Linking files…</source>
      <translation>Đang liên kết tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="225" />
      <source>Checking files…</source>
      <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="153" />
      <source>{count} files</source>
      <translation>{count} tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="210" />
      <source>Checked {count} files: {valid} with a valid signature, {missing} missing, {changed} changed since linked; {signed} checked records marked signed from their files.</source>
      <translation>Đã kiểm tra {count} tệp: {valid} có chữ ký số hợp lệ, {missing} không tìm thấy, {changed} đã thay đổi từ khi liên kết; {signed} hồ sơ đã kiểm tra được chuyển sang đã ký số theo tệp.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="218" />
      <source>Stopped before the end: the files checked so far were saved.</source>
      <translation>Đã dừng giữa chừng: kết quả các tệp đã kiểm tra được lưu lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="147" />
      <source>Storage folder: {folder}</source>
      <translation>Thư mục lưu tệp: {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/files_tab.py" line="185" />
      <source>{new} files linked, {updated} replaced by a new version, {unchanged} unchanged, {skipped} files matched no record. Press “Check files” to verify the signatures.</source>
      <translation>{new} tệp được liên kết, {updated} thay bằng bản mới, {unchanged} không đổi, {skipped} tệp không khớp hồ sơ nào. Bấm “Kiểm tra tệp” để kiểm tra chữ ký số.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/import_dialog.py" line="29" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="135" />
      <source>Import lots</source>
      <translation>Nhập lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/import_dialog.py" line="30" />
      <source>{new} new lots, {update} updated, {unchanged} unchanged.</source>
      <translation>{new} lô mới, {update} cập nhật, {unchanged} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/import_dialog.py" line="31" />
      <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows — {new} new, {update} to update, {unchanged} unchanged, {errors} with errors.</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} dòng — {new} lô mới, {update} cập nhật, {unchanged} không đổi, {errors} dòng có lỗi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_summary.py" line="28" />
      <source>No dossier data this month.</source>
      <translation>Chưa có dữ liệu hồ sơ tháng này.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_summary.py" line="45" />
      <source>Details and dossier import: Digitization → QĐ 766 indicators</source>
      <translation>Xem chi tiết và nhập hồ sơ: Số hóa → Chỉ số 766</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_summary.py" line="75" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="105" />
      <location filename="../../cli/dossiers.py" line="46" />
      <source>no dossiers</source>
      <translation>không phát sinh hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_summary.py" line="70" />
      <source>QĐ 766 digitization indicators, month {month}</source>
      <translation>Chỉ số số hóa theo QĐ 766, tháng {month}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_summary.py" line="82" />
      <source>Total of indicators 4.1–4.4: {points} of {pmax} points</source>
      <translation>Tổng chỉ số 4.1–4.4: {points} trên {pmax} điểm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_summary.py" line="77" />
      <source>{points}/{pmax} pts</source>
      <translation>{points}/{pmax} điểm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="40" />
      <source>Import dossiers…</source>
      <translation>Nhập hồ sơ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="41" />
      <source>Import the dossier export of the procedure system (.xlsx or .csv)</source>
      <translation>Nhập tệp hồ sơ xuất từ Hệ thống giải quyết TTHC (.xlsx hoặc .csv)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="51" />
      <source>Points = Pmax when the rate reaches the target, otherwise rate × Pmax ÷ target (QĐ 766/QĐ-TTg). 4.2 and 4.3 count the dossiers received in the month, 4.1 and 4.4 those finished in the month.</source>
      <translation>Điểm = điểm tối đa khi tỷ lệ đạt chỉ tiêu, nếu chưa đạt thì bằng tỷ lệ × điểm tối đa ÷ chỉ tiêu (QĐ 766/QĐ-TTg). Chỉ số 4.2 và 4.3 tính trên hồ sơ tiếp nhận trong tháng, 4.1 và 4.4 tính trên hồ sơ giải quyết xong trong tháng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="135" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="135" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="128" />
      <source>Excel or CSV (*.xlsx *.csv)</source>
      <translation>Excel hoặc CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="141" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="153" />
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="155" />
      <source>Export to Excel</source>
      <translation>Xuất Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="56" />
      <location filename="../../desktop/ui/reports/period_picker.py" line="32" />
      <location filename="../../desktop/ui/reports/period_picker.py" line="23" />
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="90" />
      <source>{count} dossiers on file</source>
      <translation>{count} hồ sơ đã nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/indicators_tab.py" line="153" />
      <source>The indicators were saved to {file}.</source>
      <translation>Đã lưu các chỉ số vào tệp {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="30" />
      <source>All fields</source>
      <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="36" />
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="41" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="96" />
      <source>Edit</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="37" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="114" />
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="42" />
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="38" />
      <source>List records…</source>
      <translation>Lập danh sách hồ sơ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="39" />
      <source>Create the numbered records of the selected lot</source>
      <translation>Tạo các hồ sơ đánh số của lô đang chọn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="40" />
      <source>Import records…</source>
      <translation>Nhập danh sách hồ sơ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="41" />
      <source>Import the list of records (number, title) of the selected lot from Excel (.xlsx) or .csv</source>
      <translation>Nhập danh sách hồ sơ (số thứ tự, tên hồ sơ) của lô đang chọn từ tệp Excel (.xlsx) hoặc .csv</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="44" />
      <source>Import lots…</source>
      <translation>Nhập lô hồ sơ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="45" />
      <source>Import the inventory of lots from Excel (.xlsx) or .csv</source>
      <translation>Nhập danh mục lô hồ sơ từ Excel (.xlsx) hoặc .csv</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="116" />
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="113" />
      <source>Delete lot</source>
      <translation>Xóa lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="85" />
      <source>{count} lots</source>
      <translation>{count} lô hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="113" />
      <source>Delete the selected lot and take it out of the progress figures? Its records are kept in the history.</source>
      <translation>Xóa lô hồ sơ đang chọn và bỏ khỏi số liệu tiến độ? Hồ sơ của lô vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/lots_tab.py" line="153" />
      <source>{count} records saved to {file}.</source>
      <translation>Đã lưu {count} hồ sơ vào tệp {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/models.py" line="36" />
      <source>Listed</source>
      <translation>Đã lập DS</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/page.py" line="20" />
      <location filename="../../desktop/ui/main_window.py" line="61" />
      <source>Digitization</source>
      <translation>Số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/page.py" line="30" />
      <source>Digitized files</source>
      <translation>Tệp số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/page.py" line="31" />
      <source>Progress</source>
      <translation>Tiến độ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/page.py" line="32" />
      <source>QĐ 766 indicators</source>
      <translation>Chỉ số 766</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="30" />
      <source>Per day</source>
      <translation>Theo ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="30" />
      <source>Per week</source>
      <translation>Theo tuần</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="30" />
      <source>Per month</source>
      <translation>Theo tháng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="87" />
      <source>Records digitized per week</source>
      <translation>Số hồ sơ được số hóa mỗi tuần</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="85" />
      <source>Period from</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="127" />
      <location filename="../../cli/backlog.py" line="69" />
      <source>Current rate: {rate} records a day (last {days} days).</source>
      <translation>Tốc độ hiện nay: {rate} hồ sơ/ngày ({days} ngày gần nhất).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/progress_tab.py" line="76" />
      <source>of which no evidence</source>
      <translation>trong đó chưa có bằng chứng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="32" />
      <source>Digitized…</source>
      <translation>Đã số hóa…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="32" />
      <source>Checked…</source>
      <translation>Đã kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="32" />
      <source>Signed…</source>
      <translation>Đã ký số…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="33" />
      <source>Stored…</source>
      <translation>Đã lưu kho…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="33" />
      <source>Reject…</source>
      <translation>Trả lại…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="33" />
      <source>Reopen…</source>
      <translation>Mở lại…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="55" />
      <source>All statuses</source>
      <translation>Tất cả trạng thái</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="73" />
      <source>Evidence…</source>
      <translation>Bằng chứng…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="74" />
      <source>The record's digitized files and what their signatures prove</source>
      <translation>Các tệp số hóa của hồ sơ và chữ ký số của chúng chứng minh điều gì</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="76" />
      <location filename="../../desktop/ui/backlog/records_tab.py" line="176" />
      <location filename="../../desktop/ui/backlog/records_tab.py" line="172" />
      <source>Undo last change</source>
      <translation>Hoàn tác thao tác gần nhất</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="66" />
      <source>Mark:</source>
      <translation>Ghi nhận:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="111" />
      <source>All officers</source>
      <translation>Tất cả cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="145" />
      <source>Select one record first.</source>
      <translation>Hãy chọn một hồ sơ trước.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="180" />
      <source>Undoing the last change…</source>
      <translation>Đang hoàn tác thay đổi gần nhất…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="135" />
      <source>{count} records</source>
      <translation>{count} hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="163" />
      <source>Last change: {count} records → {what} on {date} (records {numbers}).</source>
      <translation>Thao tác gần nhất: {count} hồ sơ → {what} ngày {date} (hồ sơ số {numbers}).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="174" />
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/records_tab.py" line="172" />
      <source>Put the {count} records of the last change back to their previous status?</source>
      <translation>Đưa {count} hồ sơ của thao tác gần nhất về trạng thái trước đó?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="28" />
      <location filename="../../cli/backlog.py" line="73" />
      <source>Target {percent} by {date}</source>
      <translation>Chỉ tiêu {percent} đến {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="39" />
      <source>{target}: on track — at the current rate ({rate} records a day) it is reached on {date}.</source>
      <translation>{target}: đúng tiến độ — với tốc độ hiện nay ({rate} hồ sơ/ngày) sẽ đạt vào {date}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="48" />
      <source>of the records digitized</source>
      <translation>hồ sơ đã được số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="49" />
      <source>records digitized</source>
      <translation>hồ sơ đã số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="50" />
      <source>records signed and stored</source>
      <translation>hồ sơ đã ký số và lưu kho</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="51" />
      <source>records still to digitize for the target</source>
      <translation>hồ sơ còn phải số hóa để đạt chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="57" />
      <source>Records digitized by field (%)</source>
      <translation>Tỷ lệ hồ sơ đã số hóa theo lĩnh vực (%)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="31" />
      <source>{target}: reached.</source>
      <translation>{target}: đã đạt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="33" />
      <source>{target}: will be missed — no records were digitized in the last {days} days.</source>
      <translation>{target}: sẽ không đạt — {days} ngày qua không có hồ sơ nào được số hóa.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="36" />
      <source>{target}: will be missed — at the current rate ({rate} records a day) it is reached only on {date}.</source>
      <translation>{target}: sẽ không đạt — với tốc độ hiện nay ({rate} hồ sơ/ngày) đến {date} mới đạt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="83" />
      <source>Digitization of paper records</source>
      <translation>Số hóa hồ sơ giấy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/backlog/summary.py" line="81" />
      <source>Digitization of paper records (target: {percent} by {date})</source>
      <translation>Số hóa hồ sơ giấy (chỉ tiêu: {percent} đến {date})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="27" />
      <source>All certificates</source>
      <translation>Tất cả chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="28" />
      <source>Expiring within 30 days or expired</source>
      <translation>Hết hạn trong 30 ngày hoặc đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="41" />
      <source>Search by officer, name in certificate or CCCD…</source>
      <translation>Tìm theo cán bộ, tên trên chứng thư hoặc CCCD…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="42" />
      <source>Accents optional; matches the officer, the name in the certificate or the CCCD</source>
      <translation>Có dấu hoặc không dấu; tìm theo cán bộ, tên trên chứng thư hoặc số CCCD</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="52" />
      <source>Which certificates to list</source>
      <translation>Chọn nhóm chứng thư cần xem</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="65" />
      <source>Assign to an officer…</source>
      <translation>Gán cho cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="66" />
      <source>Details…</source>
      <translation>Thông tin…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="67" />
      <source>Status, carrier and subscriber type of the certificate</source>
      <translation>Trạng thái, thiết bị lưu khóa và loại thuê bao của chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="68" />
      <source>Request renewal…</source>
      <translation>Lập yêu cầu gia hạn…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="111" />
      <source>Select a certificate to see why it has its kind.</source>
      <translation>Chọn một chứng thư để xem vì sao được xếp loại như vậy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="76" />
      <source>Show</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="113" />
      <source>No certificate is waiting to be assigned.</source>
      <translation>Không có chứng thư nào chờ gán.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="115" />
      <source>No certificate yet: import the files officers hand in (or drag them onto this page).</source>
      <translation>Chưa có chứng thư: hãy nhập các tệp cán bộ nộp (hoặc kéo thả tệp vào trang này).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="121" />
      <source>Valid from {start} to {end}.</source>
      <translation>Hiệu lực từ {start} đến {end}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="26" />
      <source>Working officers with an official-duty certificate that is in use and valid today; the target is 100 %. This is the figure of the monthly report.</source>
      <translation>Cán bộ đang công tác có chứng thư số chuyên dùng đang dùng và còn hiệu lực tại ngày hôm nay; chỉ tiêu 100 %. Đây là số liệu dùng cho báo cáo tháng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="21" />
      <source>Rate</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="40" />
      <location filename="../../desktop/ui/pages/dashboard.py" line="117" />
      <location filename="../../desktop/ui/training/coverage.py" line="126" />
      <source>(no department)</source>
      <translation>(chưa ghi bộ phận)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="51" />
      <source>The officer who holds the certificate; type part of the name to find them</source>
      <translation>Cán bộ giữ chứng thư; gõ một phần họ tên để tìm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="52" />
      <source>Active, suspended, revoked, expired or replaced by a newer certificate</source>
      <translation>Đang hoạt động, tạm dừng, đã thu hồi, hết hạn hoặc đã được thay bằng chứng thư mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="53" />
      <source>Where the key is kept: USB token, SIM or remote signing</source>
      <translation>Nơi lưu khóa: USB token, SIM hoặc ký số từ xa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="54" />
      <source>Issued to a person, to the agency or to a device</source>
      <translation>Cấp cho cá nhân, cho cơ quan hoặc cho thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="55" />
      <source>Anything worth keeping, e.g. where the token is kept</source>
      <translation>Thông tin cần lưu, ví dụ nơi cất giữ token</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="56" />
      <source>New certificate, renewal, change of information, revocation or device recovery</source>
      <translation>Cấp mới, gia hạn, thay đổi thông tin, thu hồi hoặc khôi phục thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="57" />
      <source>The day the request was made, e.g. 05/10/2025</source>
      <translation>Ngày lập yêu cầu, ví dụ 05/10/2025</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="58" />
      <source>What went wrong when signing</source>
      <translation>Sự cố gặp phải khi ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="59" />
      <source>What the officer saw, e.g. the error message</source>
      <translation>Cán bộ gặp gì, ví dụ nội dung thông báo lỗi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="60" />
      <source>What was done to solve it</source>
      <translation>Cách đã xử lý sự cố</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="28" />
      <source>(no officer)</source>
      <translation>(không gắn cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="72" />
      <source>Assign the certificate to an officer</source>
      <translation>Gán chứng thư cho cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="75" />
      <source>Agency in certificate</source>
      <translation>Cơ quan trên chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="77" />
      <source>(choose the officer)</source>
      <translation>(chọn cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="82" />
      <source>Assign</source>
      <translation>Gán</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="93" />
      <source>Certificate details</source>
      <translation>Thông tin chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="105" />
      <source>SHA-256 fingerprint</source>
      <translation>Dấu vân tay SHA-256</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="126" />
      <source>New certificate request</source>
      <translation>Lập yêu cầu chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="134" />
      <source>Date of request</source>
      <translation>Ngày lập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="136" />
      <location filename="../../desktop/ui/officers/dialog.py" line="44" />
      <location filename="../../desktop/ui/widgets/forms.py" line="88" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="139" />
      <source>Name, CCCD, position and contact are taken from the officer's record.</source>
      <translation>Họ tên, CCCD, chức vụ và thông tin liên hệ lấy từ hồ sơ cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="159" />
      <source>Log a support request</source>
      <translation>Ghi nhận yêu cầu hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="173" />
      <source>Support request solved</source>
      <translation>Đã xử lý yêu cầu hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="87" />
      <source>Choose the officer.</source>
      <translation>Hãy chọn cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="150" />
      <source>Write the date as dd/mm/yyyy.</source>
      <translation>Hãy ghi ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="26" />
      <source>Import certificates</source>
      <translation>Nhập chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="29" />
      <source>Reading the certificate files…</source>
      <translation>Đang đọc các tệp chứng thư…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="30" />
      <source>Importing the certificates…</source>
      <translation>Đang nhập chứng thư…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="49" />
      <source>Officer / explanation</source>
      <translation>Cán bộ / giải thích</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="108" />
      <location filename="../../desktop/ui/sync/models.py" line="14" />
      <location filename="../../desktop/ui/sync/page.py" line="221" />
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="130" />
      <source>password of the .p12 / .pfx files</source>
      <translation>mật khẩu của tệp .p12 / .pfx</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="131" />
      <source>Only the certificate is kept, never the private key or the password</source>
      <translation>Chỉ lưu chứng thư; không bao giờ lưu khóa bí mật hay mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="132" />
      <source>Read again with this password</source>
      <translation>Đọc lại với mật khẩu này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="140" />
      <source>Leave out of the list</source>
      <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="141" />
      <source>Take the selected files that cannot be read out of this import; the other files stay as they are</source>
      <translation>Bỏ các tệp không đọc được đang chọn ra khỏi lần nhập này; các tệp khác giữ nguyên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="152" />
      <source>Only the certificate is kept; the private key in a .p12/.pfx file is never stored.</source>
      <translation>Chỉ lưu chứng thư; khóa bí mật trong tệp .p12/.pfx không bao giờ được lưu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="85" />
      <source>No certificate was found.</source>
      <translation>Không tìm thấy chứng thư nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="86" />
      <source>{new} new, {dup} already imported, {review} to assign to an officer after the import. Point at a row to see why it has its kind.</source>
      <translation>{new} mới, {dup} đã có, {review} cần gán cho cán bộ sau khi nhập. Di chuột lên một dòng để xem lý do xếp loại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="99" />
      <source>{count} files could not be read (in red). Nothing will be imported until they are fixed or left out: select them and press “Leave out of the list”.</source>
      <translation>{count} tệp không đọc được (tô đỏ). Chưa nhập gì cho đến khi các tệp đó được sửa hoặc bỏ ra: chọn các dòng đó rồi bấm “Bỏ khỏi danh sách”.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="115" />
      <source>Done: {count} certificates imported.</source>
      <translation>Xong: đã nhập {count} chứng thư.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="137" />
      <source>PKCS#12 password</source>
      <translation>Mật khẩu PKCS#12</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="52" />
      <location filename="../../desktop/ui/ops.py" line="136" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="18" />
      <source>Error</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="58" />
      <source>Already imported</source>
      <translation>Đã có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="108" />
      <source>Import {count} certificates</source>
      <translation>Nhập {count} chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="60" />
      <source>New, to assign</source>
      <translation>Mới, cần gán</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="81" />
      <source>Left out: {files}.</source>
      <translation>Đã bỏ ra: {files}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="117" />
      <source>{count} of them wait in the “To assign” tab for their officer.</source>
      <translation>Trong đó {count} chứng thư chờ gán cán bộ ở thẻ “Cần gán”.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="62" />
      <source>Replaces</source>
      <translation>Thay thế</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="91" />
      <source>{count} of them replace a certificate still in use (Result: Replaces): it will be marked Replaced.</source>
      <translation>Trong đó {count} chứng thư thay thế một chứng thư đang dùng (cột Kết quả ghi “Thay thế”): chứng thư cũ sẽ chuyển sang Đã thay thế.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="64" />
      <source>Older</source>
      <translation>Cũ hơn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="66" />
      <location filename="../../desktop/ui/training/coverage.py" line="73" />
      <location filename="../../desktop/ui/training/coverage.py" line="157" />
      <source>New</source>
      <translation>Mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/models.py" line="27" />
      <source>(to assign)</source>
      <translation>(cần gán)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/models.py" line="27" />
      <source>(organisation)</source>
      <translation>(tổ chức)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="146" />
      <source>Import a CA certificate</source>
      <translation>Nhập chứng thư CA</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="42" />
      <source>Import certificates…</source>
      <translation>Nhập chứng thư…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="43" />
      <source>PEM, DER, .cer/.crt, PKCS#7 (.p7b) or PKCS#12 (.p12/.pfx) files; you can also drag files onto this page</source>
      <translation>Tệp PEM, DER, .cer/.crt, PKCS#7 (.p7b) hoặc PKCS#12 (.p12/.pfx); cũng có thể kéo thả tệp vào trang này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="45" />
      <source>Import a folder…</source>
      <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="46" />
      <source>Import a CA certificate…</source>
      <translation>Nhập chứng thư CA…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="47" />
      <source>With the CA certificate of Ban Cơ yếu Chính phủ, signatures are checked, not just the issuer's name</source>
      <translation>Có chứng thư CA của Ban Cơ yếu Chính phủ thì chữ ký được kiểm tra, không chỉ tên tổ chức cấp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="64" />
      <source>Signing support</source>
      <translation>Hỗ trợ ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="66" />
      <source>Coverage by department</source>
      <translation>Tỷ lệ theo bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="121" />
      <source>Choose the certificate files</source>
      <translation>Chọn các tệp chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="126" />
      <source>Choose the folder with the certificate files</source>
      <translation>Chọn thư mục chứa các tệp chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="142" />
      <source>Choose the CA certificate</source>
      <translation>Chọn chứng thư CA</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="163" />
      <source>chung-thu-so.xlsx</source>
      <translation>chung-thu-so.xlsx</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="164" />
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="137" />
      <location filename="../../desktop/ui/infrastructure/export.py" line="16" />
      <source>Excel files (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="156" />
      <source>Checking the certificates again…</source>
      <translation>Đang kiểm tra lại các chứng thư số…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="91" />
      <source>{covered} of {officers} working officers hold a valid official-duty certificate ({percent}; target 100 %). {public} still use only a public-CA certificate.</source>
      <translation>{covered}/{officers} cán bộ đang công tác có chứng thư số chuyên dùng còn hiệu lực ({percent}; chỉ tiêu 100 %). {public} cán bộ còn dùng chứng thư CA công cộng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="100" />
      <source>Expiring within 30 days: {warnings} · expired or within 7 days: {errors}</source>
      <translation>Sắp hết hạn trong 30 ngày: {warnings} · đã hết hạn hoặc còn dưới 7 ngày: {errors}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="102" />
      <source>To assign ({count})</source>
      <translation>Cần gán ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="122" />
      <location filename="../../desktop/ui/certificates/page.py" line="143" />
      <source>Certificates ({patterns})</source>
      <translation>Chứng thư số ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="150" />
      <source>{added} CA certificates added; {changed} certificates re-checked and changed kind.</source>
      <translation>Đã thêm {added} chứng thư CA; {changed} chứng thư được kiểm tra lại và đổi loại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="175" />
      <source>Saved {file} ({count} certificates).</source>
      <translation>Đã lưu {file} ({count} chứng thư).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="46" />
      <source>New request…</source>
      <translation>Lập yêu cầu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="47" />
      <source>Mark as submitted</source>
      <translation>Đánh dấu đã nộp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="48" />
      <source>Mark as issued</source>
      <translation>Đánh dấu đã cấp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="49" />
      <source>Cancel the request</source>
      <translation>Hủy yêu cầu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="63" />
      <source>Prepare the request…</source>
      <translation>Lập yêu cầu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="129" />
      <source>Log a problem…</source>
      <translation>Ghi nhận sự cố…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="130" />
      <source>Mark as solved…</source>
      <translation>Đánh dấu đã xử lý…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="59" />
      <source>Why a request is needed</source>
      <translation>Lý do cần lập yêu cầu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="60" />
      <source>Request open</source>
      <translation>Đã có yêu cầu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="126" />
      <source>Solved after</source>
      <translation>Thời gian xử lý</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="91" />
      <source>Officers who need a request: {count}</source>
      <translation>Cán bộ cần lập yêu cầu: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="152" />
      <source>under 1 h</source>
      <translation>dưới 1 giờ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="155" />
      <source>(not solved yet)</source>
      <translation>(chưa xử lý)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="164" />
      <source>Solved within {hours} hours: {in_time}/{resolved} ({percent}); open: {open}</source>
      <translation>Xử lý trong {hours} giờ: {in_time}/{resolved} ({percent}); chưa xử lý: {open}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="151" />
      <source>{hours} h</source>
      <translation>{hours} giờ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="26" />
      <source>Signing certificates</source>
      <translation>Chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="72" />
      <source>Officers with a valid official-duty certificate: {covered}/{officers} ({percent}; target 100 %)</source>
      <translation>Cán bộ có chứng thư số chuyên dùng còn hiệu lực: {covered}/{officers} ({percent}; chỉ tiêu 100 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="76" />
      <source>Expiring within 30 days: {count}</source>
      <translation>Sắp hết hạn trong 30 ngày: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="78" />
      <source>Expired or expiring within 7 days: {count}</source>
      <translation>Đã hết hạn hoặc còn dưới 7 ngày: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="80" />
      <source>Still on a public CA: {public} · to assign: {review} · open requests: {requests} · support answered in time: {in_time}</source>
      <translation>Còn dùng CA công cộng: {public} · cần gán: {review} · yêu cầu đang xử lý: {requests} · hỗ trợ đúng hạn: {in_time}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="60" />
      <source>Certificates: {errors} expired or within 7 days, {warnings} within 30 days</source>
      <translation>Chứng thư số: {errors} đã hết hạn hoặc còn dưới 7 ngày, {warnings} còn dưới 30 ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="80" />
      <source>Choose a province…</source>
      <translation>Chọn tỉnh, thành phố…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="38" />
      <source>Welcome to Xã Số</source>
      <translation>Chào mừng đến với Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="39" />
      <source>Xã Số helps the one-stop centre keep track of digitizing paper records, officers' signing certificates and training, and prepares the monthly reports to the province.

What is this computer for?</source>
      <translation>Xã Số giúp bộ phận một cửa theo dõi việc số hóa hồ sơ giấy, chứng thư số ký số và việc bồi dưỡng của cán bộ, và lập báo cáo hằng tháng gửi tỉnh.

Máy tính này dùng để làm gì?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="43" />
      <source>Commune or ward computer — enter and follow the commune's figures</source>
      <translation>Máy của xã/phường — nhập và theo dõi số liệu của xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="45" />
      <source>Province computer — view the figures of the whole province</source>
      <translation>Máy của tỉnh — xem số liệu toàn tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="48" />
      <source>This computer keeps the data of one commune or ward and sends it to the province</source>
      <translation>Máy này lưu số liệu của một xã, phường và gửi lên tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="50" />
      <source>This computer shows every commune's figures from the province server; it needs a province viewer code</source>
      <translation>Máy này hiển thị số liệu của mọi xã, phường từ máy chủ tỉnh; cần có mã đăng ký máy xem số liệu toàn tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="55" />
      <source>For the one-stop centre of a commune or ward. Next: choose the commune, then create the administrator account.</source>
      <translation>Dành cho bộ phận một cửa của xã, phường. Bước tiếp: chọn xã, phường, rồi tạo tài khoản quản trị.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="57" />
      <source>For the province (Department of Science and Technology): every commune's figures from the province server, ranked; no data is entered here. Next: choose the province, create the administrator account, connect to the province server.</source>
      <translation>Dành cho tỉnh (Sở Khoa học và Công nghệ): số liệu của mọi xã, phường lấy từ máy chủ tỉnh, có xếp hạng; máy này không nhập số liệu. Bước tiếp: chọn tỉnh, tạo tài khoản quản trị, kết nối máy chủ tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="87" />
      <source>Your commune</source>
      <translation>Xã, phường của bạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="88" />
      <source>Choose the province and the commune or ward this computer works for (official list after 1 July 2025).</source>
      <translation>Chọn tỉnh, thành phố và xã, phường mà máy tính này phục vụ (danh mục chính thức từ ngày 01/7/2025).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="91" />
      <source>The province or centrally governed city of this commune</source>
      <translation>Tỉnh, thành phố trực thuộc trung ương của xã, phường này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="93" />
      <source>Type part of the name, accents optional (e.g. huu lung)</source>
      <translation>Gõ một phần tên, có dấu hoặc không dấu (ví dụ: huu lung)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="95" />
      <source>Filters the list below; then click the commune or ward (or move with the arrow keys)</source>
      <translation>Lọc danh sách bên dưới; sau đó bấm chọn xã, phường (hoặc dùng phím mũi tên)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="102" />
      <source>Find commune</source>
      <translation>Tìm xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="146" />
      <source>Your province</source>
      <translation>Tỉnh của bạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="147" />
      <source>Choose the province whose communes and wards this computer views (official list after 1 July 2025).</source>
      <translation>Chọn tỉnh, thành phố mà máy này xem số liệu của các xã, phường (danh mục chính thức từ 01/07/2025).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="150" />
      <source>The province or centrally governed city whose figures this computer shows</source>
      <translation>Tỉnh hoặc thành phố trực thuộc trung ương mà máy này xem số liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="152" />
      <source>This computer enters no data of its own: it shows the figures the communes send to the province server.</source>
      <translation>Máy này không nhập số liệu: nó hiển thị số liệu các xã, phường gửi lên máy chủ tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="179" />
      <source>Administrator account</source>
      <translation>Tài khoản quản trị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="180" />
      <source>This account manages Xã Số on this computer. Keep the password safe.</source>
      <translation>Tài khoản này quản trị Xã Số trên máy tính này. Hãy giữ kín mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="182" />
      <source>Create the account</source>
      <translation>Tạo tài khoản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="185" />
      <source>Name of the person who manages Xã Số here, e.g. Nguyễn Văn An</source>
      <translation>Họ tên người quản trị Xã Số tại đây, ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="186" />
      <source>Used to sign in; letters and digits, no spaces</source>
      <translation>Dùng để đăng nhập; chữ thường không dấu và chữ số, không có dấu cách</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="194" />
      <source>Type the same password again</source>
      <translation>Nhập lại đúng mật khẩu trên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="200" />
      <source>Repeat password</source>
      <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="255" />
      <location filename="../../desktop/ui/hub/connect.py" line="19" />
      <location filename="../../desktop/ui/province/page.py" line="170" />
      <source>Connect to the province server</source>
      <translation>Kết nối máy chủ tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="256" />
      <source>Type the address of the province server and the province viewer code the province gave for this computer. The code works once.</source>
      <translation>Gõ địa chỉ máy chủ tỉnh và mã đăng ký máy xem số liệu toàn tỉnh mà tỉnh cấp cho máy này. Mã chỉ dùng được một lần.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="260" />
      <source>The address of the province server, e.g. https://xaso.langson.gov.vn</source>
      <translation>Địa chỉ máy chủ tỉnh, ví dụ https://xaso.langson.gov.vn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="263" />
      <source>The one-time code from the province server's administrator (xaso-hub enrol --province)</source>
      <translation>Mã dùng một lần do người quản trị máy chủ tỉnh cấp (xaso-hub enrol --province)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="266" />
      <source>No code yet? Press Skip: you can connect later with the button "Connect to the province server…" in the Whole province section.</source>
      <translation>Chưa có mã? Bấm Bỏ qua: có thể kết nối sau bằng nút "Kết nối máy chủ tỉnh…" trong mục Toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="271" />
      <location filename="../../desktop/ui/hub/connect.py" line="27" />
      <source>Server address</source>
      <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="272" />
      <location filename="../../desktop/ui/hub/connect.py" line="28" />
      <source>Enrolment code</source>
      <translation>Mã đăng ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="334" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="18" />
      <source>Ready</source>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="371" />
      <source>Set up Xã Số</source>
      <translation>Thiết lập Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="214" />
      <source>The two passwords are different. Type them again.</source>
      <translation>Hai mật khẩu không giống nhau. Hãy gõ lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="287" />
      <location filename="../../desktop/ui/hub/connect.py" line="30" />
      <source>Connect</source>
      <translation>Kết nối</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="287" />
      <source>Skip</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="298" />
      <source>Type the server address and the enrolment code, or clear both and press Skip.</source>
      <translation>Hãy gõ địa chỉ máy chủ và mã đăng ký, hoặc xóa cả hai rồi bấm Bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="347" />
      <source>Xã Số is set up as the province computer of {province}. Its settings are kept in {folder}.</source>
      <translation>Xã Số đã được cài đặt làm máy của tỉnh: {province}. Thiết lập được lưu trong {folder}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="355" />
      <source>It is not connected to the province server yet: in the Whole province section, press "Connect to the province server…" once the province gives you a viewer code.</source>
      <translation>Máy chưa kết nối máy chủ tỉnh: khi tỉnh cấp mã đăng ký máy xem số liệu, vào mục Toàn tỉnh và bấm "Kết nối máy chủ tỉnh…".</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="378" />
      <source>&lt; Back</source>
      <translation>&lt; Quay lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="379" />
      <source>Next &gt;</source>
      <translation>Tiếp &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="380" />
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="123" />
      <source>{count} communes and wards</source>
      <translation>{count} xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="189" />
      <source>at least {count} characters</source>
      <translation>ít nhất {count} ký tự</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="190" />
      <source>At least {count} characters; write it down somewhere safe</source>
      <translation>Ít nhất {count} ký tự; hãy ghi lại ở nơi an toàn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="342" />
      <source>Xã Số is set up for {commune}. Your data is kept in {folder}.

Next: add the officers of the commune (section Officers), by hand or from an Excel list.</source>
      <translation>Xã Số đã được thiết lập cho {commune}. Dữ liệu được lưu tại {folder}.

Việc tiếp theo: thêm cán bộ của xã (mục Cán bộ), nhập tay hoặc từ danh sách Excel.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="351" />
      <source>It is connected to the province server {url}: the Whole province section shows every commune's figures.</source>
      <translation>Máy đã kết nối máy chủ tỉnh {url}: mục Toàn tỉnh hiển thị số liệu của mọi xã, phường.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="69" />
      <source>Help — Xã Số</source>
      <translation>Trợ giúp — Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="77" />
      <source>Help pages; Up/Down to move, the page shows on the right</source>
      <translation>Các trang trợ giúp; dùng phím mũi tên lên/xuống để chuyển, nội dung hiện ở bên phải</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="88" />
      <source>&amp;About Xã Số…</source>
      <translation>&amp;Giới thiệu Xã Số…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="89" />
      <source>Version, data folder and licences (Shift+F1)</source>
      <translation>Phiên bản, thư mục dữ liệu và giấy phép (Shift+F1)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="93" />
      <location filename="../../desktop/ui/help.py" line="164" />
      <source>&amp;Close</source>
      <translation>Đó&amp;ng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="145" />
      <source>Picture — Help</source>
      <translation>Hình minh họa — Trợ giúp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="162" />
      <source>Click to close</source>
      <translation>Bấm để đóng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="210" />
      <source>Click to see the picture larger</source>
      <translation>Bấm để xem hình lớn hơn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="108" />
      <source>No help pages were found in {folder}.</source>
      <translation>Không tìm thấy trang trợ giúp nào trong {folder}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/hub/connect.py" line="51" />
      <source>Connecting to the province server…</source>
      <translation>Đang kết nối máy chủ tỉnh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/hub/connect.py" line="20" />
      <source>Type the address of the province server and the enrolment code the province gave for this computer. The code works once.</source>
      <translation>Nhập địa chỉ máy chủ tỉnh và mã đăng ký tỉnh đã cấp cho máy này. Mỗi mã chỉ dùng được một lần.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/hub/connect.py" line="37" />
      <source>Type the server address and the enrolment code.</source>
      <translation>Hãy nhập địa chỉ máy chủ và mã đăng ký.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="48" />
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="20" />
      <source>{value} is not a whole number.</source>
      <translation>{value} không phải là số nguyên.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="93" />
      <source>Double-click “Needed” to change what the centre needs, and “Unit price” to price the estimate. Computers and kiosks whose operating system no longer receives updates do not count as usable.</source>
      <translation>Nhấp đúp vào ô “Cần có” để sửa nhu cầu của bộ phận, vào ô “Đơn giá” để lập dự toán. Máy tính, kiosk dùng hệ điều hành đã hết cập nhật bảo mật không được tính là dùng được.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="99" />
      <source>The requirements check and the estimate, ready to print or attach to the budget request</source>
      <translation>Bảng đối chiếu yêu cầu và dự toán, để in hoặc gửi kèm đề nghị cấp kinh phí</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="102" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="231" />
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="247" />
      <source>Print estimate (PDF)…</source>
      <translation>In dự toán (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="103" />
      <source>The requirements check and the estimate on A4, with places to sign</source>
      <translation>Bảng đối chiếu yêu cầu và dự toán trên khổ A4, có chỗ ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="106" />
      <source>Estimate of what must be bought</source>
      <translation>Dự toán mua sắm bổ sung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="170" />
      <source>Untick a line the centre does not need: it is kept but not counted</source>
      <translation>Bỏ chọn dòng mà bộ phận không cần: dòng vẫn được giữ nhưng không tính</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="232" />
      <source>du-toan-ha-tang.pdf</source>
      <translation>du-toan-ha-tang.pdf</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="232" />
      <location filename="../../desktop/ui/reports/preview.py" line="62" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="93" />
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="136" />
      <source>Total estimate: {amount} đồng</source>
      <translation>Tổng dự toán: {amount} đồng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="133" />
      <source>{met} of {lines} requirements met; {missing} item(s) missing.</source>
      <translation>Đạt {met}/{lines} yêu cầu; còn thiếu {missing} thiết bị.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="248" />
      <location filename="../../desktop/ui/province/report.py" line="213" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="256" />
      <source>Saved {file}.</source>
      <translation>Đã lưu {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="139" />
      <source>({count} item(s) not priced yet)</source>
      <translation>({count} hạng mục chưa có đơn giá)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/check_tab.py" line="154" />
      <source>One per officer who signs documents (from the officer list)</source>
      <translation>Mỗi cán bộ ký số một bộ (theo danh sách cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="42" />
      <source>e.g. Dell OptiPlex 3080</source>
      <translation>ví dụ Dell OptiPlex 3080</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="45" />
      <source>The commune's asset code or the serial number; an Excel import finds the device by it</source>
      <translation>Mã tài sản của xã hoặc số sê-ri; khi nhập từ Excel, thiết bị được nhận ra theo mã này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="51" />
      <source>e.g. Quầy 2</source>
      <translation>ví dụ Quầy 2</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="56" />
      <source>(nobody)</source>
      <translation>(không giao cho ai)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="75" />
      <source>Device type *</source>
      <translation>Loại thiết bị *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="77" />
      <source>Make, model *</source>
      <translation>Hãng, model *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="36" />
      <source>Edit device</source>
      <translation>Sửa thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="36" />
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="39" />
      <source>Add device</source>
      <translation>Thêm thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="114" />
      <source>No more security updates: upgrade or replace this computer.</source>
      <translation>Đã hết cập nhật bảo mật: cần nâng cấp hoặc thay máy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/dialogs.py" line="63" />
      <source>{os} (support ends {date})</source>
      <translation>{os} (hết hỗ trợ từ {date})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="28" />
      <source>All devices</source>
      <translation>Tất cả thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="29" />
      <source>Computers (desktop and laptop)</source>
      <translation>Máy tính (để bàn và xách tay)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="33" />
      <source>Any condition</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="40" />
      <source>Add a device to the register (Ctrl+N)</source>
      <translation>Thêm thiết bị vào danh mục (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="43" />
      <location filename="../../desktop/ui/officers/page.py" line="69" />
      <source>Import from Excel…</source>
      <translation>Nhập từ Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="44" />
      <source>Import the equipment register from an Excel file (.xlsx)</source>
      <translation>Nhập danh mục thiết bị từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="46" />
      <source>The register, the requirements check and the estimate in one Excel file (.xlsx)</source>
      <translation>Danh mục thiết bị, bảng đối chiếu yêu cầu và dự toán trong một tệp Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="60" />
      <source>Red: faulty or awaiting repair. Yellow: the operating system no longer receives security updates.</source>
      <translation>Đỏ: hỏng hoặc chờ sửa chữa. Vàng: hệ điều hành đã hết cập nhật bảo mật.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="136" />
      <source>Choose the equipment list</source>
      <translation>Chọn danh mục thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="64" />
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="131" />
      <location filename="../../desktop/ui/infrastructure/page.py" line="19" />
      <location filename="../../desktop/ui/main_window.py" line="66" />
      <source>Infrastructure</source>
      <translation>Hạ tầng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="91" />
      <source>{count} devices</source>
      <translation>{count} thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="124" />
      <source>Delete device</source>
      <translation>Xóa thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/equipment.py" line="125" />
      <source>Delete “{model}” from the register? Use this only for a device entered by mistake; a device no longer used is marked Retired.</source>
      <translation>Xóa “{model}” khỏi danh mục? Chỉ dùng khi nhập nhầm; thiết bị không còn dùng thì chọn tình trạng Đã thanh lý.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/export.py" line="15" />
      <source>ha-tang-cntt.xlsx</source>
      <translation>ha-tang-cntt.xlsx</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/export.py" line="28" />
      <source>Saved {file}: {count} devices, the requirements check and the estimate.</source>
      <translation>Đã lưu {file}: {count} thiết bị, bảng đối chiếu yêu cầu và dự toán.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/import_dialog.py" line="26" />
      <source>Import the equipment register</source>
      <translation>Nhập danh mục thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/import_dialog.py" line="48" />
      <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows — {new} new, {update} to update, {same} unchanged, {errors} with errors.</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} dòng — {new} mới, {update} cập nhật, {same} không đổi, {errors} có lỗi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/import_dialog.py" line="62" />
      <source>Imported: {new} new devices, {update} updated, {same} unchanged.</source>
      <translation>Đã nhập: {new} thiết bị mới, {update} cập nhật, {same} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/models.py" line="33" />
      <source>{os} (out of support)</source>
      <translation>{os} (hết hỗ trợ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/page.py" line="27" />
      <source>Digital technology teams</source>
      <translation>Tổ công nghệ số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/summary.py" line="26" />
      <source>IT infrastructure and digital technology teams</source>
      <translation>Hạ tầng công nghệ thông tin và tổ công nghệ số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/summary.py" line="56" />
      <source>Devices in use: {in_use} · faulty or awaiting repair: {faulty} · operating system out of support: {old}</source>
      <translation>Thiết bị đang dùng: {in_use} · hỏng, chờ sửa chữa: {faulty} · hệ điều hành hết hỗ trợ: {old}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/summary.py" line="60" />
      <source>Missing against the one-stop centre requirements: {items} item(s) in {lines} line(s) · estimate {amount} đồng</source>
      <translation>Còn thiếu so với yêu cầu của Bộ phận một cửa: {items} thiết bị ở {lines} hạng mục · dự toán {amount} đồng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/summary.py" line="65" />
      <source>Teams: {community} community, {rapid} rapid-response, {members} members · this month: {sessions} help session(s), {people} people helped</source>
      <translation>Tổ: {community} tổ công nghệ số cộng đồng, {rapid} tổ ứng cứu, {members} thành viên · tháng này: {sessions} lượt hỗ trợ, {people} người được hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="24" />
      <source>e.g. Tổ công nghệ số cộng đồng thôn Đồng Tâm</source>
      <translation>ví dụ Tổ công nghệ số cộng đồng thôn Đồng Tâm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="27" />
      <source>Village or residential group, e.g. Thôn Đồng Tâm</source>
      <translation>Thôn hoặc tổ dân phố, ví dụ Thôn Đồng Tâm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="60" />
      <source>(citizen volunteer)</source>
      <translation>(người dân tình nguyện)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="65" />
      <source>Filled in from the officer list when an officer is chosen</source>
      <translation>Tự điền theo danh sách cán bộ khi chọn một cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="95" />
      <source>e.g. Hướng dẫn người dân kích hoạt VNeID mức độ 2</source>
      <translation>ví dụ Hướng dẫn người dân kích hoạt VNeID mức độ 2</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="21" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="90" />
      <source>Edit team</source>
      <translation>Sửa thông tin tổ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="21" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="90" />
      <source>Add team</source>
      <translation>Thêm tổ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="31" />
      <source>Name *</source>
      <translation>Tên tổ *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="32" />
      <source>Set up on</source>
      <translation>Ngày thành lập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="57" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="93" />
      <source>Edit member</source>
      <translation>Sửa thành viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="57" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="93" />
      <source>Add member</source>
      <translation>Thêm thành viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="90" />
      <source>Edit help given</source>
      <translation>Sửa nội dung hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="90" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="96" />
      <source>Record help given</source>
      <translation>Ghi nhận hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/team_dialogs.py" line="98" />
      <source>Help given *</source>
      <translation>Nội dung hỗ trợ *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="83" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="111" />
      <source>Members</source>
      <translation>Thành viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="83" />
      <source>Help sessions</source>
      <translation>Lượt hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="87" />
      <source>Help given</source>
      <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="91" />
      <location filename="../../desktop/ui/infrastructure/teams.py" line="206" />
      <source>Delete team</source>
      <translation>Xóa tổ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="94" />
      <source>Remove</source>
      <translation>Bỏ khỏi tổ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="117" />
      <source>Help given (activity log)</source>
      <translation>Nhật ký hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="170" />
      <source>Select a team to see its members and the help it gave</source>
      <translation>Chọn một tổ để xem thành viên và nhật ký hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="223" />
      <source>Remove member</source>
      <translation>Bỏ thành viên khỏi tổ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="239" />
      <source>Delete entry</source>
      <translation>Xóa mục nhật ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="172" />
      <source>Citizen volunteer</source>
      <translation>Tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="206" />
      <source>Delete the team “{name}” with its members and activity log?</source>
      <translation>Xóa tổ “{name}” cùng danh sách thành viên và nhật ký hỗ trợ?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="223" />
      <source>Remove {name} from the team?</source>
      <translation>Bỏ {name} khỏi tổ?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/infrastructure/teams.py" line="239" />
      <source>Delete the entry of {date}?</source>
      <translation>Xóa mục nhật ký ngày {date}?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="59" />
      <location filename="../../desktop/ui/pages/dashboard.py" line="136" />
      <source>Overview</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="60" />
      <location filename="../../desktop/ui/officers/page.py" line="37" />
      <location filename="../../desktop/ui/officers/page.py" line="229" />
      <source>Officers</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="63" />
      <location filename="../../desktop/ui/training/courses.py" line="199" />
      <location filename="../../desktop/ui/training/page.py" line="17" />
      <source>Training</source>
      <translation>Đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="64" />
      <location filename="../../desktop/ui/pages/dashboard.py" line="198" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="153" />
      <source>Reports</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="65" />
      <location filename="../../desktop/ui/sync/page.py" line="43" />
      <location filename="../../desktop/ui/sync/refused.py" line="85" />
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="101" />
      <location filename="../../desktop/ui/main_window.py" line="330" />
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="103" />
      <source>How to use this section (F1); version and licences: Shift+F1</source>
      <translation>Hướng dẫn sử dụng mục đang mở (F1); phiên bản và giấy phép: Shift+F1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="170" />
      <source>(demo data)</source>
      <translation>(dữ liệu mẫu)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="165" />
      <source>{province}, all communes and wards</source>
      <translation>{province} — tất cả xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="191" />
      <source>{section} (Ctrl+{number})</source>
      <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="31" />
      <source>Departments</source>
      <translation>Bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="32" />
      <source>The departments of the officers. Two names of one department (“Ban Chỉ huy quân sự” and “Ban Chỉ huy Quân sự xã”) count twice in the figures and the reports: select them, choose the name to keep and merge.</source>
      <translation>Các bộ phận của cán bộ. Một bộ phận mà có hai tên («Ban Chỉ huy quân sự» và «Ban Chỉ huy Quân sự xã») sẽ bị tính thành hai trong số liệu và báo cáo: hãy chọn cả hai, chọn tên giữ lại rồi bấm Gộp.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="41" />
      <source>The name the selected departments take; you may type a new one</source>
      <translation>Tên chung cho các bộ phận đã chọn; có thể gõ tên mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="42" />
      <source>Merge</source>
      <translation>Gộp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="43" />
      <source>Move every officer of the selected departments to this name</source>
      <translation>Chuyển mọi cán bộ của các bộ phận đã chọn sang tên này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="51" />
      <source>Merge into</source>
      <translation>Gộp thành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="71" />
      <source>{name} ({count} officers)</source>
      <translation>{name} ({count} cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="99" />
      <source>{count} officers moved to “{name}”.</source>
      <translation>Đã chuyển {count} cán bộ sang «{name}».</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/departments_dialog.py" line="73" />
      <source>maybe the same as: {names}</source>
      <translation>có thể trùng với: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="37" />
      <source>Full name as on the citizen ID card</source>
      <translation>Họ và tên như trên thẻ căn cước</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="41" />
      <source>Citizen ID (CCCD): exactly 12 digits</source>
      <translation>Số căn cước công dân (CCCD): đúng 12 chữ số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="45" />
      <source>Date of birth, e.g. 05/03/1985</source>
      <translation>Ngày sinh, ví dụ 05/03/1985</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="47" />
      <source>(not given)</source>
      <translation>(chưa ghi)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="48" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="49" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="50" />
      <source>Gender as on the citizen ID card</source>
      <translation>Giới tính theo thẻ căn cước</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="54" />
      <source>Position (chức vụ); pick one or type it</source>
      <translation>Chức vụ: chọn trong danh sách hoặc gõ vào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="59" />
      <source>Department or unit; pick one or type it</source>
      <translation>Bộ phận, đơn vị: chọn trong danh sách hoặc gõ vào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="62" />
      <source>Mobile or desk phone: 10 digits starting with 0</source>
      <translation>Điện thoại di động hoặc cố định: 10 chữ số, bắt đầu bằng 0</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="65" />
      <source>Official e-mail address, if any</source>
      <translation>Địa chỉ thư điện tử công vụ, nếu có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="66" />
      <source>Signs documents digitally (needs an official-duty certificate)</source>
      <translation>Ký số văn bản (cần chứng thư số chuyên dùng công vụ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="67" />
      <source>Tick for officers who sign documents; they are counted in the certificate coverage</source>
      <translation>Đánh dấu nếu cán bộ ký văn bản; cán bộ này được tính vào tỷ lệ có chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="69" />
      <source>Currently working at the commune</source>
      <translation>Đang công tác tại xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="70" />
      <source>Untick when the officer has left (transfer, retirement); the record is kept</source>
      <translation>Bỏ đánh dấu khi cán bộ đã nghỉ (chuyển công tác, nghỉ hưu); hồ sơ vẫn được giữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="75" />
      <source>Anything worth keeping about this officer</source>
      <translation>Thông tin khác cần lưu về cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="78" />
      <source>Full name *</source>
      <translation>Họ và tên *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="79" />
      <source>CCCD number *</source>
      <translation>Số CCCD *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="85" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="139" />
      <source>Sent by the province server from the communes where this person worked before; they count here and cannot be changed here</source>
      <translation>Máy chủ tỉnh gửi từ các xã nơi người này công tác trước đây; được tính ở đây và không sửa được tại đây</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="142" />
      <source>From other communes</source>
      <translation>Từ xã khác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="32" />
      <source>Edit officer</source>
      <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="32" />
      <location filename="../../desktop/ui/officers/page.py" line="60" />
      <source>Add officer</source>
      <translation>Thêm cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="130" />
      <source>Certificate {name} issued by {issuer}, valid until {date} ({commune})</source>
      <translation>Chứng thư số {name} do {issuer} cấp, hiệu lực đến {date} ({commune})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="134" />
      <source>Completed “{title}” on {date} ({commune})</source>
      <translation>Hoàn thành “{title}” ngày {date} ({commune})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="34" />
      <source>Import officers from Excel</source>
      <translation>Nhập danh sách cán bộ từ Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="36" />
      <source>Importing officers…</source>
      <translation>Đang nhập danh sách cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="53" />
      <source>Problems</source>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="101" />
      <source>Columns of the file (check and correct if needed)</source>
      <translation>Các cột trong tệp (kiểm tra và sửa nếu cần)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="75" />
      <source>Fix the rows marked in red in the Excel file (or the column choice above), then open the file again. Nothing has been imported.</source>
      <translation>Hãy sửa các dòng tô đỏ trong tệp Excel (hoặc cách chọn cột ở trên), rồi mở lại tệp. Chưa có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="83" />
      <source>Import {count} officers</source>
      <translation>Nhập {count} cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="90" />
      <source>Done: {created} officers added, {updated} updated, {same} unchanged.</source>
      <translation>Xong: đã thêm {created} cán bộ, cập nhật {updated}, {same} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="133" />
      <source>(not in the file)</source>
      <translation>(không có trong tệp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="69" />
      <source>{new} new, {update} to update, {same} unchanged, {errors} with errors</source>
      <translation>{new} mới, {update} cần cập nhật, {same} không đổi, {errors} có lỗi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="99" />
      <source>File: {name}</source>
      <translation>Tệp: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="125" />
      <source>File: {name} — sheet “{sheet}”, header on row {first}–{last}, {rows} data rows</source>
      <translation>Tệp: {name} — trang tính «{sheet}», tiêu đề ở dòng {first}–{last}, {rows} dòng dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="61" />
      <source>Changes: {fields}</source>
      <translation>Thay đổi: {fields}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/models.py" line="29" />
      <location filename="../../desktop/ui/officers/page.py" line="30" />
      <source>Left</source>
      <translation>Đã nghỉ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="30" />
      <source>All</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="41" />
      <source>Search by name, CCCD, position, phone… (accents optional)</source>
      <translation>Tìm theo họ tên, CCCD, chức vụ, điện thoại… (có dấu hoặc không dấu)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="44" />
      <source>Every word must start a word of the name, CCCD, position, department or phone (Ctrl+F)</source>
      <translation>Mỗi từ gõ vào phải là đầu một từ trong họ tên, CCCD, chức vụ, bộ phận hoặc điện thoại (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="53" />
      <source>Show officers working, those who left, or all</source>
      <translation>Xem cán bộ đang công tác, đã nghỉ hoặc tất cả</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="56" />
      <source>Show one department only</source>
      <translation>Chỉ xem một bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="61" />
      <source>Add a new officer (Ctrl+N)</source>
      <translation>Thêm cán bộ mới (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="63" />
      <source>Edit the selected officer (Enter or double-click)</source>
      <translation>Sửa cán bộ đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="64" />
      <location filename="../../desktop/ui/officers/page.py" line="170" />
      <location filename="../../desktop/ui/officers/page.py" line="204" />
      <source>Mark as left</source>
      <translation>Ngừng công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="65" />
      <source>The officer has left the commune (transfer, retirement); data is kept</source>
      <translation>Cán bộ đã thôi công tác tại xã (chuyển công tác, nghỉ hưu); dữ liệu vẫn được giữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="68" />
      <source>Delete an officer entered by mistake</source>
      <translation>Xóa cán bộ nhập nhầm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="70" />
      <source>Import an officer list from an Excel (.xlsx) file</source>
      <translation>Nhập danh sách cán bộ từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="76" />
      <source>Departments…</source>
      <translation>Bộ phận…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="77" />
      <source>The list of departments; merge two names of one department</source>
      <translation>Danh sách bộ phận; gộp hai tên của cùng một bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="127" />
      <source>All departments</source>
      <translation>Tất cả bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="152" />
      <source>More than {count} officers: search to narrow the list</source>
      <translation>Hơn {count} cán bộ: hãy tìm kiếm để thu hẹp danh sách</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="154" />
      <source>{count} officers</source>
      <translation>{count} cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="237" />
      <source>Choose the officer list</source>
      <translation>Chọn tệp danh sách cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="170" />
      <source>Mark as working</source>
      <translation>Công tác trở lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="218" />
      <source>Delete officer</source>
      <translation>Xóa cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="219" />
      <source>Delete {name} (CCCD {cccd})? Use this only for a record entered by mistake; for an officer who left, use “Mark as left”.</source>
      <translation>Xóa {name} (CCCD {cccd})? Chỉ dùng khi nhập nhầm; nếu cán bộ đã thôi công tác, hãy dùng «Ngừng công tác».</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="205" />
      <source>Mark {name} as no longer working at the commune? The data is kept and can be restored.</source>
      <translation>Ghi nhận {name} đã thôi công tác tại xã? Dữ liệu vẫn được giữ và có thể khôi phục.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="86" />
      <source>officers working</source>
      <translation>cán bộ đang công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="87" />
      <source>officers who sign documents</source>
      <translation>cán bộ ký số văn bản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="88" />
      <source>officers who have left</source>
      <translation>cán bộ đã thôi công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="140" />
      <source>Updating the figures…</source>
      <translation>Đang cập nhật số liệu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="145" />
      <source>officers with a valid official-duty certificate</source>
      <translation>cán bộ có chứng thư số chuyên dùng còn hiệu lực</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="101" />
      <source>Officers working, by department</source>
      <translation>Cán bộ đang công tác theo bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="199" />
      <source>Sync and backup</source>
      <translation>Đồng bộ và sao lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/prompts.py" line="121" />
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="62" />
      <source>Province targets and courses</source>
      <translation>Mục tiêu và khóa học của tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="63" />
      <source>What the province publishes here reaches every commune and ward at its next sync: the digitization target its progress is measured against, and the courses every officer must complete.</source>
      <translation>Những gì tỉnh công bố ở đây đến mọi xã, phường trong lần đồng bộ tiếp theo: mục tiêu số hóa dùng để đánh giá tiến độ, và các khóa học mọi cán bộ phải hoàn thành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="73" />
      <source>Share of the backlog's records digitized by the due date</source>
      <translation>Tỷ lệ hồ sơ tồn phải số hóa xong trước thời hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="77" />
      <source>The date by which the target is to be reached</source>
      <translation>Ngày phải đạt mục tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="78" />
      <source>Publish the target</source>
      <translation>Công bố mục tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="79" />
      <source>Withdraw the chosen target</source>
      <translation>Thu hồi mục tiêu đã chọn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="82" />
      <source>e.g. Kỹ năng số cơ bản</source>
      <translation>ví dụ: Kỹ năng số cơ bản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="83" />
      <source>The course's name as the communes will see it</source>
      <translation>Tên khóa học như các xã sẽ thấy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="87" />
      <source>What the course covers (counts towards training coverage)</source>
      <translation>Nội dung khóa học (được tính vào tỷ lệ bồi dưỡng)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="91" />
      <source>Length of the course in hours (0 if not fixed)</source>
      <translation>Thời lượng khóa học, tính bằng giờ (0 nếu không cố định)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="92" />
      <source>Publish the course</source>
      <translation>Công bố khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="93" />
      <source>Withdraw the chosen course</source>
      <translation>Thu hồi khóa học đã chọn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="113" />
      <location filename="../../desktop/ui/province/catalogue.py" line="67" />
      <source>Target</source>
      <translation>Mục tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="115" />
      <source>Digitization targets</source>
      <translation>Mục tiêu số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="127" />
      <source>Required courses</source>
      <translation>Khóa học bắt buộc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="174" />
      <source>Reading from the province server…</source>
      <translation>Đang đọc từ máy chủ tỉnh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="192" />
      <location filename="../../desktop/ui/province/catalogue.py" line="207" />
      <source>Publishing…</source>
      <translation>Đang công bố…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="193" />
      <source>Target published: the communes receive it at their next sync.</source>
      <translation>Đã công bố mục tiêu: các xã nhận được trong lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="209" />
      <source>Course published: the communes receive it at their next sync.</source>
      <translation>Đã công bố khóa học: các xã nhận được trong lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="225" />
      <source>Withdrawing…</source>
      <translation>Đang thu hồi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="227" />
      <source>Withdrawn: the communes drop it at their next sync.</source>
      <translation>Đã thu hồi: các xã bỏ mục này trong lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="188" />
      <source>Publish the target {percent} by {date} to every commune and ward?</source>
      <translation>Công bố mục tiêu {percent} trước ngày {date} cho mọi xã, phường?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="190" />
      <location filename="../../desktop/ui/province/catalogue.py" line="204" />
      <source>Publish</source>
      <translation>Công bố</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="202" />
      <source>Publish the required course “{title}” to every commune and ward?</source>
      <translation>Công bố khóa học bắt buộc “{title}” cho mọi xã, phường?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="215" />
      <source>Choose a row in the list first.</source>
      <translation>Hãy chọn một dòng trong danh sách trước.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="223" />
      <source>Withdraw</source>
      <translation>Thu hồi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="108" />
      <source>Only a supervisor or an administrator publishes to the communes.</source>
      <translation>Chỉ lãnh đạo duyệt hoặc quản trị viên được công bố cho các xã.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="171" />
      <source>Could not read the list from the province server: {message}</source>
      <translation>Không đọc được danh sách từ máy chủ tỉnh: {message}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/catalogue.py" line="221" />
      <source>Withdraw {what}? Every commune and ward drops it at its next sync.</source>
      <translation>Thu hồi {what}? Mọi xã, phường sẽ bỏ mục này trong lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="20" />
      <source>Field of records</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="22" />
      <source>Must sign</source>
      <translation>Phải ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="23" />
      <source>Certificate valid until</source>
      <translation>Chứng thư số còn hạn đến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="23" />
      <source>Required courses done</source>
      <translation>Khóa bắt buộc đã học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="23" />
      <source>Trained</source>
      <translation>Đã bồi dưỡng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="55" />
      <source>None</source>
      <translation>Chưa có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="57" />
      <source>(expiring)</source>
      <translation>(sắp hết hạn)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="96" />
      <source>Digitization by field</source>
      <translation>Số hóa theo lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="68" />
      <source>{name} ({code})</source>
      <translation>{name} ({code})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="69" />
      <source>Summary (rank {rank})</source>
      <translation>Tổng hợp (xếp hạng {rank})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="114" />
      <source>Digitized: {percent} of {records} records</source>
      <translation>Đã số hóa: {percent} trên {records} hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="116" />
      <source>Target forecast: {text}</source>
      <translation>Dự báo đạt mục tiêu: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="126" />
      <source>Officers who must sign with a valid official-duty certificate: {percent} of {count}</source>
      <translation>Người phải ký số có chứng thư số chuyên dùng còn hiệu lực: {percent} trên {count} người</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="128" />
      <source>Certificates expiring within 30 days: {count}</source>
      <translation>Chứng thư số hết hạn trong 30 ngày tới: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="129" />
      <source>Training: {percent} of {count} officers</source>
      <translation>Bồi dưỡng: {percent} trên {count} cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="131" />
      <location filename="../../desktop/ui/status_labels.py" line="71" />
      <source>Last sync: {when}</source>
      <translation>Đồng bộ lần cuối: {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="148" />
      <source>Fetching the figures of {name}…</source>
      <translation>Đang lấy số liệu của {name}…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="117" />
      <source>Signed records: {signed}, of which {backed} backed by a verified signed file and {unbacked} without evidence</source>
      <translation>Hồ sơ đã ký số: {signed}, trong đó {backed} có tệp đã ký số được kiểm tra hợp lệ và {unbacked} chưa có bằng chứng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="122" />
      <source>Officials with a valid official-duty certificate: {percent} of {count} working officials</source>
      <translation>Cán bộ, công chức có chứng thư số chuyên dùng còn hiệu lực: {percent} trên {count} người đang công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="131" />
      <location filename="../../desktop/ui/province/models.py" line="91" />
      <source>Never</source>
      <translation>Chưa lần nào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="87" />
      <location filename="../../desktop/ui/province/page.py" line="211" />
      <source>Showing the figures as of {time}.</source>
      <translation>Đang hiển thị số liệu lúc {time}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="104" />
      <location filename="../../desktop/ui/province/page.py" line="200" />
      <source>Transfers ({count})</source>
      <translation>Chuyển công tác ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/detail.py" line="86" />
      <location filename="../../desktop/ui/province/page.py" line="209" />
      <source>Could not get new figures: {message}</source>
      <translation>Không lấy được số liệu mới: {message}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="17" />
      <source>Target forecast</source>
      <translation>Dự báo đạt mục tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="31" />
      <source>Reached</source>
      <translation>Đã đạt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="33" />
      <source>No progress</source>
      <translation>Chưa có tiến độ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="45" />
      <source>On track.</source>
      <translation>Kịp tiến độ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="46" />
      <source>Late: at the rate of the last four weeks the target is reached after its date.</source>
      <translation>Chậm tiến độ: với tốc độ bốn tuần gần nhất, xã đạt mục tiêu sau thời hạn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="57" />
      <source>This commune has never synced with the province server: it has no figures here yet.</source>
      <translation>Xã này chưa đồng bộ với máy chủ tỉnh lần nào nên chưa có số liệu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="38" />
      <source>Target: {percent} by {due}.</source>
      <translation>Mục tiêu: {percent} trước ngày {due}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="41" />
      <source>The commune has reached it.</source>
      <translation>Xã đã đạt mục tiêu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="43" />
      <source>No record was digitized in the last four weeks, so no date can be forecast.</source>
      <translation>Bốn tuần gần nhất không có hồ sơ nào được số hóa nên chưa dự báo được ngày đạt.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="59" />
      <source>Last sync {days} days ago (more than {limit}): the figures of this commune may be out of date. Ask it to sync.</source>
      <translation>Đồng bộ lần cuối cách đây {days} ngày (quá {limit} ngày): số liệu của xã có thể đã cũ. Đề nghị xã đồng bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/models.py" line="48" />
      <source>Forecast at the rate of the last four weeks: {date}.</source>
      <translation>Dự báo theo tốc độ bốn tuần gần nhất: {date}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="16" />
      <source>CCCD</source>
      <translation>CCCD</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="16" />
      <source>Counted in</source>
      <translation>Được tính ở</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="16" />
      <source>Moves</source>
      <translation>Quá trình công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="17" />
      <location filename="../../desktop/ui/sync/models.py" line="49" />
      <source>Detected</source>
      <translation>Phát hiện lúc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="17" />
      <source>Kind of data</source>
      <translation>Loại dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="18" />
      <source>Kept</source>
      <translation>Bản được giữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="18" />
      <source>Differences</source>
      <translation>Khác nhau</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="67" />
      <location filename="../../hub/reports.py" line="13" />
      <source>Kept the hub's version</source>
      <translation>Giữ phiên bản của máy chủ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/moves.py" line="67" />
      <location filename="../../hub/reports.py" line="13" />
      <source>Kept the commune's version</source>
      <translation>Giữ phiên bản của xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="46" />
      <source>Find a commune or ward…</source>
      <translation>Tìm xã/phường…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="49" />
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="50" />
      <source>Fetch the latest figures from the province server</source>
      <translation>Lấy số liệu mới nhất từ máy chủ tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="52" />
      <source>Report…</source>
      <translation>Báo cáo…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="53" />
      <source>The province report (PDF, official layout) of the figures shown: preview, print, save</source>
      <translation>Báo cáo toàn tỉnh (PDF, đúng thể thức văn bản) theo số liệu đang hiện: xem trước, in, lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="57" />
      <source>Targets and courses…</source>
      <translation>Mục tiêu, khóa học…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="58" />
      <source>The digitization targets and required courses the province publishes to every commune</source>
      <translation>Mục tiêu số hóa và khóa học bắt buộc tỉnh công bố cho mọi xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="62" />
      <source>Commune's USB file…</source>
      <translation>Tệp USB của xã…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="63" />
      <source>A commune brought its sync file on a USB stick: send it to the province server and write its return file on the stick</source>
      <translation>Xã mang tệp đồng bộ đến bằng USB: gửi tệp lên máy chủ tỉnh và ghi tệp trả về vào USB</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="67" />
      <location filename="../../desktop/ui/sync/auto_row.py" line="26" />
      <source>Connection settings…</source>
      <translation>Cài đặt kết nối…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="68" />
      <source>Proxy and the province's CA certificate, as the IT staff say</source>
      <translation>Proxy và chứng thư CA của tỉnh, theo hướng dẫn của cán bộ CNTT</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="71" />
      <location filename="../../desktop/ui/sync/page.py" line="58" />
      <source>Connect to the province server…</source>
      <translation>Kết nối máy chủ tỉnh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="72" />
      <source>Type the province server's address and the province viewer code the province gave for this computer</source>
      <translation>Gõ địa chỉ máy chủ tỉnh và mã đăng ký máy xem số liệu toàn tỉnh mà tỉnh cấp cho máy này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="118" />
      <source>Officers who moved between communes: each commune's dates, and where the province counts them (once, where they work)</source>
      <translation>Cán bộ chuyển công tác giữa các xã, phường: ngày về, ngày rời từng xã và nơi tỉnh tính người đó (một lần, ở nơi đang công tác)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="121" />
      <source>A commune's change that did not follow the province server's version of a record. It closes when the commune resolves it on its Sync page.</source>
      <translation>Thay đổi của xã không nối tiếp phiên bản trên máy chủ tỉnh. Xung đột được đóng khi xã xử lý trên trang Đồng bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="124" />
      <source>Communes and wards</source>
      <translation>Các xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="125" />
      <source>Transfers</source>
      <translation>Chuyển công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="126" />
      <source>Conflicts at the province server</source>
      <translation>Xung đột tại máy chủ tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="289" />
      <source>Writing the Excel file…</source>
      <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="132" />
      <source>No figures fetched from the province server yet.</source>
      <translation>Chưa lấy số liệu nào từ máy chủ tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="191" />
      <source>Figures as of {time} · {count} communes and wards</source>
      <translation>Số liệu lúc {time} · {count} xã/phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="244" />
      <location filename="../../desktop/ui/province/report.py" line="150" />
      <source>Fetching the province figures…</source>
      <translation>Đang lấy số liệu toàn tỉnh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="276" />
      <source>There are no figures to export yet. Press Refresh.</source>
      <translation>Chưa có số liệu để xuất. Hãy bấm Làm mới.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="97" />
      <source>Double-click a commune to see its fields and officers. Rows in orange have not synced for more than {days} days.</source>
      <translation>Nhấp đúp vào một xã để xem số hóa theo lĩnh vực và từng cán bộ. Dòng tô màu cam là xã đã quá {days} ngày chưa đồng bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="201" />
      <source>Conflicts at the province server ({count})</source>
      <translation>Xung đột tại máy chủ tỉnh ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="175" />
      <source>This computer is enrolled with the province server {url} to view the whole province.</source>
      <translation>Máy này đã đăng ký với máy chủ tỉnh {url} để xem số liệu toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="194" />
      <source>{count} not synced for more than {days} days</source>
      <translation>{count} xã quá {days} ngày chưa đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/page.py" line="286" />
      <source>{count} communes written to {file}.</source>
      <translation>Đã ghi {count} xã/phường vào tệp {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="51" />
      <source>Officers are counted once, in the commune where they work at that moment (a report for last month issued today counts them where they were at the month's end)</source>
      <translation>Mỗi cán bộ được tính một lần, tại xã nơi công tác vào thời điểm đó (báo cáo tháng trước lập hôm nay tính theo nơi công tác vào cuối tháng)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="56" />
      <location filename="../../desktop/ui/province/report.py" line="222" />
      <location filename="../../desktop/ui/province/report.py" line="148" />
      <source>Province report</source>
      <translation>Báo cáo toàn tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="59" />
      <source>The body above the issuer, upper case, e.g. UBND TỈNH LẠNG SƠN (may be empty)</source>
      <translation>Cơ quan chủ quản, chữ in hoa, ví dụ UBND TỈNH LẠNG SƠN (có thể để trống)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="62" />
      <source>The body that issues the report, upper case</source>
      <translation>Cơ quan ban hành báo cáo, chữ in hoa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="64" />
      <source>The issuer's letters in the number line, e.g. SKHCN in “Số: …/BC-SKHCN”</source>
      <translation>Chữ viết tắt của cơ quan trong số văn bản, ví dụ SKHCN trong “Số: …/BC-SKHCN”</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="67" />
      <source>The place in the date line, e.g. Lạng Sơn</source>
      <translation>Địa danh ở dòng ngày tháng, ví dụ Lạng Sơn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="69" />
      <source>The lines above the signature, one per line, e.g. KT. GIÁM ĐỐC then PHÓ GIÁM ĐỐC</source>
      <translation>Các dòng trên chữ ký, mỗi dòng một hàng, ví dụ KT. GIÁM ĐỐC rồi PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="72" />
      <source>Full name of the person who signs</source>
      <translation>Họ và tên người ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="74" />
      <source>Nơi nhận: one recipient per line, e.g. UBND tỉnh (b/c);</source>
      <translation>Nơi nhận: mỗi nơi một dòng, ví dụ UBND tỉnh (b/c);</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="81" />
      <source>Update the preview</source>
      <translation>Cập nhật bản xem trước</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="82" />
      <source>Draw the report again with the texts on the left</source>
      <translation>Vẽ lại báo cáo với nội dung bên trái</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="83" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="51" />
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="84" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="52" />
      <source>Save PDF…</source>
      <translation>Lưu PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="100" />
      <source>Officers counted at</source>
      <translation>Tính cán bộ theo thời điểm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="101" />
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="45" />
      <source>Place on the date line</source>
      <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="102" />
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="46" />
      <source>Parent body</source>
      <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="103" />
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="47" />
      <source>Issuing body</source>
      <translation>Cơ quan ban hành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="104" />
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="48" />
      <source>Issuer's letters in the number</source>
      <translation>Chữ viết tắt cơ quan trong số, ký hiệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="105" />
      <source>Signature lines</source>
      <translation>Dòng trên chữ ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="107" />
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="52" />
      <source>Recipients (one per line)</source>
      <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="198" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="180" />
      <source>Making the report…</source>
      <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="223" />
      <source>There are no figures to report yet. Press Refresh.</source>
      <translation>Chưa có số liệu để lập báo cáo. Hãy bấm Làm mới.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="46" />
      <source>When the figures were fetched ({time})</source>
      <translation>Lúc lấy số liệu ({time})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="49" />
      <source>End of last month ({date})</source>
      <translation>Cuối tháng trước ({date})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="109" />
      <source>Figures as of {time}: the ones shown on the Whole province page. Press Refresh there first for the latest.</source>
      <translation>Số liệu lúc {time}: số liệu đang hiện ở trang Toàn tỉnh. Muốn số liệu mới nhất, hãy bấm Làm mới ở trang đó trước.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="206" />
      <source>Preview, {pages} pages. Write the number by hand, or in the document system, when the report is issued.</source>
      <translation>Bản xem trước, {pages} trang. Số văn bản được ghi tay, hoặc trên hệ thống quản lý văn bản, khi ban hành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/report.py" line="196" />
      <location filename="../../desktop/ui/reports/make_tab.py" line="178" />
      <source>Drawing the pages…</source>
      <translation>Đang dựng các trang…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="13" />
      <source>Commune's USB file</source>
      <translation>Tệp USB của xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="18" />
      <location filename="../../desktop/ui/sync/page.py" line="193" />
      <source>Xã Số sync files (*.xaso)</source>
      <translation>Tệp đồng bộ Xã Số (*.xaso)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="60" />
      <source>Sending the commune's file to the province server…</source>
      <translation>Đang gửi tệp của xã lên máy chủ tỉnh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="53" />
      <source>Give the stick back to the commune: there, Sync → Import from USB reads the return file.</source>
      <translation>Trả USB cho xã: tại xã, vào Đồng bộ → Nhập từ USB để đọc tệp trả về.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="31" />
      <source>Sending {file}…</source>
      <translation>Đang gửi {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="45" />
      <source>{file}: commune {commune}, {applied} changes applied, {skipped} already here, {conflicts} conflicts. Return file {reply} written beside it.</source>
      <translation>{file}: xã {commune}, áp dụng {applied} thay đổi, {skipped} đã có, {conflicts} xung đột. Đã ghi tệp trả về {reply} bên cạnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/province/usb.py" line="42" />
      <source>{file}: refused — {message}</source>
      <translation>{file}: bị từ chối — {message}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="46" />
      <source>Difficulties and proposals of this month, as they should appear in section IV. Remembered per month.</source>
      <translation>Khó khăn, vướng mắc và đề xuất trong tháng, ghi như sẽ in ở mục cuối báo cáo. Được ghi nhớ theo từng tháng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="48" />
      <source>Difficulties, problems and proposals</source>
      <translation>Khó khăn, vướng mắc và đề xuất</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="49" />
      <source>Make the report</source>
      <translation>Lập báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="54" />
      <source>Issue…</source>
      <translation>Ban hành…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="55" />
      <source>Choose a report and a period, then press Make the report.</source>
      <translation>Chọn báo cáo và kỳ báo cáo, rồi bấm Lập báo cáo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="123" />
      <source>Only a supervisor or an administrator issues reports.</source>
      <translation>Chỉ người phụ trách hoặc quản trị viên được ban hành báo cáo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="196" />
      <source>Issue the report</source>
      <translation>Ban hành báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="199" />
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="90" />
      <source>Issue</source>
      <translation>Ban hành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="230" />
      <source>Issuing the report…</source>
      <translation>Đang ban hành báo cáo…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="191" />
      <source>Signer's certificate</source>
      <translation>Chứng thư số của người ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="193" />
      <source>Issue anyway</source>
      <translation>Vẫn ban hành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="240" />
      <source>Reprint</source>
      <translation>In lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="134" />
      <source>Issued as number {symbol} on {date}. Printing it again gives the same file.</source>
      <translation>Đã ban hành, số {symbol}, ngày {date}. In lại vẫn được đúng bản này.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="192" />
      <source>Issue the report anyway?</source>
      <translation>Vẫn ban hành báo cáo?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="197" />
      <source>Issue this report as number {symbol}, dated {date}? The number is taken from the register and the issued report cannot be changed.</source>
      <translation>Ban hành báo cáo này với số {symbol}, ngày {date}? Số được lấy từ sổ đăng ký và báo cáo đã ban hành không sửa được nữa.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="131" />
      <source>Preview, {pages} pages. The number is given when the report is issued.</source>
      <translation>Bản xem trước, {pages} trang; chưa có số — số được cấp khi ban hành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="138" />
      <source>Signed digitally by {name}: save the signed PDF now; the register keeps its fingerprint, and a reprint is the unsigned copy.</source>
      <translation>Đã ký số bởi {name}: hãy lưu tệp PDF đã ký ngay; sổ đăng ký lưu dấu vân tay của tệp, bản in lại là bản chưa ký.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/make_tab.py" line="142" />
      <source>It was signed digitally by {name}; this reprint is the unsigned copy. Check the signed file with “Check a signed report…” in the register.</source>
      <translation>Báo cáo đã được {name} ký số; bản in lại này là bản chưa ký. Kiểm tra tệp đã ký bằng nút “Kiểm tra báo cáo đã ký…” trong sổ đăng ký.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/page.py" line="21" />
      <source>Signer and issuer…</source>
      <translation>Người ký, cơ quan ban hành…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/page.py" line="27" />
      <source>Make a report</source>
      <translation>Lập báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/page.py" line="28" />
      <source>Register of issued reports</source>
      <translation>Sổ đăng ký báo cáo đã ban hành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/period_picker.py" line="23" />
      <location filename="../../desktop/ui/reports/period_picker.py" line="55" />
      <source>Quarter</source>
      <translation>Quý</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/period_picker.py" line="24" />
      <source>From … to …</source>
      <translation>Từ ngày … đến ngày …</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/preview.py" line="62" />
      <location filename="../../desktop/ui/reports/preview.py" line="68" />
      <source>Save PDF</source>
      <translation>Lưu PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="52" />
      <source>Open the issued report</source>
      <translation>Mở bản đã ban hành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="54" />
      <source>Check a signed report…</source>
      <translation>Kiểm tra báo cáo đã ký…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="55" />
      <source>Open a report's PDF file: who signed it, whether it is intact, and which issued report it is</source>
      <translation>Mở tệp PDF của báo cáo: ai đã ký, tệp còn nguyên vẹn không, và là báo cáo đã ban hành nào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="93" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="106" />
      <location filename="../../desktop/ui/reports/register_tab.py" line="101" />
      <source>Check a signed report</source>
      <translation>Kiểm tra báo cáo đã ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="44" />
      <source>Summary</source>
      <translation>Trích yếu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="45" />
      <source>Digital signature</source>
      <translation>Chữ ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/register_tab.py" line="77" />
      <source>not signed digitally</source>
      <translation>chưa ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="23" />
      <source>Report settings</source>
      <translation>Thiết lập báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="32" />
      <source>(no signer chosen)</source>
      <translation>(chưa chọn người ký)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="41" />
      <source>e.g. CHỦ TỊCH, PHÓ CHỦ TỊCH</source>
      <translation>ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="50" />
      <source>Signs on behalf of</source>
      <translation>Thẩm quyền ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/settings_dialog.py" line="38" />
      <source>Signs in own name</source>
      <translation>Ký trực tiếp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="41" />
      <source>Issue and sign the report</source>
      <translation>Ban hành và ký số báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="49" />
      <source>Do not sign digitally (print it and sign the paper copy)</source>
      <translation>Không ký số (in ra và ký tay trên bản giấy)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="50" />
      <source>Sign with the official-duty token (USB token)</source>
      <translation>Ký bằng token chữ ký số chuyên dùng công vụ (USB token)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="51" />
      <source>Sign with a certificate file (.p12, .pfx)</source>
      <translation>Ký bằng tệp chứng thư (.p12, .pfx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="61" />
      <source>The token's position in the driver's list (0 = the first)</source>
      <translation>Vị trí của token trong danh sách của trình điều khiển (0 = đầu tiên)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="71" />
      <source>Driver</source>
      <translation>Trình điều khiển</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="72" />
      <source>Token position</source>
      <translation>Vị trí token</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="73" />
      <source>PIN</source>
      <translation>Mã PIN</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="80" />
      <source>The signature is placed under “TM. ỦY BAN NHÂN DÂN”. The PIN or password is used for this signature only and is never stored.</source>
      <translation>Chữ ký số được đặt dưới dòng “TM. ỦY BAN NHÂN DÂN”. Mã PIN hoặc mật khẩu chỉ dùng cho lần ký này và không bao giờ được lưu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="118" />
      <source>Certificate file</source>
      <translation>Tệp chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="119" />
      <source>Certificate with key (*.p12 *.pfx)</source>
      <translation>Chứng thư kèm khóa (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="56" />
      <source>No token driver is set: the administrator sets it in Quản trị → Chung.</source>
      <translation>Chưa đặt trình điều khiển token: quản trị viên đặt ở Quản trị → Chung.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="45" />
      <source>The report is issued as number &lt;b&gt;{symbol}&lt;/b&gt;, dated {date}. The number is taken from the register and the issued report cannot be changed.</source>
      <translation>Báo cáo được ban hành với số &lt;b&gt;{symbol}&lt;/b&gt;, ngày {date}. Số được lấy từ sổ đăng ký và báo cáo đã ban hành không sửa được.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="128" />
      <source>Enter the token's PIN.</source>
      <translation>Hãy nhập mã PIN của token.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/sign_dialog.py" line="132" />
      <source>Choose the certificate file.</source>
      <translation>Hãy chọn tệp chứng thư.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/summary.py" line="42" />
      <source>The monthly report for {month}/{year} has been issued.</source>
      <translation>Báo cáo tháng {month}/{year} đã ban hành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/summary.py" line="43" />
      <source>The monthly report for {month}/{year} has not been issued yet.</source>
      <translation>Báo cáo tháng {month}/{year} chưa ban hành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/summary.py" line="37" />
      <source>Reports issued in {year}: {count}.</source>
      <translation>Báo cáo đã ban hành năm {year}: {count}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/reports/summary.py" line="39" />
      <source>Latest: number {symbol} of {date} — {title}.</source>
      <translation>Gần nhất: số {symbol} ngày {date} — {title}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/status_labels.py" line="74" />
      <source>Last sync: never</source>
      <translation>Đồng bộ lần cuối: chưa đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/status_labels.py" line="74" />
      <source>Never synced</source>
      <translation>Chưa đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/status_labels.py" line="92" />
      <source>Network: unknown</source>
      <translation>Mạng: không rõ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/status_labels.py" line="42" />
      <source>User: {name} ({role})</source>
      <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/status_labels.py" line="82" />
      <source>Offline</source>
      <translation>Ngoại tuyến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/status_labels.py" line="72" />
      <source>Synced {when}</source>
      <translation>Đồng bộ lúc {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="76" />
      <source>this computer views the whole province; it has nothing to sync</source>
      <translation>máy này xem số liệu toàn tỉnh, không có dữ liệu cần đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="79" />
      <source>not connected to the province server</source>
      <translation>chưa kết nối với máy chủ tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="81" />
      <source>waiting for the network</source>
      <translation>đang chờ có mạng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="83" />
      <location filename="../../desktop/ui/sync/auto.py" line="91" />
      <source>another sync or import is running</source>
      <translation>đang có lần đồng bộ hoặc nhập tệp khác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="85" />
      <source>the signing key needs its passphrase: use Sync now</source>
      <translation>khóa ký cần cụm mật khẩu: hãy bấm Đồng bộ ngay</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="141" />
      <source>Automatic sync: off</source>
      <translation>Tự động đồng bộ: tắt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="147" />
      <source>Automatic sync: {minutes} min — next at {time}</source>
      <translation>Tự động đồng bộ: {minutes} phút — lần tới {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="153" />
      <source>Automatic sync failed at {time}: {message}</source>
      <translation>Tự động đồng bộ lúc {time} không thành công: {message}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="158" />
      <source>Change it on the Sync screen</source>
      <translation>Thay đổi ở màn hình Đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="143" />
      <source>Automatic sync: {minutes} min — syncing…</source>
      <translation>Tự động đồng bộ: {minutes} phút — đang đồng bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="146" />
      <source>Automatic sync: failed, next try {next}</source>
      <translation>Tự động đồng bộ: lỗi, thử lại {next}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto.py" line="161" />
      <source>Clock off by {minutes} min</source>
      <translation>Đồng hồ máy lệch {minutes} phút</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="76" />
      <source>the next sync starts with the app</source>
      <translation>lần đồng bộ tới bắt đầu khi mở lại ứng dụng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="78" />
      <source>syncing…</source>
      <translation>đang đồng bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="22" />
      <source>Sync with the province server by itself when the network is up (only on a computer connected to the province server)</source>
      <translation>Tự đồng bộ với máy chủ tỉnh khi có mạng (chỉ trên máy đã kết nối với máy chủ tỉnh)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="27" />
      <source>Proxy, the province's CA certificate, timeout and the largest size of a sync file</source>
      <translation>Proxy, chứng chỉ CA của tỉnh, thời gian chờ và dung lượng tối đa của một tệp đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="79" />
      <source>next at {time}</source>
      <translation>lần tới {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="31" />
      <source>Automatic sync:</source>
      <translation>Tự động đồng bộ:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="50" />
      <source>Automatic sync</source>
      <translation>Tự động đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="21" />
      <source>off</source>
      <translation>tắt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="81" />
      <source>(last time skipped: {reason})</source>
      <translation>(lần trước bỏ qua: {reason})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/auto_row.py" line="20" />
      <source>every {minutes} minutes</source>
      <translation>mỗi {minutes} phút</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/conflicts.py" line="37" />
      <source>Both versions are kept. Choose the right one; the choice is sent to the other computers like any change.</source>
      <translation>Cả hai phiên bản đều được giữ lại. Hãy chọn phiên bản đúng; lựa chọn sẽ được gửi tới các máy khác như mọi thay đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/conflicts.py" line="40" />
      <source>Keep the current version</source>
      <translation>Giữ phiên bản hiện tại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/conflicts.py" line="41" />
      <source>Use the other version</source>
      <translation>Dùng phiên bản kia</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/conflicts.py" line="33" />
      <source>This computer</source>
      <translation>Máy này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/conflicts.py" line="33" />
      <source>Other computer</source>
      <translation>Máy kia</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/conflicts.py" line="91" />
      <location filename="../../desktop/ui/sync/models.py" line="41" />
      <location filename="../../desktop/ui/sync/page.py" line="83" />
      <source>Conflicts</source>
      <translation>Xung đột</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="15" />
      <source>No proxy (direct connection)</source>
      <translation>Không dùng proxy (kết nối trực tiếp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="16" />
      <source>Use the proxy of Windows (system settings)</source>
      <translation>Dùng proxy của Windows (cài đặt hệ thống)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="17" />
      <source>This proxy:</source>
      <translation>Proxy sau:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="22" />
      <source>Connection settings</source>
      <translation>Cài đặt kết nối</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="24" />
      <source>How this computer reaches the province server. Change these only as the province or the IT staff say.</source>
      <translation>Cách máy tính này kết nối tới máy chủ tỉnh. Chỉ thay đổi theo hướng dẫn của tỉnh hoặc cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="32" />
      <source>host:port, e.g. 10.0.0.1:3128</source>
      <translation>máy:cổng, ví dụ 10.0.0.1:3128</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="34" />
      <source>only if the proxy asks for a sign-in</source>
      <translation>chỉ khi proxy yêu cầu đăng nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="37" />
      <source>kept in the Windows password store</source>
      <translation>lưu trong kho mật khẩu của Windows</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="40" />
      <source>none: the certificates Windows trusts</source>
      <translation>không có: dùng các chứng chỉ Windows tin cậy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="41" />
      <source>The province's CA certificate (.pem, .crt), only if the province server uses a certificate of its own</source>
      <translation>Chứng chỉ CA của tỉnh (.pem, .crt), chỉ khi máy chủ tỉnh dùng chứng chỉ riêng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="45" />
      <source>Clear the file</source>
      <translation>Bỏ tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="53" />
      <source> seconds</source>
      <translation> giây</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="59" />
      <source>Larger exports are split into several files of at most this size, sent one after the other</source>
      <translation>Dữ liệu lớn hơn được chia thành nhiều tệp, mỗi tệp không quá dung lượng này, gửi lần lượt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="62" />
      <source>Proxy</source>
      <translation>Proxy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="63" />
      <source>Proxy address</source>
      <translation>Địa chỉ proxy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="64" />
      <source>Proxy user</source>
      <translation>Tài khoản proxy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="65" />
      <source>Proxy password</source>
      <translation>Mật khẩu proxy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="66" />
      <source>CA certificate</source>
      <translation>Chứng chỉ CA</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="67" />
      <source>Timeout</source>
      <translation>Thời gian chờ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="68" />
      <source>Largest sync file</source>
      <translation>Tệp đồng bộ tối đa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="85" />
      <source>CA certificate of the province</source>
      <translation>Chứng chỉ CA của tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/connection.py" line="86" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Chứng chỉ (*.pem *.crt *.cer);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="54" />
      <location filename="../../desktop/ui/sync/page.py" line="185" />
      <location filename="../../desktop/ui/sync/page.py" line="187" />
      <source>Export to USB</source>
      <translation>Xuất ra USB</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="63" />
      <source>Choose another folder…</source>
      <translation>Chọn thư mục khác…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="65" />
      <location filename="../../desktop/ui/sync/models.py" line="14" />
      <source>Export</source>
      <translation>Xuất</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="69" />
      <source>Plug in the USB stick, choose it here, then take the file to the province. Removable drives are listed first.</source>
      <translation>Cắm USB, chọn USB ở đây, rồi mang tệp đến tỉnh. Các ổ đĩa rời được liệt kê trước.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="90" />
      <source>Folder for the sync file</source>
      <translation>Thư mục lưu tệp đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="42" />
      <source>{name} ({free} GB free)</source>
      <translation>{name} (còn trống {free} GB)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="76" />
      <source>No USB stick found. Plug one in and open this window again, or choose a folder with “Choose another folder…”.</source>
      <translation>Không thấy USB nào. Hãy cắm USB rồi mở lại cửa sổ này, hoặc bấm «Chọn thư mục khác…» để chọn một thư mục.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="59" />
      <source>USB stick: {label}</source>
      <translation>USB: {label}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/drives.py" line="59" />
      <source>Drive: {label}</source>
      <translation>Ổ đĩa: {label}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="14" />
      <source>Check (dry run)</source>
      <translation>Kiểm tra (chạy thử)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="15" />
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="15" />
      <source>Internet</source>
      <translation>Internet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="16" />
      <source>Done</source>
      <translation>Hoàn tất</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="16" />
      <source>Failed</source>
      <translation>Thất bại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="17" />
      <source>Running</source>
      <translation>Đang chạy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="18" />
      <source>This computer's</source>
      <translation>Của máy này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="18" />
      <source>The other computer's</source>
      <translation>Của máy kia</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="34" />
      <source>By</source>
      <translation>Qua</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="38" />
      <source>Changes</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="39" />
      <source>Applied</source>
      <translation>Đã áp dụng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="40" />
      <source>Already here</source>
      <translation>Đã có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="42" />
      <source>Message</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="52" />
      <source>Version here</source>
      <translation>Bản tại máy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="53" />
      <source>Version received</source>
      <translation>Bản nhận được</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="54" />
      <source>Kept for now</source>
      <translation>Đang giữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="63" />
      <source>Waiting for</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="65" />
      <source>What to do</source>
      <translation>Cần làm gì</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/models.py" line="66" />
      <source>Nothing: it is applied when its parent record arrives.</source>
      <translation>Không cần làm gì: thay đổi được áp dụng khi bản ghi gốc đến.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="45" />
      <source>Export to USB…</source>
      <translation>Xuất ra USB…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="46" />
      <source>Write everything the province has not confirmed yet to a file on a USB stick</source>
      <translation>Ghi mọi thay đổi tỉnh chưa xác nhận vào một tệp trên USB</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="48" />
      <source>Import from USB…</source>
      <translation>Nhập từ USB…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="49" />
      <source>Read the return file from the province (.xaso): checked first, then applied</source>
      <translation>Đọc tệp phản hồi của tỉnh (.xaso): kiểm tra trước, sau đó mới áp dụng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="59" />
      <location filename="../../desktop/ui/sync_controller.py" line="124" />
      <source>Sync now</source>
      <translation>Đồng bộ ngay</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="60" />
      <source>Send this computer's changes to the province server and receive the other computers' changes (Internet)</source>
      <translation>Gửi các thay đổi của máy này lên máy chủ tỉnh và nhận thay đổi từ các máy khác (qua Internet)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="82" />
      <source>History</source>
      <translation>Lịch sử</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="84" />
      <source>Waiting or refused</source>
      <translation>Đang chờ hoặc bị từ chối</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="93" />
      <source>State</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="192" />
      <source>Return file from the province</source>
      <translation>Tệp phản hồi của tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="282" />
      <source>• nothing: all of it is already here.</source>
      <translation>• không có gì: mọi dữ liệu đều đã có.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="120" />
      <location filename="../../cli/online.py" line="37" />
      <source>Province server: not enrolled yet</source>
      <translation>Máy chủ tỉnh: chưa đăng ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="122" />
      <source>Last successful sync: never</source>
      <translation>Đồng bộ thành công lần cuối: chưa có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="125" />
      <location filename="../../cli/online.py" line="40" />
      <source>Conflicts to resolve: {conflicts} · waiting for their parent: {waiting}</source>
      <translation>Xung đột cần xử lý: {conflicts} · chờ bản ghi gốc: {waiting}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="188" />
      <source>Writing the sync file…</source>
      <translation>Đang ghi tệp đồng bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="199" />
      <location filename="../../desktop/ui/sync/page.py" line="220" />
      <location filename="../../desktop/ui/sync/page.py" line="238" />
      <source>Import from USB</source>
      <translation>Nhập từ USB</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="227" />
      <source>Checking the sync file…</source>
      <translation>Đang kiểm tra tệp đồng bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="246" />
      <source>Importing the sync file…</source>
      <translation>Đang nhập tệp đồng bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="275" />
      <source>{file} is valid. Importing it would change:</source>
      <translation>Tệp {file} hợp lệ. Nếu nhập, dữ liệu sẽ thay đổi như sau:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="123" />
      <location filename="../../cli/online.py" line="39" />
      <source>Changes waiting to be sent: {count}</source>
      <translation>Thay đổi chờ gửi: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="277" />
      <source>• {table}: {applied} new or changed, {skipped} already here, {conflicts} conflicts</source>
      <translation>• {table}: {applied} mới hoặc thay đổi, {skipped} đã có, {conflicts} xung đột</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="119" />
      <source>Province server: {name} (sync by USB file)</source>
      <translation>Máy chủ tỉnh: {name} (đồng bộ bằng tệp qua USB)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="121" />
      <location filename="../../cli/online.py" line="38" />
      <source>Last successful sync: {when}</source>
      <translation>Đồng bộ thành công lần cuối: {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="128" />
      <source>refused by the province server: {refused} (see the tab Waiting or refused)</source>
      <translation>bị máy chủ tỉnh từ chối: {refused} (xem thẻ Đang chờ hoặc bị từ chối)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="132" />
      <source>Last problem ({when}): {message}</source>
      <translation>Sự cố gần nhất ({when}): {message}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="177" />
      <source>{file} was written and read back correctly: {changes} changes. Take it to the province; the changes are sent again until the province confirms them.</source>
      <translation>Đã ghi và đọc lại chính xác tệp {file}: {changes} thay đổi. Hãy mang tệp đến tỉnh; các thay đổi sẽ được gửi lại cho đến khi tỉnh xác nhận.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="181" />
      <source>{count} files were written to {folder} and read back correctly: {changes} changes in all. Take all of them to the province; they may be imported in any order.</source>
      <translation>Đã ghi {count} tệp vào {folder} và đọc lại đúng: tổng cộng {changes} thay đổi. Hãy mang tất cả các tệp lên tỉnh; có thể nhập theo thứ tự bất kỳ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/page.py" line="238" />
      <source>{file}: {applied} changes applied, {skipped} already here, {conflicts} conflicts, {waiting} waiting for their parent.</source>
      <translation>{file}: {applied} thay đổi được áp dụng, {skipped} đã có, {conflicts} xung đột, {waiting} chờ bản ghi gốc.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="28" />
      <source>Open the officer…</source>
      <translation>Mở hồ sơ cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="29" />
      <source>Look at the officer's record and correct it; then send it again</source>
      <translation>Xem và sửa hồ sơ cán bộ; sau đó gửi lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="31" />
      <source>Send again</source>
      <translation>Gửi lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="32" />
      <source>After fixing: the record as it is now goes with the next sync; if the province server refuses it again, it comes back here with the reason</source>
      <translation>Sau khi sửa: bản ghi như hiện tại được gửi trong lần đồng bộ tới; nếu máy chủ tỉnh vẫn từ chối, bản ghi trở lại đây kèm lý do</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="35" />
      <source>Discard here…</source>
      <translation>Bỏ trên máy này…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="36" />
      <source>The record belongs to another commune: remove it from this computer only (the province server and the other commune keep theirs)</source>
      <translation>Bản ghi thuộc xã khác: chỉ xóa khỏi máy này (máy chủ tỉnh và xã kia vẫn giữ bản của họ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="93" />
      <source>The record goes with the next sync.</source>
      <translation>Bản ghi sẽ được gửi trong lần đồng bộ tới.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="105" />
      <source>The record was removed from this computer.</source>
      <translation>Đã xóa bản ghi khỏi máy này.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="64" />
      <source>Choose a row to see what to do.</source>
      <translation>Chọn một dòng để xem cần làm gì.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="100" />
      <location filename="../../desktop/ui/sync/refused.py" line="103" />
      <source>Discard here</source>
      <translation>Bỏ trên máy này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="101" />
      <source>Remove this record from this computer? It belongs to another commune; the province server and that commune keep theirs. This cannot be undone.</source>
      <translation>Xóa bản ghi này khỏi máy này? Bản ghi thuộc xã khác; máy chủ tỉnh và xã đó vẫn giữ bản của họ. Không thể hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="66" />
      <source>This change waits for its parent record; it is applied by itself when that record arrives. Nothing to do.</source>
      <translation>Thay đổi này chờ bản ghi gốc; sẽ tự được cập nhật khi bản ghi đó đến. Không cần làm gì.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/refused.py" line="69" />
      <source>Record id: {id}.</source>
      <translation>Mã bản ghi: {id}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/summary.py" line="25" />
      <source>Sync with the province</source>
      <translation>Đồng bộ với tỉnh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/summary.py" line="62" />
      <source>none yet</source>
      <translation>chưa có lần nào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync/summary.py" line="63" />
      <source>Last successful sync: {when} · changes waiting to be sent: {pending} · conflicts to resolve: {conflicts}</source>
      <translation>Đồng bộ thành công lần cuối: {when} · thay đổi chờ gửi: {pending} · xung đột cần xử lý: {conflicts}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync_controller.py" line="51" />
      <source>This computer has no network connection, so it cannot reach the province server. The changes stay here; sync when the network is back, or use Export to USB.</source>
      <translation>Máy tính đang không có kết nối mạng nên không tới được máy chủ tỉnh. Các thay đổi vẫn được lưu tại máy; hãy đồng bộ khi có mạng trở lại, hoặc dùng Xuất ra USB.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync_controller.py" line="157" />
      <source>Syncing with the province server…</source>
      <translation>Đang đồng bộ với máy chủ tỉnh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync_controller.py" line="111" />
      <location filename="../../cli/hub.py" line="27" />
      <source>This computer is enrolled with the province server {url}.</source>
      <translation>Máy này đã được đăng ký với máy chủ tỉnh {url}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/sync_controller.py" line="104" />
      <source>This computer is enrolled with the province server {url} to view the whole province. It now shows the Whole province section.</source>
      <translation>Máy này đã được đăng ký với máy chủ tỉnh {url} để xem số liệu toàn tỉnh. Từ nay ứng dụng hiện mục Toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="86" />
      <source>Space: present/absent · C: present · V: absent · P: excused · ↑↓: move · Ctrl+Enter: save</source>
      <translation>Phím cách: có mặt/vắng · C: có mặt · V: vắng · P: có phép · ↑↓: di chuyển · Ctrl+Enter: lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="101" />
      <source>Mark all present</source>
      <translation>Đánh dấu tất cả có mặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="102" />
      <source>Officers not marked yet become present (Ctrl+Shift+A)</source>
      <translation>Những cán bộ chưa điểm danh được ghi là có mặt (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="78" />
      <source>{course} — session of {date}</source>
      <translation>{course} — buổi học ngày {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="155" />
      <source>Present {present} · absent {absent} · excused {excused} · not marked {blank}</source>
      <translation>Có mặt {present} · vắng {absent} · có phép {excused} · chưa điểm danh {blank}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="42" />
      <source>All topics</source>
      <translation>Tất cả chủ đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="46" />
      <source>Show the courses of one topic</source>
      <translation>Chỉ xem các khóa học của một chủ đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="48" />
      <location filename="../../desktop/ui/training/dialogs.py" line="19" />
      <source>Add course</source>
      <translation>Thêm khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="49" />
      <source>Add a new course (Ctrl+N)</source>
      <translation>Thêm khóa học mới (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="52" />
      <source>Completion…</source>
      <translation>Kết quả hoàn thành…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="53" />
      <source>Record who completed the course: date, score, certificate</source>
      <translation>Ghi nhận người hoàn thành khóa học: ngày, điểm, chứng chỉ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="54" />
      <source>Import attendance…</source>
      <translation>Nhập điểm danh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="55" />
      <source>Import attendance and results of the selected course from Excel (.xlsx)</source>
      <translation>Nhập điểm danh và kết quả của khóa học đang chọn từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="57" />
      <source>Export completion list…</source>
      <translation>Xuất danh sách hoàn thành…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="58" />
      <source>Officers who completed a course in a period, to Excel (.xlsx)</source>
      <translation>Danh sách cán bộ hoàn thành khóa học trong một khoảng thời gian, xuất ra Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="87" />
      <location filename="../../desktop/ui/training/dialogs.py" line="119" />
      <source>Add session</source>
      <translation>Thêm buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="88" />
      <location filename="../../desktop/ui/training/dialogs.py" line="119" />
      <source>Edit session</source>
      <translation>Sửa buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="89" />
      <source>Attendance…</source>
      <translation>Điểm danh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="90" />
      <source>Fill the attendance sheet of the selected session (Enter)</source>
      <translation>Điểm danh buổi học đang chọn (Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="91" />
      <location filename="../../desktop/ui/training/courses.py" line="234" />
      <source>Delete session</source>
      <translation>Xóa buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="267" />
      <source>Choose the attendance list</source>
      <translation>Chọn danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="171" />
      <source>Select a course to see its sessions</source>
      <translation>Chọn một khóa học để xem các buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="143" />
      <source>{count} courses</source>
      <translation>{count} khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="214" />
      <source>Delete course</source>
      <translation>Xóa khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="169" />
      <source>Sessions of “{course}”</source>
      <translation>Các buổi học của “{course}”</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="215" />
      <source>Delete the course “{title}” with its sessions and results? Use this only for a course entered by mistake.</source>
      <translation>Xóa khóa học “{title}” cùng các buổi học và kết quả? Chỉ dùng khi khóa học được nhập nhầm.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="235" />
      <source>Delete the session of {date} and its attendance sheet?</source>
      <translation>Xóa buổi học ngày {date} và bảng điểm danh của buổi đó?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="55" />
      <source>trained in digital skills (target 100 %)</source>
      <translation>đã được đào tạo kỹ năng số (chỉ tiêu 100 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="56" />
      <source>trained in operating the procedure system (target 100 %)</source>
      <translation>đã được đào tạo vận hành hệ thống TTHC (chỉ tiêu 100 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="57" />
      <location filename="../../desktop/ui/training/summary.py" line="25" />
      <source>officers still to train</source>
      <translation>cán bộ còn phải đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="58" />
      <source>new officers not trained yet</source>
      <translation>cán bộ mới chưa được đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="79" />
      <source>Show every officer</source>
      <translation>Hiện tất cả cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="80" />
      <source>Also list the officers who have completed every required topic</source>
      <translation>Hiện cả những cán bộ đã hoàn thành đủ các chủ đề bắt buộc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="68" />
      <location filename="../../desktop/ui/training/coverage.py" line="74" />
      <source>Digital</source>
      <translation>Kỹ năng số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="68" />
      <location filename="../../desktop/ui/training/coverage.py" line="74" />
      <source>Operation</source>
      <translation>Vận hành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="75" />
      <source>Required courses not completed</source>
      <translation>Khóa học bắt buộc chưa hoàn thành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="86" />
      <source>By department</source>
      <translation>Theo bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="128" />
      <source>Whole commune</source>
      <translation>Toàn xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="117" />
      <source>{count} officers working; {courses} required courses. An officer is trained in a topic after completing a required course of that topic. Officers added in the last {days} days (after the first list was entered) are marked new until trained.</source>
      <translation>{count} cán bộ đang công tác; {courses} khóa học bắt buộc. Cán bộ được tính là đã đào tạo một chủ đề khi đã hoàn thành một khóa học bắt buộc của chủ đề đó. Cán bộ được thêm trong {days} ngày gần đây (sau khi nhập danh sách ban đầu) được đánh dấu là mới cho đến khi được đào tạo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="154" />
      <source>(no required course of this topic yet)</source>
      <translation>(chưa có khóa học bắt buộc cho chủ đề này)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="144" />
      <source>Officers working ({count}); still to train: {left}</source>
      <translation>Cán bộ đang công tác ({count}); còn phải đào tạo: {left}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="147" />
      <source>Officers who still need training ({count})</source>
      <translation>Cán bộ còn phải đào tạo ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="23" />
      <source>Name of the course as in the invitation, e.g. Bình dân học vụ số — đợt 2</source>
      <translation>Tên khóa học như trong giấy mời, ví dụ Bình dân học vụ số — đợt 2</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="25" />
      <source>Who organises the course</source>
      <translation>Đơn vị tổ chức khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="27" />
      <source>What it teaches; digital skills and system operation count towards the target</source>
      <translation>Nội dung khóa học; kỹ năng số và vận hành hệ thống được tính vào chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="30" />
      <source>In class, online or both</source>
      <translation>Trực tiếp, trực tuyến hoặc kết hợp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="33" />
      <source>Length of the course in hours, e.g. 8 or 2,5</source>
      <translation>Thời lượng khóa học tính bằng giờ, ví dụ 8 hoặc 2,5</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="34" />
      <source>Required: counts towards the 100 % training target</source>
      <translation>Bắt buộc: tính vào chỉ tiêu 100 % cán bộ được đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="35" />
      <source>Completing a required course counts the officer as trained in its topic</source>
      <translation>Hoàn thành khóa học bắt buộc thì cán bộ được tính là đã đào tạo về chủ đề đó</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="39" />
      <source>First day, e.g. 01/10/2025</source>
      <translation>Ngày bắt đầu, ví dụ 01/10/2025</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="40" />
      <source>Last day; empty for a one-day course</source>
      <translation>Ngày kết thúc; để trống nếu khóa học trong một ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="48" />
      <source>Lowest score (0–100) that passes; leave empty if there is no test</source>
      <translation>Điểm thấp nhất (0–100) được tính là đạt; để trống nếu không có bài kiểm tra</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="51" />
      <source>One link or file per line</source>
      <translation>Mỗi dòng một đường dẫn hoặc một tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="52" />
      <source>Links or file names of the course materials, one per line</source>
      <translation>Đường dẫn hoặc tên tệp tài liệu khóa học, mỗi dòng một mục</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="55" />
      <source>Anything worth keeping about this course</source>
      <translation>Thông tin khác cần lưu về khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="59" />
      <source>Title *</source>
      <translation>Tên khóa học *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="65" />
      <location filename="../../desktop/ui/training/models.py" line="31" />
      <source>Dates</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="67" />
      <source>Materials</source>
      <translation>Tài liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="122" />
      <source>Date of the session, e.g. 05/10/2025</source>
      <translation>Ngày của buổi học, ví dụ 05/10/2025</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="124" />
      <source>e.g. Hội trường UBND xã</source>
      <translation>ví dụ: Hội trường UBND xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="125" />
      <source>Where the session takes place, or the link of an online session</source>
      <translation>Địa điểm buổi học, hoặc đường dẫn của buổi học trực tuyến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="127" />
      <source>Name of the trainer or lecturer</source>
      <translation>Họ tên giảng viên, báo cáo viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="19" />
      <source>Edit course</source>
      <translation>Sửa khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="94" />
      <source>Published by the province: changes made here are sent back with the next sync.</source>
      <translation>Khóa học do tỉnh ban hành: thay đổi tại đây sẽ được gửi lên tỉnh trong lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="91" />
      <source>LIST OF TRAINEES WHO COMPLETED THE COURSE</source>
      <translation>DANH SÁCH HỌC VIÊN HOÀN THÀNH KHÓA HỌC</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="84" />
      <source>Save the completion list</source>
      <translation>Lưu danh sách hoàn thành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="29" />
      <source>Export completion list</source>
      <translation>Xuất danh sách hoàn thành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="32" />
      <location filename="../../desktop/ui/training/export.py" line="77" />
      <source>All courses</source>
      <translation>Tất cả khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="37" />
      <source>One course, or all courses</source>
      <translation>Một khóa học hoặc tất cả các khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="40" />
      <source>Completed on or after this date; empty: from the start</source>
      <translation>Hoàn thành từ ngày này; để trống: từ đầu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="41" />
      <source>Completed on or before this date; empty: until today</source>
      <translation>Hoàn thành đến ngày này; để trống: đến hôm nay</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="49" />
      <source>Completed from</source>
      <translation>Hoàn thành từ ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="50" />
      <source>Leave the dates empty for every completion.</source>
      <translation>Để trống ngày nếu muốn lấy tất cả các lượt hoàn thành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="53" />
      <source>Export…</source>
      <translation>Xuất…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="92" />
      <source>Course: {title}</source>
      <translation>Khóa học: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="107" />
      <location filename="../../desktop/ui/training/export.py" line="113" />
      <source>Completion list</source>
      <translation>Danh sách hoàn thành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="94" />
      <source>completed from {start} to {end}</source>
      <translation>hoàn thành từ {start} đến {end}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/export.py" line="108" />
      <source>Saved {count} trainees who completed to {file}.</source>
      <translation>Đã lưu {count} học viên hoàn thành vào tệp {file}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="18" />
      <source>Not in the officer list</source>
      <translation>Không có trong danh sách cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="24" />
      <source>Import attendance</source>
      <translation>Nhập điểm danh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="25" />
      <source>Importing attendance…</source>
      <translation>Đang nhập điểm danh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="90" />
      <source>Skip the people who are not in the officer list (add them to the officer list first to include them)</source>
      <translation>Bỏ qua những người không có trong danh sách cán bộ (muốn nhập họ, hãy thêm vào danh sách cán bộ trước)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="93" />
      <source>Add to the officer list…</source>
      <translation>Thêm vào danh sách cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="94" />
      <source>Register the selected person, who is not in the officer list yet, then check the file again</source>
      <translation>Thêm người đang chọn (chưa có trong danh sách cán bộ) vào danh sách, rồi kiểm tra lại tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="58" />
      <source>&lt;b&gt;{file}&lt;/b&gt; → course “{course}”. Sessions: {sessions}.&lt;br&gt;{rows} rows: {ok} ready, {unknown} not in the officer list, {errors} with errors. Marks: {present} present, {excused} excused, {absent} absent.</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt; → khóa học “{course}”. Các buổi: {sessions}.&lt;br&gt;{rows} dòng: {ok} dòng hợp lệ, {unknown} người không có trong danh sách cán bộ, {errors} dòng có lỗi. Điểm danh: {present} lượt có mặt, {excused} lượt có phép, {absent} lượt vắng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="77" />
      <source>Imported: {sessions} new session(s), {attendance} attendance change(s), {results} result change(s); {skipped} person(s) skipped.</source>
      <translation>Đã nhập: {sessions} buổi học mới, {attendance} thay đổi điểm danh, {results} thay đổi kết quả; bỏ qua {skipped} người.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="48" />
      <location filename="../../cli/training.py" line="45" />
      <source>Did you mean {name}? Correct the name in the file.</source>
      <translation>Có phải là {name}? Hãy sửa lại họ tên trong tệp.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="56" />
      <source>(new)</source>
      <translation>(mới)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/models.py" line="32" />
      <source>Sessions</source>
      <translation>Số buổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/models.py" line="34" />
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/models.py" line="30" />
      <source>Optional</source>
      <translation>Tự chọn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/page.py" line="22" />
      <source>Courses</source>
      <translation>Khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="52" />
      <source>Course completion</source>
      <translation>Kết quả hoàn thành khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="57" />
      <source>Space ticks or clears “Completed” (the date is filled with today); F2 or typing edits a cell. Dates dd/mm/yyyy, scores 0–100.</source>
      <translation>Phím cách để đánh dấu hoặc bỏ “Hoàn thành” (ngày được điền là hôm nay); F2 hoặc gõ trực tiếp để sửa ô. Ngày dạng dd/mm/yyyy, điểm từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="63" />
      <source>Sessions attended</source>
      <translation>Số buổi tham dự</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="91" />
      <source>{present}/{total}</source>
      <translation>{present}/{total}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="122" />
      <source>{name}: write the completion date as dd/mm/yyyy.</source>
      <translation>{name}: hãy ghi ngày hoàn thành theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="128" />
      <source>{name}: the score {value} is not a number.</source>
      <translation>{name}: điểm {value} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="93" />
      <source>({count} excused)</source>
      <translation>({count} có phép)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="159" />
      <source>{name}: {problem}</source>
      <translation>{name}: {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="23" />
      <source>trained in digital skills</source>
      <translation>đã được đào tạo kỹ năng số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="24" />
      <source>trained in operating the procedure system</source>
      <translation>đã được đào tạo vận hành hệ thống TTHC</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="30" />
      <source>Officers trained by department (%)</source>
      <translation>Tỷ lệ cán bộ đã được đào tạo theo bộ phận (%)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="36" />
      <source>Training (target: 100 % of officers)</source>
      <translation>Đào tạo (chỉ tiêu: 100 % cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="56" />
      <source>System operation</source>
      <translation>Vận hành hệ thống</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/forms.py" line="72" />
      <location filename="../../desktop/ui/widgets/forms.py" line="70" />
      <source>Write the date as dd/mm/yyyy, e.g. 05/10/2025.</source>
      <translation>Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/10/2025.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/forms.py" line="83" />
      <source>{value} is not a number.</source>
      <translation>{value} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/forms.py" line="68" />
      <source>The date {value} does not exist: check the day and the month.</source>
      <translation>Ngày {value} không có thật: hãy xem lại ngày và tháng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="44" />
      <source>Correct the rows marked Error in the file, then import it again. Nothing is imported while a row has an error.</source>
      <translation>Hãy sửa các dòng bị đánh dấu Lỗi trong tệp rồi nhập lại. Khi còn dòng có lỗi thì không dữ liệu nào được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="33" />
      <source>Update</source>
      <translation>Cập nhật</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="33" />
      <source>Unchanged</source>
      <translation>Không đổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="34" />
      <source>Duplicate</source>
      <translation>Trùng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="303" />
      <source>Importing…</source>
      <translation>Đang nhập…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="265" />
      <source>Import cancelled. Nothing has been imported.</source>
      <translation>Đã hủy. Chưa có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="191" />
      <source>Reading the file…</source>
      <translation>Đang đọc tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="269" />
      <source>Nothing has been imported.</source>
      <translation>Chưa có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/import_dialog.py" line="190" />
      <source>Reading {file}…</source>
      <translation>Đang đọc tệp {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="19" />
      <source>Signing key passphrase</source>
      <translation>Cụm mật khẩu của khóa ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="33" />
      <source>Passphrase</source>
      <translation>Cụm mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="35" />
      <source>Type it again</source>
      <translation>Nhập lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="48" />
      <source>The two passphrases differ.</source>
      <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="22" />
      <source>This computer has no password store (keyring). The signing key of this computer will be kept in the file {path}, encrypted with a passphrase you choose now. Keep the passphrase: it is asked at every sync.</source>
      <translation>Máy này không có kho mật khẩu (keyring). Khóa ký của máy sẽ được lưu trong tệp {path}, mã hóa bằng cụm mật khẩu bạn chọn ngay bây giờ. Hãy ghi nhớ cụm mật khẩu: mỗi lần đồng bộ đều phải nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="83" />
      <location filename="../../desktop/ui/widgets/passphrase.py" line="95" />
      <source>Signing key</source>
      <translation>Khóa ký</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/passphrase.py" line="83" />
      <source>Use a key file</source>
      <translation>Dùng tệp khóa</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="15" />
      <source>{file}: {new} new lots, {update} updated, {unchanged} unchanged.</source>
      <translation>{file}: {new} lô mới, {update} cập nhật, {unchanged} không đổi.</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="42" />
      <location filename="../../cli/evidence.py" line="65" />
      <source>Dry run: nothing was written.</source>
      <translation>Chạy thử: chưa ghi gì vào dữ liệu.</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="76" />
      <source>reached</source>
      <translation>đã đạt</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="95" />
      <source>import backlog lots (.xlsx, .csv)</source>
      <translation>nhập các lô hồ sơ tồn đọng (.xlsx, .csv)</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="96" />
      <location filename="../../cli/dossiers.py" line="13" />
      <source>the Excel or CSV file</source>
      <translation>tệp Excel hoặc CSV</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="98" />
      <source>digitization progress against the target</source>
      <translation>tiến độ số hóa so với chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="59" />
      <source>Digitization: {done} of {total} records digitized ({percent}).</source>
      <translation>Số hóa: đã số hóa {done}/{total} hồ sơ ({percent}).</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="78" />
      <source>will be missed: no records are being digitized</source>
      <translation>sẽ không đạt: hiện không có hồ sơ nào được số hóa</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="63" />
      <source>  {field}: {done}/{total} digitized ({percent}), {checked} checked, {signed} signed, {stored} stored</source>
      <translation>  {field}: đã số hóa {done}/{total} ({percent}), đã kiểm tra {checked}, đã ký số {signed}, đã lưu kho {stored}</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="80" />
      <source>will be missed: reached only on {date} at the current rate</source>
      <translation>sẽ không đạt: với tốc độ hiện nay, đến {date} mới đạt</translation>
    </message>
    <message>
      <location filename="../../cli/backlog.py" line="83" />
      <source>on track: reached on {date} at the current rate</source>
      <translation>đúng tiến độ: với tốc độ hiện nay sẽ đạt vào {date}</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="32" />
      <source>Backup password: </source>
      <translation>Mật khẩu bản sao lưu: </translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="99" />
      <source>The backup is intact and its change log unaltered.</source>
      <translation>Bản sao lưu nguyên vẹn, nhật ký thay đổi không bị sửa.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="116" />
      <location filename="../../cli/certs.py" line="65" />
      <location filename="../../cli/infra.py" line="39" />
      <source>(dry run: nothing was written)</source>
      <translation>(chạy thử: chưa ghi gì vào dữ liệu)</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="119" />
      <source>Restored. The data before the restore was kept in the backups folder.</source>
      <translation>Đã khôi phục. Dữ liệu trước khi khôi phục được giữ trong thư mục backups.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="215" />
      <source>The data file is intact, but this installation has not been set up yet.</source>
      <translation>Tệp dữ liệu nguyên vẹn, nhưng máy này chưa được thiết lập.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="228" />
      <source>back up the data file</source>
      <translation>sao lưu tệp dữ liệu</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="229" />
      <source>folder (default: the backups folder)</source>
      <translation>thư mục (mặc định: thư mục sao lưu)</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="232" />
      <source>check a backup file</source>
      <translation>kiểm tra một bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="233" />
      <location filename="../../cli/backup.py" line="235" />
      <source>the backup file</source>
      <translation>tệp sao lưu</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="234" />
      <source>restore a backup (new sync epoch)</source>
      <translation>khôi phục một bản sao lưu (bắt đầu kỳ đồng bộ mới)</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="236" />
      <source>show what the backup holds, write nothing</source>
      <translation>cho xem bản sao lưu có gì, không ghi gì</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="237" />
      <source>recent changes; --verify checks the chain</source>
      <translation>các thay đổi gần đây; --verify kiểm tra chuỗi nhật ký</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="238" />
      <source>check the whole chain of changes</source>
      <translation>kiểm tra toàn bộ chuỗi nhật ký thay đổi</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="240" />
      <source>re-chain an altered change log (a copy is kept, the repair is logged)</source>
      <translation>nối lại chuỗi nhật ký thay đổi đã bị sửa (giữ một bản sao, việc sửa được ghi lại)</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="241" />
      <source>how many recent changes to show</source>
      <translation>số thay đổi gần nhất cần hiện</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="242" />
      <source>check the data file's integrity</source>
      <translation>kiểm tra tính toàn vẹn của tệp dữ liệu</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="67" />
      <source>{file}: {officers} officers, {certs} certificates, {courses} courses, {accounts} accounts, {changes} changes.</source>
      <translation>{file}: {officers} cán bộ, {certs} chứng thư số, {courses} khóa học, {accounts} tài khoản, {changes} thay đổi.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="213" />
      <source>The data file has problems:</source>
      <translation>Tệp dữ liệu có lỗi:</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="53" />
      <location filename="../../cli/backup.py" line="112" />
      <location filename="../../cli/backup.py" line="135" />
      <source>There is no Xã Số data in {path}.</source>
      <translation>Không có dữ liệu Xã Số trong {path}.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="92" />
      <source>change log row {row} was altered</source>
      <translation>dòng nhật ký thay đổi {row} đã bị sửa</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="96" />
      <source>The backup {file} is damaged: {reason}</source>
      <translation>Bản sao lưu {file} bị hỏng: {reason}</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="217" />
      <source>The data file is intact (schema {schema}).</source>
      <translation>Tệp dữ liệu nguyên vẹn (phiên bản cấu trúc {schema}).</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="231" />
      <source>encrypt (password from {env})</source>
      <translation>mã hóa (mật khẩu lấy từ {env})</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="49" />
      <source>An encrypted backup needs a password of at least 8 characters (in {env} or typed when asked).</source>
      <translation>Sao lưu mã hóa cần mật khẩu từ 8 ký tự trở lên (đặt trong {env} hoặc nhập khi được hỏi).</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="156" />
      <source>Change log verified: {rows} changes, none altered.</source>
      <translation>Đã kiểm tra nhật ký: {rows} thay đổi, không có thay đổi nào bị sửa.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="219" />
      <source>{commune}: {count} officers.</source>
      <translation>{commune}: {count} cán bộ.</translation>
    </message>
    <message>
      <location filename="../../cli/backup.py" line="222" />
      <source>Province computer of {province}.</source>
      <translation>Máy của tỉnh: {province}.</translation>
    </message>
    <message>
      <location filename="../../cli/base.py" line="18" />
      <source>This data folder has not been set up yet; open Xã Số once or run the demo command.</source>
      <translation>Thư mục dữ liệu này chưa được thiết lập; hãy mở Xã Số một lần hoặc chạy lệnh demo.</translation>
    </message>
    <message>
      <location filename="../../cli/base.py" line="19" />
      <source>Nothing was imported: fix the rows above in the file and try again.</source>
      <translation>Chưa nhập gì: hãy sửa các dòng nêu trên trong tệp rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../cli/base.py" line="20" />
      <source>Name the folder for the demo data with --home DIR; demo data never goes into the real data folder.</source>
      <translation>Hãy chỉ rõ thư mục cho dữ liệu mẫu bằng --home THƯ_MỤC; dữ liệu mẫu không bao giờ được ghi vào thư mục dữ liệu thật.</translation>
    </message>
    <message>
      <location filename="../../cli/base.py" line="86" />
      <location filename="../../cli/evidence.py" line="121" />
      <location filename="../../cli/sync.py" line="147" />
      <source>show what would change, write nothing</source>
      <translation>cho xem những gì sẽ thay đổi, không ghi gì</translation>
    </message>
    <message>
      <location filename="../../cli/base.py" line="40" />
      <source>Error: {message}</source>
      <translation>Lỗi: {message}</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="19" />
      <source>No certificate files were found in the paths given.</source>
      <translation>Không tìm thấy tệp chứng thư nào ở các đường dẫn đã cho.</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="60" />
      <source>Nothing was imported: fix or remove the files above and try again.</source>
      <translation>Chưa nhập gì: hãy sửa hoặc bỏ các tệp nêu trên rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="61" />
      <source>{new} new certificates, {dup} already imported, {unmatched} to assign to an officer.</source>
      <translation>{new} chứng thư mới, {dup} đã có, {unmatched} cần gán cho cán bộ.</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="107" />
      <source>import signing certificates</source>
      <translation>nhập chứng thư số</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="109" />
      <source>certificate files (.cer, .crt, .pem, .p12, .pfx) or folders</source>
      <translation>tệp chứng thư số (.cer, .crt, .pem, .p12, .pfx) hoặc thư mục</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="110" />
      <source>password of the .p12/.pfx files</source>
      <translation>mật khẩu của tệp .p12/.pfx</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="112" />
      <source>certificate alerts and coverage</source>
      <translation>cảnh báo chứng thư số và tỷ lệ cán bộ có chứng thư</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="47" />
      <source>{file}: {name}, {kind}, valid until {date} → {officer}</source>
      <translation>{file}: {name}, {kind}, hiệu lực đến {date} → {officer}</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="51" />
      <source>(already imported)</source>
      <translation>(đã nhập trước đó)</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="78" />
      <source>Official-duty certificate coverage: {covered}/{officers} working officers ({percent}).</source>
      <translation>Tỷ lệ cán bộ có chứng thư số chuyên dùng còn hiệu lực: {covered}/{officers} cán bộ đang công tác ({percent}).</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="80" />
      <source>Expiring within 30 days: {warnings}; within 7 days or expired: {errors}.</source>
      <translation>Sắp hết hạn trong 30 ngày: {warnings}; còn dưới 7 ngày hoặc đã hết hạn: {errors}.</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="82" />
      <source>Officers still on a public CA: {count}. Certificates to assign: {review}. Open requests: {requests}.</source>
      <translation>Cán bộ còn dùng chứng thư CA công cộng: {count}. Chứng thư cần gán: {review}. Yêu cầu đang xử lý: {requests}.</translation>
    </message>
    <message>
      <location filename="../../cli/certs.py" line="87" />
      <source>{name}: expires {date}</source>
      <translation>{name}: hết hạn {date}</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="20" />
      <source>fill the data folder with demo data</source>
      <translation>tạo dữ liệu mẫu trong thư mục dữ liệu</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="21" />
      <source>1 to 500</source>
      <translation>từ 1 đến 500</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="22" />
      <location filename="../../cli/demo.py" line="28" />
      <source>seed of the random demo data</source>
      <translation>hạt giống của dữ liệu mẫu ngẫu nhiên</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="24" />
      <source>the commune of the demo: its code in the official list (default 06385, Xã Hữu Lũng)</source>
      <translation>xã của dữ liệu mẫu: mã trong danh sách chính thức (mặc định 06385, Xã Hữu Lũng)</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="27" />
      <source>a demo province: hub data in HOME/hub, this folder its viewer</source>
      <translation>tỉnh mẫu: dữ liệu máy chủ tỉnh trong HOME/hub, thư mục này là máy xem số liệu toàn tỉnh</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="60" />
      <source>This data folder already holds the demo data; nothing was added.</source>
      <translation>Thư mục dữ liệu này đã có dữ liệu mẫu; không thêm gì nữa.</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="83" />
      <source>Demo province: {count} communes on the province server in {folder}; this folder opens in province mode.</source>
      <translation>Dữ liệu mẫu toàn tỉnh: {count} xã/phường trên máy chủ tỉnh tại {folder}; thư mục này mở ở chế độ xem toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="48" />
      <source>This data folder is already set up for commune {current}; a demo of commune {code} needs a new, empty folder (--home).</source>
      <translation>Thư mục dữ liệu này đã được thiết lập cho xã {current}; dữ liệu mẫu của xã {code} cần một thư mục mới, còn trống (--home).</translation>
    </message>
    <message>
      <location filename="../../cli/demo.py" line="91" />
      <source>No keyring on this computer: the signing key is in a file protected by the passphrase {passphrase}.</source>
      <translation>Máy này không có kho mật khẩu (keyring): khóa ký được lưu trong tệp bảo vệ bằng cụm mật khẩu {passphrase}.</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="24" />
      <source>{file}: {new} new dossiers, {update} updated, {unchanged} unchanged.</source>
      <translation>{file}: {new} hồ sơ mới, {update} cập nhật, {unchanged} không đổi.</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="12" />
      <source>import the dossier export of the procedure system (.xlsx, .csv)</source>
      <translation>nhập tệp hồ sơ xuất từ Hệ thống thông tin giải quyết TTHC (.xlsx, .csv)</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="16" />
      <source>QĐ 766 digitization indicators 4.1–4.4 of one month</source>
      <translation>chỉ số số hóa 4.1–4.4 theo QĐ 766 của một tháng</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="17" />
      <source>yyyy-mm, e.g. 2026-11</source>
      <translation>yyyy-mm, ví dụ 2026-11</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="41" />
      <source>QĐ 766 digitization indicators, month {month}:</source>
      <translation>Chỉ số số hóa theo QĐ 766, tháng {month}:</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="56" />
      <source>Total: {points} of {pmax} points.</source>
      <translation>Tổng: {points}/{pmax} điểm.</translation>
    </message>
    <message>
      <location filename="../../cli/dossiers.py" line="47" />
      <source>  {code} {title}: {num}/{den} ({rate}), target {target}: {points} of {pmax} points</source>
      <translation>  {code} {title}: {num}/{den} ({rate}), chỉ tiêu {target}: {points}/{pmax} điểm</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="25" />
      <source>No single backlog lot is called {lot}. Write the lot as listed: {names}.</source>
      <translation>Không có đúng một lô hồ sơ tên {lot}. Hãy ghi tên lô như trong danh sách: {names}.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="57" />
      <source>{folder}: {new} files linked, {updated} replaced by a new version, {unchanged} unchanged, {skipped} files matched no record.</source>
      <translation>{folder}: {new} tệp được liên kết, {updated} thay bằng bản mới, {unchanged} không đổi, {skipped} tệp không khớp hồ sơ nào.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="67" />
      <source>Run xaso-admin verify-files to check the signatures.</source>
      <translation>Chạy xaso-admin verify-files để kiểm tra chữ ký số.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="99" />
      <source>Put the file back where it was linked, or link the new file again.</source>
      <translation>Hãy đặt lại tệp vào chỗ cũ, hoặc liên kết lại tệp mới.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="113" />
      <source>the folder under which the digitized files are kept</source>
      <translation>thư mục lưu các tệp số hóa</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="114" />
      <source>the storage folder</source>
      <translation>thư mục lưu tệp</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="116" />
      <source>link the files of a folder to a backlog lot's records</source>
      <translation>liên kết các tệp của một thư mục với hồ sơ của lô</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="117" />
      <source>the backlog lot, as listed (e.g. "Sổ đăng ký khai sinh 1999")</source>
      <translation>lô hồ sơ, như trong danh sách (ví dụ "Sổ đăng ký khai sinh 1999")</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="118" />
      <source>the folder of digitized files (under the storage folder)</source>
      <translation>thư mục chứa tệp số hóa (trong thư mục lưu tệp)</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="120" />
      <source>file name pattern with {no} for the record number, e.g. KS-1999-{no}.pdf</source>
      <translation>mẫu tên tệp có {no} cho số hồ sơ, ví dụ KS-1999-{no}.pdf</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="123" />
      <source>check the linked files and verify their signatures</source>
      <translation>kiểm tra các tệp đã liên kết và chữ ký số của chúng</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="124" />
      <source>only this backlog lot</source>
      <translation>chỉ lô hồ sơ này</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="39" />
      <source>Digitized files are kept under {folder}.</source>
      <translation>Tệp số hóa được lưu trong {folder}.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="89" />
      <source>Checked {count} files.</source>
      <translation>Đã kiểm tra {count} tệp.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="62" />
      <source>Not linked: {files}</source>
      <translation>Không liên kết: {files}</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="95" />
      <source>{count} checked records were marked signed from their signed files.</source>
      <translation>{count} hồ sơ đã kiểm tra được chuyển sang đã ký số theo tệp đã ký.</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="101" />
      <source>Record {no} – {file}: {reason}. {action}</source>
      <translation>Hồ sơ {no} – {file}: {reason}. {action}</translation>
    </message>
    <message>
      <location filename="../../cli/evidence.py" line="104" />
      <source>… and {count} more files with problems.</source>
      <translation>… và {count} tệp khác có vấn đề.</translation>
    </message>
    <message>
      <location filename="../../cli/hub.py" line="11" />
      <source>enrol with the province server using its one-time code</source>
      <translation>đăng ký máy này với máy chủ tỉnh bằng mã đăng ký dùng một lần</translation>
    </message>
    <message>
      <location filename="../../cli/hub.py" line="12" />
      <source>address of the province server, e.g. https://xaso.example.gov.vn</source>
      <translation>địa chỉ máy chủ tỉnh, ví dụ https://xaso.example.gov.vn</translation>
    </message>
    <message>
      <location filename="../../cli/hub.py" line="13" />
      <source>the one-time enrolment code from the province</source>
      <translation>mã đăng ký dùng một lần do tỉnh cấp</translation>
    </message>
    <message>
      <location filename="../../cli/hub.py" line="14" />
      <source>CA bundle file for the server's certificate</source>
      <translation>tệp chứng thư CA để kiểm tra chứng thư của máy chủ</translation>
    </message>
    <message>
      <location filename="../../cli/infra.py" line="35" />
      <source>{file}: {new} new devices, {update} updated, {same} unchanged.</source>
      <translation>{file}: {new} thiết bị mới, {update} cập nhật, {same} không đổi.</translation>
    </message>
    <message>
      <location filename="../../cli/infra.py" line="46" />
      <source>import the equipment register (.xlsx)</source>
      <translation>nhập sổ thiết bị (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../cli/infra.py" line="47" />
      <location filename="../../cli/officers.py" line="13" />
      <location filename="../../cli/training.py" line="14" />
      <source>the Excel file</source>
      <translation>tệp Excel</translation>
    </message>
    <message>
      <location filename="../../cli/infra.py" line="48" />
      <location filename="../../cli/officers.py" line="14" />
      <location filename="../../cli/training.py" line="16" />
      <source>the sheet to read (default: the first)</source>
      <translation>trang tính cần đọc (mặc định: trang đầu tiên)</translation>
    </message>
    <message>
      <location filename="../../cli/main.py" line="63" />
      <source>print a JSON summary</source>
      <translation>in kết quả dạng JSON</translation>
    </message>
    <message>
      <location filename="../../cli/main.py" line="65" />
      <source>Xã Số — administration without the window</source>
      <translation>Xã Số — quản trị không cần cửa sổ</translation>
    </message>
    <message>
      <location filename="../../cli/main.py" line="67" />
      <source>data folder (default: the one the app uses)</source>
      <translation>thư mục dữ liệu (mặc định: thư mục ứng dụng đang dùng)</translation>
    </message>
    <message>
      <location filename="../../cli/main.py" line="68" />
      <source>COMMAND</source>
      <translation>LỆNH</translation>
    </message>
    <message>
      <location filename="../../cli/main.py" line="69" />
      <source>commands</source>
      <translation>các lệnh</translation>
    </message>
    <message>
      <location filename="../../cli/officers.py" line="12" />
      <source>import an officer list (.xlsx)</source>
      <translation>nhập danh sách cán bộ (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../cli/officers.py" line="43" />
      <source>{file}: {new} new, {update} updated, {same} unchanged.</source>
      <translation>{file}: {new} mới, {update} cập nhật, {same} không đổi.</translation>
    </message>
    <message>
      <location filename="../../cli/online.py" line="50" />
      <source>Refused by the province server: {refused} (see Sync → Waiting or refused)</source>
      <translation>Bị máy chủ tỉnh từ chối: {refused} (xem Đồng bộ → Đang chờ hoặc bị từ chối)</translation>
    </message>
    <message>
      <location filename="../../cli/online.py" line="55" />
      <source>sync with the province server now (over the Internet)</source>
      <translation>đồng bộ với máy chủ tỉnh ngay (qua Internet)</translation>
    </message>
    <message>
      <location filename="../../cli/online.py" line="57" />
      <source>last sync, changes waiting, refused rows and open conflicts</source>
      <translation>lần đồng bộ gần nhất, thay đổi đang chờ gửi, bản ghi bị từ chối và xung đột chưa xử lý</translation>
    </message>
    <message>
      <location filename="../../cli/online.py" line="36" />
      <source>Province server: {url}</source>
      <translation>Máy chủ tỉnh: {url}</translation>
    </message>
    <message>
      <location filename="../../cli/online.py" line="45" />
      <source>Last problem: {message}</source>
      <translation>Sự cố gần nhất: {message}</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="78" />
      <source>Saved {file} ({kind}, {period}).</source>
      <translation>Đã lưu {file} ({kind}, {period}).</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="84" />
      <source>Signed digitally; the register keeps the signed file's fingerprint.</source>
      <translation>Đã ký số; sổ đăng ký lưu dấu vân tay của tệp đã ký.</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="110" />
      <source>Choose one way to sign: --sign-p12 or --sign-pkcs11.</source>
      <translation>Hãy chọn một cách ký: --sign-p12 hoặc --sign-pkcs11.</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="115" />
      <source>PIN of the token: </source>
      <translation>Mã PIN của thiết bị ký số (token): </translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="149" />
      <source>make a report as PDF (and XLSX)</source>
      <translation>lập báo cáo dạng PDF (và XLSX)</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="150" />
      <source>the kind of report</source>
      <translation>loại báo cáo</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="152" />
      <source>2026-11 (month), 2026-Q4, 2026 or 2026-01-15..2026-03-31</source>
      <translation>2026-11 (tháng), 2026-Q4 (quý), 2026 (năm) hoặc 2026-01-15..2026-03-31</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="153" />
      <source>the PDF file to write</source>
      <translation>tệp PDF cần ghi</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="154" />
      <source>also write the tables to this .xlsx</source>
      <translation>ghi thêm các bảng ra tệp .xlsx này</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="156" />
      <source>take the next number from the register and record the file</source>
      <translation>lấy số tiếp theo trong sổ đăng ký văn bản và lưu lại tệp</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="157" />
      <source>date on the report, dd/mm/yyyy (default today)</source>
      <translation>ngày ghi trên báo cáo, dd/mm/yyyy (mặc định hôm nay)</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="159" />
      <source>training list: only this course (id or exact title)</source>
      <translation>danh sách đào tạo: chỉ khóa học này (mã hoặc đúng tên)</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="161" />
      <source>sign the issued report with this PKCS#12 file (.p12, .pfx); the password is asked</source>
      <translation>ký số báo cáo ban hành bằng tệp PKCS#12 này (.p12, .pfx); mật khẩu được hỏi khi ký</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="164" />
      <source>sign the issued report with the token of this PKCS#11 driver; the PIN is asked</source>
      <translation>ký số báo cáo ban hành bằng token của trình điều khiển PKCS#11 này; mã PIN được hỏi khi ký</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="167" />
      <source>the token's position in the driver's list (0 = the first)</source>
      <translation>vị trí của token trong danh sách của trình điều khiển (0 = đầu tiên)</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="168" />
      <source>the label of the signing key on the token</source>
      <translation>nhãn của khóa ký trên token</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="170" />
      <source>who signed a report PDF and whether it is intact</source>
      <translation>ai đã ký tệp PDF báo cáo và tệp còn nguyên vẹn không</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="171" />
      <source>the report's PDF file</source>
      <translation>tệp PDF của báo cáo</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="27" />
      <source>{text} is not a date; write it as dd/mm/yyyy.</source>
      <translation>{text} không phải là ngày; hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="47" />
      <source>Only an issued report can be signed: add --issue.</source>
      <translation>Chỉ báo cáo đã ban hành mới được ký số: hãy thêm --issue.</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="81" />
      <source>Issued as number {symbol} on {date}.</source>
      <translation>Đã ban hành, số {symbol}, ngày {date}.</translation>
    </message>
    <message>
      <location filename="../../cli/reports.py" line="112" />
      <source>Password of {file}: </source>
      <translation>Mật khẩu của {file}: </translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="27" />
      <source>No province server is enrolled yet; name the receiving computer with --peer.</source>
      <translation>Chưa đăng ký máy chủ của tỉnh; hãy chỉ rõ máy nhận bằng --peer.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="49" />
      <source>{applied} applied, {skipped} already here, {conflicts} conflicts, {quarantined} waiting for their parent.</source>
      <translation>{applied} thay đổi được áp dụng, {skipped} đã có, {conflicts} xung đột, {quarantined} đang chờ bản ghi gốc.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="128" />
      <source>Set the passphrase in the environment variable {name} first.</source>
      <translation>Hãy đặt cụm mật khẩu trong biến môi trường {name} trước.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="142" />
      <source>write a sync bundle (.xaso)</source>
      <translation>ghi tệp đồng bộ (.xaso)</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="143" />
      <source>the folder to write it to (a USB stick)</source>
      <translation>thư mục cần ghi (trên USB)</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="144" />
      <source>receiving node id (default: the hub)</source>
      <translation>mã máy nhận (mặc định: máy chủ tỉnh)</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="145" />
      <source>verify and apply a bundle</source>
      <translation>kiểm tra và nhập một tệp đồng bộ</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="146" />
      <location filename="../../cli/sync.py" line="149" />
      <source>the bundle file (.xaso)</source>
      <translation>tệp đồng bộ (.xaso)</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="148" />
      <source>check a bundle, write nothing</source>
      <translation>kiểm tra một tệp đồng bộ, không ghi gì</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="150" />
      <source>this computer's enrolment card</source>
      <translation>thẻ đăng ký của máy này</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="151" />
      <source>write the card to this file</source>
      <translation>ghi thẻ ra tệp này</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="152" />
      <source>accept bundles of another computer</source>
      <translation>chấp nhận tệp đồng bộ của một máy khác</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="153" />
      <source>the other computer's enrolment card</source>
      <translation>thẻ đăng ký của máy kia</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="43" />
      <source>{file}: {changes} changes written.</source>
      <translation>{file}: đã ghi {changes} thay đổi.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="83" />
      <source>{file}: signature and checksums valid, {changes} changes from {sender}.</source>
      <translation>{file}: chữ ký và mã kiểm tra hợp lệ, {changes} thay đổi từ máy {sender}.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="110" />
      <source>The enrolment file {file} cannot be read.</source>
      <translation>Không đọc được tệp đăng ký {file}.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="117" />
      <source>Computer {node} enrolled: its bundles are accepted here.</source>
      <translation>Đã đăng ký máy {node}: các gói dữ liệu của máy này được chấp nhận tại đây.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="136" />
      <source>The signing key is kept in {path}, protected by your passphrase.</source>
      <translation>Khóa ký được lưu trong tệp {path}, bảo vệ bằng cụm mật khẩu của bạn.</translation>
    </message>
    <message>
      <location filename="../../cli/sync.py" line="155" />
      <source>keep the signing key in a passphrase-protected file (${env})</source>
      <translation>giữ khóa ký trong tệp được bảo vệ bằng cụm mật khẩu (${env})</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="13" />
      <source>import attendance and results of a course (.xlsx)</source>
      <translation>nhập điểm danh và kết quả của một khóa học (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="15" />
      <source>course id or exact title</source>
      <translation>mã khóa học hoặc đúng tên khóa học</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="19" />
      <source>training coverage against the 100%% target</source>
      <translation>tỷ lệ cán bộ được đào tạo so với chỉ tiêu 100%%</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="64" />
      <source>{file} → {course}: {rows} officers; {present} present, {excused} excused, {absent} absent.</source>
      <translation>{file} → {course}: {rows} cán bộ; {present} lượt có mặt, {excused} lượt vắng có phép, {absent} lượt vắng.</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="102" />
      <source>Officers working: {count}; required courses: {courses}.</source>
      <translation>Cán bộ đang công tác: {count}; khóa học bắt buộc: {courses}.</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="104" />
      <source>Trained in digital skills: {done}/{count} ({percent}); target {target}.</source>
      <translation>Đã được đào tạo kỹ năng số: {done}/{count} ({percent}); chỉ tiêu {target}.</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="107" />
      <source>Trained in operating the system: {done}/{count} ({percent}); target {target}.</source>
      <translation>Đã được đào tạo vận hành hệ thống: {done}/{count} ({percent}); chỉ tiêu {target}.</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="110" />
      <source>Still to train: {count} officers ({new} new).</source>
      <translation>Còn phải đào tạo: {count} cán bộ ({new} cán bộ mới).</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="55" />
      <source>Nothing was imported: fix the rows above in the file (add missing people to the officer list first) and try again.</source>
      <translation>Chưa nhập dữ liệu nào: hãy sửa các dòng nêu trên trong tệp (thêm những người còn thiếu vào danh sách cán bộ trước) rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="75" />
      <source>Written: {sessions} new session(s), {attendance} attendance change(s), {results} result change(s).</source>
      <translation>Đã ghi: {sessions} buổi học mới, {attendance} thay đổi điểm danh, {results} thay đổi kết quả.</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="35" />
      <source>Name the course with --course (its id or its exact title). Courses: {titles}</source>
      <translation>Hãy chỉ rõ khóa học bằng --course (mã hoặc tên chính xác của khóa học). Các khóa học: {titles}</translation>
    </message>
    <message>
      <location filename="../../cli/training.py" line="43" />
      <source>Row {row}: {name} is not in the officer list.</source>
      <translation>Dòng {row}: {name} không có trong danh sách cán bộ.</translation>
    </message>
    <message>
      <location filename="../../hub/api/province.py" line="100" />
      <source>No such list.</source>
      <translation>Không có danh sách này.</translation>
    </message>
    <message>
      <location filename="../../hub/api/province.py" line="123" />
      <source>The province server has no data of this commune.</source>
      <translation>Máy chủ tỉnh chưa có số liệu của xã này.</translation>
    </message>
    <message>
      <location filename="../../hub/api/province.py" line="104" />
      <source>No such row.</source>
      <translation>Không có dòng này.</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="214" />
      <source>{file}: commune {commune}, {applied} applied, {skipped} skipped, {conflicts} conflicts; return file {reply}</source>
      <translation>{file}: xã {commune}, áp dụng {applied}, bỏ qua {skipped}, xung đột {conflicts}; tệp trả về {reply}</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="216" />
      <source>{file}: refused: {reason}</source>
      <translation>{file}: bị từ chối: {reason}</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="217" />
      <source>{file}: refused: {reason} Take the return file {reply} back to the commune: the next file it makes sends again what the province server is missing.</source>
      <translation>{file}: bị từ chối: {reason} Hãy mang tệp trả về {reply} về xã: tệp tiếp theo xã tạo sẽ gửi lại những gì máy chủ tỉnh còn thiếu.</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="44" />
      <source>data folder (keys, SQLite file)</source>
      <translation>thư mục dữ liệu (khóa, tệp SQLite)</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="45" />
      <source>SQLAlchemy URL (default: SQLite file in the data folder)</source>
      <translation>địa chỉ cơ sở dữ liệu SQLAlchemy (mặc định: tệp SQLite trong thư mục dữ liệu)</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="46" />
      <source>machine-readable output</source>
      <translation>kết quả dạng JSON cho máy đọc</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="47" />
      <source>Xã Số province server</source>
      <translation>Xã Số — máy chủ tỉnh</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="49" />
      <source>run the HTTP API</source>
      <translation>chạy dịch vụ HTTP</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="52" />
      <source>TLS certificate (PEM); else run behind a proxy</source>
      <translation>chứng thư TLS (PEM); nếu không có thì chạy sau proxy</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="53" />
      <source>TLS private key (PEM)</source>
      <translation>khóa bí mật TLS (PEM)</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="54" />
      <source>public URL given to enrolled computers</source>
      <translation>địa chỉ công khai gửi cho các máy đã đăng ký</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="56" />
      <source>requests per minute per node</source>
      <translation>số yêu cầu mỗi phút của một máy</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="58" />
      <source>API worker processes (share the database and its replay table)</source>
      <translation>số tiến trình phục vụ (dùng chung cơ sở dữ liệu và bảng chống gửi lại)</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="60" />
      <source>serve the API documentation (/docs, /redoc, /openapi.json); off by default</source>
      <translation>mở tài liệu API (/docs, /redoc, /openapi.json); mặc định tắt</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="61" />
      <source>one-time enrolment code</source>
      <translation>mã đăng ký dùng một lần</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="65" />
      <source>a province viewer: reads the province summary, sends no data</source>
      <translation>máy xem của tỉnh: đọc số liệu toàn tỉnh, không gửi dữ liệu</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="67" />
      <source>enrolled computers</source>
      <translation>các máy đã đăng ký</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="68" />
      <source>refuse a computer from now on</source>
      <translation>từ chối một máy từ nay</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="71" />
      <source>a digitization target every commune receives on its next pull</source>
      <translation>chỉ tiêu số hóa mọi xã nhận ở lần đồng bộ tới</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="75" />
      <source>a required course every commune receives on its next pull</source>
      <translation>khóa học bắt buộc mọi xã nhận ở lần đồng bộ tới</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="80" />
      <source>the hub's open conflicts (a commune's change that did not follow the hub's version of a row)</source>
      <translation>các xung đột chưa xử lý tại máy chủ tỉnh (thay đổi của xã không dựa trên bản mới nhất tại máy chủ)</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="82" />
      <source>resolved ones too</source>
      <translation>kể cả xung đột đã xử lý</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="84" />
      <source>the province figures, commune by commune</source>
      <translation>số liệu toàn tỉnh theo từng xã</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="86" />
      <source>people counted where they worked at the end of that day (a past period's end)</source>
      <translation>cán bộ được tính tại xã nơi công tác vào cuối ngày đó (cuối một kỳ đã qua)</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="88" />
      <source>apply USB bundle files</source>
      <translation>nhập các tệp đồng bộ qua USB</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="100" />
      <source>Give both --cert and --key, or neither.</source>
      <translation>Cần ghi cả --cert và --key, hoặc không ghi cả hai.</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="149" />
      <source>Enrolment code for a province viewer (single use, expires in {days} days): {code}</source>
      <translation>Mã đăng ký cho máy xem số liệu toàn tỉnh (dùng một lần, hết hạn sau {days} ngày): {code}</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="151" />
      <source>Enrolment code for commune {commune} (single use, expires in {days} days): {code}</source>
      <translation>Mã đăng ký cho xã {commune} (dùng một lần, hết hạn sau {days} ngày): {code}</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="195" />
      <source>Published for every commune: target {percent} % by {date}.</source>
      <translation>Đã công bố cho mọi xã: mục tiêu {percent} % trước ngày {date}.</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="200" />
      <source>Published for every commune: required course “{title}”.</source>
      <translation>Đã công bố cho mọi xã: khóa học bắt buộc “{title}”.</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="163" />
      <source>No computer is enrolled yet.</source>
      <translation>Chưa có máy nào đăng ký.</translation>
    </message>
    <message>
      <location filename="../../hub/cli.py" line="167" />
      <source>Computer {node} (commune {commune}) is revoked: its requests and bundles are refused from now on.</source>
      <translation>Đã thu hồi máy {node} (xã {commune}): từ nay máy chủ từ chối mọi yêu cầu và gói dữ liệu của máy này.</translation>
    </message>
    <message>
      <location filename="../../hub/deps.py" line="78" />
      <source>Too many failed attempts came from this address. Wait {minutes} minutes, then try again; if it happens again, ask the province to check this computer's enrolment.</source>
      <translation>Quá nhiều lần thử không thành công từ địa chỉ này. Hãy đợi {minutes} phút rồi thử lại; nếu vẫn bị từ chối, hãy đề nghị tỉnh kiểm tra việc đăng ký của máy tính này.</translation>
    </message>
    <message>
      <location filename="../../hub/deps.py" line="103" />
      <source>This computer is not enrolled as a province viewer.</source>
      <translation>Máy này chưa được đăng ký làm máy xem số liệu toàn tỉnh.</translation>
    </message>
    <message>
      <location filename="../../hub/deps.py" line="108" />
      <source>A province viewer does not exchange bundles.</source>
      <translation>Máy xem số liệu toàn tỉnh không gửi và nhận gói dữ liệu đồng bộ.</translation>
    </message>
    <message>
      <location filename="../../hub/deps.py" line="112" />
      <source>The request is not valid.</source>
      <translation>Yêu cầu không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../hub/deps.py" line="262" />
      <source>The province server needs a newer version of Xã Số on this computer to receive its data. Install the update, then sync again.</source>
      <translation>Máy chủ tỉnh cần phiên bản Xã Số mới hơn trên máy này để nhận dữ liệu. Hãy cài bản cập nhật, rồi đồng bộ lại.</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="14" />
      <source>{when}  commune {commune}  {table} “{label}”  hub v{hub} / received v{incoming}  {kept}{resolved}</source>
      <translation>{when}  xã {commune}  {table} “{label}”  máy chủ v{hub} / nhận được v{incoming}  {kept}{resolved}</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="52" />
      <source>{rank}. {code} {name}: digitized {digitized}, signers certified {cert}, officers {officers} (trained {trained}), last sync {last}</source>
      <translation>{rank}. {code} {name}: đã số hóa {digitized}, người ký có chứng thư {cert}, cán bộ {officers} (đã đào tạo {trained}), đồng bộ lần cuối {last}</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="60" />
      <source>The hub holds no commune yet.</source>
      <translation>Máy chủ chưa có dữ liệu của xã nào.</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="26" />
      <source>No open conflict at the hub.</source>
      <translation>Máy chủ không có xung đột nào chưa xử lý.</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="41" />
      <source>Enter the end of the period as dd/mm/yyyy (e.g. 30/11/2026).</source>
      <translation>Nhập ngày cuối kỳ theo dạng dd/mm/yyyy (ví dụ 30/11/2026).</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="67" />
      <source>Officers who moved between communes:</source>
      <translation>Cán bộ chuyển công tác giữa các xã, phường:</translation>
    </message>
    <message>
      <location filename="../../hub/reports.py" line="18" />
      <source>resolved ({how}) by {who}</source>
      <translation>đã xử lý ({how}) bởi {who}</translation>
    </message>
    <message>
      <location filename="../../demo/commune.py" line="279" />
      <location filename="../../demo/province.py" line="40" />
      <source>This data folder holds a commune's real data; demo data only goes into a new, empty folder. Choose another folder.</source>
      <translation>Thư mục dữ liệu này đang chứa dữ liệu thật của xã; dữ liệu mẫu chỉ được tạo trong một thư mục mới, trống. Hãy chọn thư mục khác.</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Cắt</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Sao chép</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Dán</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Có</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Không</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Áp dụng</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
  </context>
</TS>
