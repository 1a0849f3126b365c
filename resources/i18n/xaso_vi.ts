<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>xaso</name>
    <message>
      <location filename="../../desktop/app.py" line="56" />
      <location filename="../../desktop/app.py" line="53" />
      <location filename="../../desktop/app.py" line="71" />
      <source>Xã Số</source>
      <translation>Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="57" />
      <location filename="../../desktop/i18n.py" line="36" />
      <source>Something unexpected went wrong. Your saved data is safe. If it happens again, send the log file from the data folder (logs) to the province help desk.</source>
      <translation>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn. Nếu lỗi lặp lại, hãy gửi tệp nhật ký trong thư mục dữ liệu (logs) cho bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="197" />
      <location filename="../../desktop/cli.py" line="85" />
      <source>The passwords are shown only this once.</source>
      <translation>Mật khẩu chỉ hiện một lần này; hãy ghi lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="193" />
      <location filename="../../desktop/cli.py" line="78" />
      <source>Demo data: {commune}, {province} — {count} officers.</source>
      <translation>Dữ liệu mẫu: {commune}, {province} — {count} cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="195" />
      <location filename="../../desktop/cli.py" line="83" />
      <source>  account {user}, password {password}</source>
      <translation>  tài khoản {user}, mật khẩu {password}</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="70" />
      <source>Name the folder for the demo data with --home DIR; demo data never goes into the real data folder.</source>
      <translation>Hãy chỉ rõ thư mục cho dữ liệu mẫu bằng --home THƯ_MỤC; dữ liệu mẫu không bao giờ được ghi vào thư mục dữ liệu thật.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="81" />
      <source>This data folder already holds the demo data; nothing was added.</source>
      <translation>Thư mục dữ liệu này đã có dữ liệu mẫu; không thêm gì nữa.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="124" />
      <source>{file}: {new} new, {update} updated, {same} unchanged.</source>
      <translation>{file}: {new} mới, {update} cập nhật, {same} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="128" />
      <location filename="../../desktop/cli.py" line="229" />
      <location filename="../../desktop/cli_certs.py" line="74" />
      <source>(dry run: nothing was written)</source>
      <translation>(chạy thử: chưa ghi gì vào dữ liệu)</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="157" />
      <source>The data file is intact, but this installation has not been set up yet.</source>
      <translation>Tệp dữ liệu nguyên vẹn, nhưng máy này chưa được thiết lập.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="223" />
      <source>{file} → {course}: {rows} officers; {present} present, {excused} excused, {absent} absent.</source>
      <translation>{file} → {course}: {rows} cán bộ; {present} lượt có mặt, {excused} lượt vắng có phép, {absent} lượt vắng.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="57" />
      <source>Error: {message}</source>
      <translation>Lỗi: {message}</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="101" />
      <location filename="../../desktop/cli.py" line="185" />
      <location filename="../../desktop/cli.py" line="249" />
      <source>This data folder has not been set up yet; open Xã Số once or run the demo command.</source>
      <translation>Thư mục dữ liệu này chưa được thiết lập; hãy mở Xã Số một lần hoặc chạy lệnh demo.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="155" />
      <source>The data file has problems:</source>
      <translation>Tệp dữ liệu có lỗi:</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="268" />
      <source>Officers working: {count}; required courses: {courses}.</source>
      <translation>Cán bộ đang công tác: {count}; khóa học bắt buộc: {courses}.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="270" />
      <source>Trained in digital skills: {done}/{count} ({percent}); target {target}.</source>
      <translation>Đã được đào tạo kỹ năng số: {done}/{count} ({percent}); chỉ tiêu {target}.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="273" />
      <source>Trained in operating the system: {done}/{count} ({percent}); target {target}.</source>
      <translation>Đã được đào tạo vận hành hệ thống: {done}/{count} ({percent}); chỉ tiêu {target}.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="276" />
      <source>Still to train: {count} officers ({new} new).</source>
      <translation>Còn phải đào tạo: {count} cán bộ ({new} cán bộ mới).</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="115" />
      <source>Nothing was imported: fix the rows above in the file and try again.</source>
      <translation>Chưa nhập gì: hãy sửa các dòng nêu trên trong tệp rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="138" />
      <source>There is no Xã Số data in {path}.</source>
      <translation>Không có dữ liệu Xã Số trong {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="159" />
      <source>The data file is intact (schema {schema}).</source>
      <translation>Tệp dữ liệu nguyên vẹn (phiên bản cấu trúc {schema}).</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="213" />
      <source>Nothing was imported: fix the rows above in the file (add missing people to the officer list first) and try again.</source>
      <translation>Chưa nhập dữ liệu nào: hãy sửa các dòng nêu trên trong tệp (thêm những người còn thiếu vào danh sách cán bộ trước) rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="234" />
      <source>Written: {sessions} new session(s), {attendance} attendance change(s), {results} result change(s).</source>
      <translation>Đã ghi: {sessions} buổi học mới, {attendance} thay đổi điểm danh, {results} thay đổi kết quả.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="190" />
      <source>Name the course with --course (its id or its exact title). Courses: {titles}</source>
      <translation>Hãy chỉ rõ khóa học bằng --course (mã hoặc tên chính xác của khóa học). Các khóa học: {titles}</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="161" />
      <source>{commune}: {count} officers.</source>
      <translation>{commune}: {count} cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="198" />
      <source>Row {row}: {name} is not in the officer list.</source>
      <translation>Dòng {row}: {name} không có trong danh sách cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli.py" line="200" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="127" />
      <source>Did you mean {name}? Correct the name in the file.</source>
      <translation>Có phải là {name}? Hãy sửa lại họ tên trong tệp.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="28" />
      <source>No certificate files were found in the paths given.</source>
      <translation>Không tìm thấy tệp chứng thư nào ở các đường dẫn đã cho.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="67" />
      <source>Nothing was imported: fix or remove the files above and try again.</source>
      <translation>Chưa nhập gì: hãy sửa hoặc bỏ các tệp nêu trên rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="70" />
      <source>{new} new certificates, {dup} already imported, {unmatched} to assign to an officer.</source>
      <translation>{new} chứng thư mới, {dup} đã có, {unmatched} cần gán cho cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="52" />
      <source>{file}: {name}, {kind}, valid until {date} → {officer}</source>
      <translation>{file}: {name}, {kind}, hiệu lực đến {date} → {officer}</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="56" />
      <source>(already imported)</source>
      <translation>(đã nhập trước đó)</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="94" />
      <source>Official-duty certificate coverage: {covered}/{officers} working officers ({percent}).</source>
      <translation>Tỷ lệ cán bộ có chứng thư số chuyên dùng còn hiệu lực: {covered}/{officers} cán bộ đang công tác ({percent}).</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="96" />
      <source>Expiring within 30 days: {warnings}; within 7 days or expired: {errors}.</source>
      <translation>Sắp hết hạn trong 30 ngày: {warnings}; còn dưới 7 ngày hoặc đã hết hạn: {errors}.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="98" />
      <source>Officers still on a public CA: {count}. Certificates to assign: {review}. Open requests: {requests}.</source>
      <translation>Cán bộ còn dùng chứng thư CA công cộng: {count}. Chứng thư cần gán: {review}. Yêu cầu đang xử lý: {requests}.</translation>
    </message>
    <message>
      <location filename="../../desktop/cli_certs.py" line="103" />
      <source>{name}: expires {date}</source>
      <translation>{name}: hết hạn {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="86" />
      <source>Wrong user name or password.</source>
      <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="37" />
      <source>The user name must have 3 to 32 characters: lower-case letters without accents, digits, dot, dash or underscore.</source>
      <translation>Tên đăng nhập phải có từ 3 đến 32 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="43" />
      <source>The password must have at least {count} characters.</source>
      <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="50" />
      <source>The user name {username} is already taken.</source>
      <translation>Tên đăng nhập {username} đã có người dùng.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="93" />
      <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes.</source>
      <translation>Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau {minutes} phút.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="48" />
      <location filename="../../desktop/ui/certificates/cert_list.py" line="135" />
      <location filename="../../desktop/ui/certificates/page.py" line="36" />
      <source>Certificates</source>
      <translation>Chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="57" />
      <location filename="../../desktop/ui/certificates/page.py" line="63" />
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="120" />
      <source>Requests</source>
      <translation>Yêu cầu</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="63" />
      <source>Officers needing a request</source>
      <translation>Cán bộ cần lập yêu cầu</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="66" />
      <location filename="../../desktop/ui/training/page.py" line="23" />
      <source>Coverage</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="71" />
      <source>Support</source>
      <translation>Hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="63" />
      <location filename="../../desktop/services/cert_export.py" line="49" />
      <location filename="../../desktop/services/cert_export.py" line="58" />
      <source>Officer</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="63" />
      <location filename="../../desktop/services/cert_export.py" line="66" />
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="45" />
      <source>Department</source>
      <translation>Bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="63" />
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="66" />
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="19" />
      <source>Officers working</source>
      <translation>Cán bộ đang công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="67" />
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="20" />
      <source>With a valid official-duty certificate</source>
      <translation>Có chứng thư chuyên dùng còn hiệu lực</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="67" />
      <source>Rate (%)</source>
      <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="80" />
      <source>Cannot save {file}: {reason}.</source>
      <translation>Không lưu được {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="49" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="127" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="154" />
      <source>Name in certificate</source>
      <translation>Tên trên chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="49" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="161" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="43" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="49" />
      <location filename="../../desktop/ui/certificates/models.py" line="36" />
      <source>Issued by</source>
      <translation>Tổ chức cấp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="49" />
      <source>Valid from</source>
      <translation>Hiệu lực từ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="50" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="43" />
      <location filename="../../desktop/ui/certificates/models.py" line="37" />
      <source>Valid until</source>
      <translation>Hiệu lực đến</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="50" />
      <location filename="../../desktop/services/cert_export.py" line="58" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="162" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="50" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="163" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="188" />
      <source>Carrier</source>
      <translation>Thiết bị lưu khóa</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="50" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="164" />
      <source>Subscriber</source>
      <translation>Loại thuê bao</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="58" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="185" />
      <location filename="../../desktop/ui/certificates/models.py" line="84" />
      <source>Request</source>
      <translation>Loại yêu cầu</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="58" />
      <location filename="../../desktop/ui/certificates/models.py" line="86" />
      <source>Requested</source>
      <translation>Ngày lập</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="58" />
      <location filename="../../desktop/ui/certificates/models.py" line="87" />
      <source>Submitted on</source>
      <translation>Ngày nộp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="59" />
      <location filename="../../desktop/ui/certificates/models.py" line="88" />
      <source>Issued on</source>
      <translation>Ngày cấp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="59" />
      <location filename="../../desktop/ui/certificates/models.py" line="90" />
      <source>Reference</source>
      <translation>Số hồ sơ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="69" />
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="42" />
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="72" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="219" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="234" />
      <source>Problem</source>
      <translation>Sự cố</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="72" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="220" />
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="129" />
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="72" />
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="129" />
      <source>Reported</source>
      <translation>Thời điểm báo</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="72" />
      <source>Solved</source>
      <translation>Thời điểm xử lý xong</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="72" />
      <location filename="../../desktop/ui/training/dialogs.py" line="133" />
      <location filename="../../desktop/ui/training/model.py" line="29" />
      <source>Hours</source>
      <translation>Số giờ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_export.py" line="73" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="235" />
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="130" />
      <source>How it was solved</source>
      <translation>Cách xử lý</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="43" />
      <location filename="../../desktop/ui/certificates/cert_list.py" line="28" />
      <source>Official duty</source>
      <translation>Chuyên dùng công vụ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="44" />
      <location filename="../../desktop/ui/certificates/cert_list.py" line="29" />
      <source>Public CA</source>
      <translation>CA công cộng</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="45" />
      <source>Unknown</source>
      <translation>Không xác định</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="50" />
      <source>Issued by {issuer} (Ban Cơ yếu Chính phủ); the signature was checked against the imported CA certificate.</source>
      <translation>Do {issuer} (Ban Cơ yếu Chính phủ) cấp; chữ ký đã được kiểm tra bằng chứng thư CA đã nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="52" />
      <source>The issuer {issuer} is a CA of Ban Cơ yếu Chính phủ (matched by name; import the CA certificate to have the signature checked too).</source>
      <translation>Tổ chức cấp {issuer} là CA của Ban Cơ yếu Chính phủ (nhận biết theo tên; hãy nhập chứng thư CA để kiểm tra cả chữ ký).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="54" />
      <source>The issuer calls itself {issuer}, but the signature does not match the CA certificate of that name: treat this certificate as not genuine.</source>
      <translation>Tổ chức cấp ghi là {issuer} nhưng chữ ký không khớp với chứng thư CA cùng tên: coi chứng thư này là không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="56" />
      <source>Issued by the public CA {issuer}: not allowed for state business.</source>
      <translation>Do CA công cộng {issuer} cấp: không được dùng cho công vụ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="57" />
      <source>Self-signed: nobody vouches for this certificate.</source>
      <translation>Tự ký: không có tổ chức nào bảo đảm cho chứng thư này.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="58" />
      <source>Issued by {issuer}, which is neither Ban Cơ yếu Chính phủ nor a known public CA.</source>
      <translation>Do {issuer} cấp, không phải Ban Cơ yếu Chính phủ cũng không phải CA công cộng đã biết.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="222" />
      <source>{file}: the file is empty.</source>
      <translation>{file}: tệp rỗng.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="231" />
      <source>{file}: the file holds no certificate.</source>
      <translation>{file}: tệp không chứa chứng thư nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="186" />
      <source>{file}: this PKCS#12 file needs its password.</source>
      <translation>{file}: tệp PKCS#12 này cần mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="215" />
      <source>{file}: the file is too large to be a certificate.</source>
      <translation>{file}: tệp quá lớn, không thể là chứng thư số.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="219" />
      <source>{file}: cannot be read ({reason}).</source>
      <translation>{file}: không đọc được ({reason}).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="228" />
      <location filename="../../desktop/services/cert_parse.py" line="235" />
      <source>{file}: not a certificate, or the file is damaged (cut off or changed).</source>
      <translation>{file}: không phải chứng thư số, hoặc tệp bị hỏng (thiếu hoặc bị thay đổi).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_parse.py" line="185" />
      <source>{file}: the password is wrong.</source>
      <translation>{file}: mật khẩu không đúng.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="20" />
      <source>New certificate</source>
      <translation>Cấp mới</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="21" />
      <source>Renewal</source>
      <translation>Gia hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="22" />
      <source>Change of information</source>
      <translation>Thay đổi thông tin</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="23" />
      <source>Revocation</source>
      <translation>Thu hồi</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="24" />
      <source>Device recovery</source>
      <translation>Khôi phục thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="27" />
      <source>Being prepared</source>
      <translation>Đang chuẩn bị</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="28" />
      <source>Submitted</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="29" />
      <source>Issued</source>
      <translation>Đã cấp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="30" />
      <source>Rejected</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="31" />
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="34" />
      <source>Token not recognised</source>
      <translation>Máy không nhận token</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="35" />
      <source>PIN locked</source>
      <translation>Khóa mã PIN</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="36" />
      <source>Signing tool error</source>
      <translation>Lỗi công cụ ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="37" />
      <source>Certificate expired</source>
      <translation>Chứng thư hết hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="38" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="177" />
      <source>No official-duty certificate</source>
      <translation>Chưa có chứng thư số chuyên dùng</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="178" />
      <source>Official-duty certificate expires within 30 days or has expired</source>
      <translation>Chứng thư chuyên dùng hết hạn trong 30 ngày hoặc đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="179" />
      <source>Only a public-CA certificate (not allowed for state business)</source>
      <translation>Chỉ có chứng thư của CA công cộng (không được dùng cho công vụ)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="180" />
      <source>Certificate information out of date (issued before the reorganisation of 1/7/2025, or the name differs): to update</source>
      <translation>Thông tin trên chứng thư đã cũ (cấp trước khi sắp xếp 1/7/2025, hoặc họ tên khác): cần cập nhật</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="53" />
      <source>Choose the kind of request.</source>
      <translation>Hãy chọn loại yêu cầu.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="55" />
      <source>Choose the carrier (USB token, SIM PKI or remote signing).</source>
      <translation>Hãy chọn thiết bị lưu khóa (USB token, SIM PKI hoặc ký số từ xa).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="59" />
      <location filename="../../desktop/services/certificates.py" line="259" />
      <location filename="../../desktop/services/officers.py" line="162" />
      <source>This officer no longer exists (deleted on this or another PC).</source>
      <translation>Cán bộ này không còn trong danh sách (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="89" />
      <source>This request no longer exists (deleted on this or another PC).</source>
      <translation>Yêu cầu này không còn (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="91" />
      <source>Choose the status of the request.</source>
      <translation>Hãy chọn trạng thái của yêu cầu.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="94" />
      <source>The date {date} is before the request was made.</source>
      <translation>Ngày {date} trước ngày lập yêu cầu.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="240" />
      <source>Choose the kind of problem.</source>
      <translation>Hãy chọn loại sự cố.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="242" />
      <source>Describe the problem.</source>
      <translation>Hãy mô tả sự cố.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="254" />
      <source>This support request no longer exists.</source>
      <translation>Yêu cầu hỗ trợ này không còn.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="256" />
      <source>Write how the problem was solved.</source>
      <translation>Hãy ghi cách đã xử lý sự cố.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/cert_requests.py" line="259" />
      <source>The problem cannot be solved before it was reported.</source>
      <translation>Thời điểm xử lý không thể trước thời điểm báo sự cố.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="91" />
      <source>matched by CCCD</source>
      <translation>khớp theo CCCD</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="92" />
      <source>matched by name</source>
      <translation>khớp theo họ tên</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="93" />
      <source>several officers have this name: choose one in the review list</source>
      <translation>nhiều cán bộ trùng họ tên: chọn đúng người ở thẻ “Cần gán”</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="94" />
      <source>no officer with this CCCD or name: assign it in the review list</source>
      <translation>chưa khớp cán bộ nào (CCCD, họ tên): gán ở thẻ “Cần gán”</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="95" />
      <source>organisation certificate (belongs to no officer)</source>
      <translation>chứng thư của tổ chức (không thuộc cán bộ nào)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="99" />
      <source>In use</source>
      <translation>Đang dùng</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="100" />
      <source>Suspended</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="101" />
      <source>Revoked</source>
      <translation>Đã thu hồi</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="102" />
      <source>Expired</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="103" />
      <source>Replaced</source>
      <translation>Đã thay thế</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="105" />
      <source>Not stated</source>
      <translation>Chưa ghi</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="105" />
      <source>USB token</source>
      <translation>USB token</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="105" />
      <source>SIM PKI</source>
      <translation>SIM PKI</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="106" />
      <source>Remote signing</source>
      <translation>Ký số từ xa</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="107" />
      <source>Individual</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="107" />
      <source>Organisation</source>
      <translation>Tổ chức</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="108" />
      <source>Device</source>
      <translation>Thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="209" />
      <source>Some files could not be read, so nothing was imported: {files}.</source>
      <translation>Có tệp không đọc được nên chưa nhập gì: {files}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="224" />
      <source>This certificate no longer exists (deleted on this or another PC).</source>
      <translation>Chứng thư này không còn (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="271" />
      <source>Choose a status, carrier and subscriber type from the lists.</source>
      <translation>Hãy chọn trạng thái, thiết bị lưu khóa và loại thuê bao trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/certificates.py" line="285" />
      <source>{file}: holds no CA certificate.</source>
      <translation>{file}: không chứa chứng thư CA nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/demo.py" line="303" />
      <location filename="../../desktop/services/demo.py" line="285" />
      <location filename="../../desktop/services/setup.py" line="37" />
      <source>Choose a commune from the list.</source>
      <translation>Hãy chọn xã, phường trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/demo.py" line="279" />
      <source>This data folder holds a commune's real data; demo data only goes into a new, empty folder. Choose another folder.</source>
      <translation>Thư mục dữ liệu này đang chứa dữ liệu thật của xã; dữ liệu mẫu chỉ được tạo trong một thư mục mới, trống. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="43" />
      <source>No attendance list was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with a name column (Họ và tên). Check that you chose the right file.</source>
      <translation>Không tìm thấy danh sách điểm danh trong tệp {file} (đã tìm trong các trang: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề nào có cột họ tên (Họ và tên). Hãy kiểm tra lại tệp đã chọn.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="180" />
      <source>Row {row}: {value} in column {column} is not understood. Write x (present), P (excused) or leave it empty (absent).</source>
      <translation>Dòng {row}: không hiểu giá trị {value} ở cột {column}. Hãy ghi x (có mặt), P (vắng có phép) hoặc để trống (vắng).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="195" />
      <source>Row {row}: {value} in column {column} is not understood. Write Có or Không.</source>
      <translation>Dòng {row}: không hiểu giá trị {value} ở cột {column}. Hãy ghi Có hoặc Không.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="350" />
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="360" />
      <source>The file still has {count} problem(s); nothing was imported. Correct the file, then preview it again.</source>
      <translation>Tệp vẫn còn {count} lỗi; chưa nhập gì. Hãy sửa tệp rồi xem trước lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="354" />
      <source>{count} person(s) in the file are not in the officer list: {names}. Add them to the officer list first, or choose to skip them; nothing was imported.</source>
      <translation>Có {count} người trong tệp không có trong danh sách cán bộ: {names}. Hãy thêm họ vào danh sách cán bộ trước, hoặc chọn bỏ qua những người này; chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="360" />
      <source>The officer list or the course changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation>Danh sách cán bộ hoặc khóa học đã thay đổi trong lúc kiểm tra tệp; chưa nhập dữ liệu nào. Hãy xem trước tệp lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="208" />
      <source>Row {row}: the score {value} in column {column} is not a number.</source>
      <translation>Dòng {row}: điểm {value} ở cột {column} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="220" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy.</source>
      <translation>Dòng {row}: {value} ở cột {column} không phải là ngày hợp lệ. Hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="270" />
      <source>Row {row}: {count} officers are called {name}. Add a CCCD column to tell them apart.</source>
      <translation>Dòng {row}: có {count} cán bộ cùng tên {name}. Hãy thêm cột CCCD để phân biệt.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="273" />
      <source>Row {row}: CCCD {cccd} belongs to {officer}, not to {name}. Correct the name or the CCCD number.</source>
      <translation>Dòng {row}: CCCD {cccd} là của {officer}, không phải của {name}. Hãy sửa lại họ tên hoặc số CCCD.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="319" />
      <source>{file} has neither session columns (Buổi 1, Buổi 2… or the dates of the sessions) nor a Hoàn thành column: there is nothing to import.</source>
      <translation>Tệp {file} không có cột buổi học (Buổi 1, Buổi 2… hoặc ngày của buổi học) cũng không có cột Hoàn thành: không có gì để nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="327" />
      <source>The list in {file} has a header but no rows below it.</source>
      <translation>Danh sách trong tệp {file} có dòng tiêu đề nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="281" />
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="262" />
      <source>Row {row}: {problem}</source>
      <translation>Dòng {row}: {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="300" />
      <source>Row {row}: {name} is already listed in row {first_row}. Keep one row per officer.</source>
      <translation>Dòng {row}: {name} đã có ở dòng {first_row}. Mỗi cán bộ chỉ được có một dòng.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/attendance_xlsx.py" line="159" />
      <source>Column {column}: the course has only {count} session(s). Add the session in the app first, or write its date in the header (for example Buổi {number} - 05/10/2025).</source>
      <translation>Cột {column}: khóa học chỉ có {count} buổi. Hãy thêm buổi học trong phần mềm trước, hoặc ghi ngày của buổi học vào tiêu đề cột (ví dụ Buổi {number} - 05/10/2025).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="70" />
      <source>No officer list was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with a name column (Họ và tên) and a CCCD column (Số CCCD). Check that you chose the right file, or add these two headers above the list.</source>
      <translation>Không tìm thấy danh sách cán bộ trong tệp {file} (các trang đã xem: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề gồm cột họ tên (Họ và tên) và cột CCCD (Số CCCD). Hãy kiểm tra đã chọn đúng tệp, hoặc thêm hai tiêu đề này phía trên danh sách.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="40" />
      <location filename="../../desktop/services/training_coverage.py" line="194" />
      <location filename="../../desktop/ui/first_run.py" line="103" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="41" />
      <location filename="../../desktop/services/training_coverage.py" line="194" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <source>CCCD number</source>
      <translation>Số CCCD</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="42" />
      <location filename="../../desktop/services/training_coverage.py" line="194" />
      <location filename="../../desktop/ui/officers/dialog.py" line="91" />
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="43" />
      <location filename="../../desktop/ui/officers/dialog.py" line="92" />
      <location filename="../../desktop/ui/officers/model.py" line="24" />
      <source>Gender</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="44" />
      <location filename="../../desktop/services/training_coverage.py" line="195" />
      <location filename="../../desktop/ui/officers/dialog.py" line="93" />
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="46" />
      <location filename="../../desktop/ui/officers/dialog.py" line="95" />
      <location filename="../../desktop/ui/officers/model.py" line="27" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="47" />
      <location filename="../../desktop/ui/officers/dialog.py" line="96" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="48" />
      <source>Digital signer</source>
      <translation>Người ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="49" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="166" />
      <location filename="../../desktop/ui/certificates/dialogs.py" line="192" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="194" />
      <source>Row {row}: gender {value} in column {column} is not understood. Write Nam or Nữ, or leave the cell empty.</source>
      <translation>Dòng {row}: giới tính «{value}» ở cột {column} không hợp lệ. Hãy ghi Nam hoặc Nữ, hoặc để trống.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="207" />
      <source>Row {row}: {value} in column {column} is not understood. Write x (or Có) for an officer who signs digitally, otherwise leave it empty.</source>
      <translation>Dòng {row}: giá trị «{value}» ở cột {column} không hợp lệ. Ghi x (hoặc Có) nếu cán bộ ký số, nếu không thì để trống.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="216" />
      <source>Row {row}: {value} in column {column} is an old 9-digit CMND number. Enter the officer's 12-digit CCCD number instead.</source>
      <translation>Dòng {row}: «{value}» ở cột {column} là số CMND cũ 9 chữ số. Hãy nhập số CCCD 12 chữ số của cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="237" />
      <source>Row {row}: the CCCD number of {name} is missing. Enter the officer's 12-digit CCCD number in column {column}.</source>
      <translation>Dòng {row}: thiếu số CCCD của {name}. Hãy nhập số CCCD 12 chữ số vào cột {column}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="241" />
      <source>Row {row}: the full name for CCCD {value} is missing. Enter the officer's name in column {column}.</source>
      <translation>Dòng {row}: thiếu họ tên của người có CCCD {value}. Hãy nhập họ tên vào cột {column}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="245" />
      <source>Row {row} has data but neither a name nor a CCCD number. Fill them in, or delete the row.</source>
      <translation>Dòng {row} có dữ liệu nhưng không có họ tên và số CCCD. Hãy điền vào, hoặc xóa dòng này.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="366" />
      <source>The officer list changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation>Danh sách cán bộ đã thay đổi trong lúc kiểm tra tệp; chưa nhập gì. Hãy xem trước tệp lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="184" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy, for example 15/03/1980.</source>
      <translation>Dòng {row}: «{value}» ở cột {column} không phải ngày hợp lệ. Hãy ghi theo dạng dd/mm/yyyy, ví dụ 15/03/1980.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="263" />
      <source>Row {row}, column {column}: {problem}</source>
      <translation>Dòng {row}, cột {column}: {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="296" />
      <source>Choose the column that holds the officers' full names.</source>
      <translation>Hãy chọn cột chứa họ tên cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="299" />
      <source>Choose the column that holds the CCCD numbers.</source>
      <translation>Hãy chọn cột chứa số CCCD.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="331" />
      <source>Row {row}: CCCD {value} is already used in row {first_row}. Each officer may appear only once: correct or delete one of the two rows.</source>
      <translation>Dòng {row}: CCCD {value} đã có ở dòng {first_row}. Mỗi cán bộ chỉ được có một dòng: hãy sửa hoặc xóa một trong hai dòng.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="352" />
      <source>The list in {file} has a header but no officer rows below it.</source>
      <translation>Danh sách trong tệp {file} có dòng tiêu đề nhưng không có dòng cán bộ nào bên dưới.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="308" />
      <source>The column chosen for {label} is not in the table. Choose another column.</source>
      <translation>Cột đã chọn cho «{label}» không có trong bảng. Hãy chọn cột khác.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="312" />
      <source>Column {column} is chosen both for {first} and for {second}. A column can fill only one field.</source>
      <translation>Cột {column} đang được chọn cho cả «{first}» và «{second}». Mỗi cột chỉ dùng cho một mục.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="32" />
      <source>No table was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with the required columns. Check that you chose the right file.</source>
      <translation>Không tìm thấy bảng dữ liệu trong tệp {file} (các trang đã xem: {sheets}): trong {limit} dòng đầu không có dòng tiêu đề với các cột bắt buộc. Hãy kiểm tra đã chọn đúng tệp.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="91" />
      <source>The file {file} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as an Excel workbook (.xlsx).</source>
      <translation>Tệp {file} có đặt mật khẩu hoặc ở định dạng .xls cũ. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="95" />
      <source>The file {file} is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook (.xlsx).</source>
      <translation>Tệp {file} không phải tệp Excel (.xlsx). Hãy mở bằng Excel và lưu lại thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="83" />
      <source>The file {file} does not exist. Choose the file again.</source>
      <translation>Không tìm thấy tệp {file}. Hãy chọn lại tệp.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="87" />
      <source>The file {file} cannot be read: {reason}. Close it in Excel and try again.</source>
      <translation>Không đọc được tệp {file}: {reason}. Hãy đóng tệp trong Excel rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="101" />
      <source>The file {file} is damaged and cannot be read as an Excel workbook. Open it in Excel, save it again as .xlsx and retry.</source>
      <translation>Tệp {file} bị hỏng, không đọc được như tệp Excel. Hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="333" />
      <source>The file {file} has no sheet named {sheet}. Its sheets are: {sheets}.</source>
      <translation>Tệp {file} không có trang tính tên «{sheet}». Các trang tính có trong tệp: {sheets}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="83" />
      <source>Enter the officer's full name.</source>
      <translation>Hãy nhập họ và tên cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="85" />
      <source>The full name is too long (at most 128 characters).</source>
      <translation>Họ tên quá dài (tối đa 128 ký tự).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="87" />
      <source>The full name must not contain digits.</source>
      <translation>Họ tên không được chứa chữ số.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="89" />
      <source>Enter the citizen ID (CCCD) number.</source>
      <translation>Hãy nhập số căn cước công dân (CCCD).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="92" />
      <source>The CCCD number must have exactly 12 digits (entered: {value}).</source>
      <translation>Số CCCD phải có đúng 12 chữ số (đã nhập: {value}).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="104" />
      <source>Gender must be Nam or Nữ.</source>
      <translation>Giới tính phải là Nam hoặc Nữ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="108" />
      <source>The phone number {value} is not valid: use 10 digits starting with 0.</source>
      <translation>Số điện thoại {value} không hợp lệ: hãy nhập 10 chữ số, bắt đầu bằng số 0.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="112" />
      <source>The e-mail address {value} is not valid.</source>
      <translation>Địa chỉ thư điện tử {value} không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="139" />
      <location filename="../../desktop/services/officers.py" line="177" />
      <source>CCCD {cccd} already belongs to {name}.</source>
      <translation>Số CCCD {cccd} đã là của {name}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="100" />
      <source>The date of birth {value} is not plausible for an officer.</source>
      <translation>Ngày sinh {value} không hợp lý đối với cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/setup.py" line="34" />
      <source>This installation is already set up.</source>
      <translation>Máy này đã được thiết lập.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="83" />
      <source>This installation has not been set up yet.</source>
      <translation>Máy này chưa được thiết lập.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="140" />
      <source>The data file {path} cannot be read: {reason}.</source>
      <translation>Không đọc được tệp dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="42" />
      <source>Cannot create the data folder {path}: {reason}. Choose a folder you may write to.</source>
      <translation>Không tạo được thư mục dữ liệu {path}: {reason}. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="110" />
      <source>The change clashes with data already saved (a duplicate or a missing link), so nothing was saved. Check the values and try again.</source>
      <translation>Thay đổi này xung đột với dữ liệu đã lưu (bị trùng hoặc thiếu liên kết) nên chưa được lưu. Hãy kiểm tra lại thông tin rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="23" />
      <source>Bình dân học vụ số (national platform)</source>
      <translation>Bình dân học vụ số (nền tảng quốc gia)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="24" />
      <source>Provincial class</source>
      <translation>Lớp do tỉnh tổ chức</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="25" />
      <source>MOOC platform (OneTouch, MobiEdu)</source>
      <translation>Nền tảng MOOC (OneTouch, MobiEdu)</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="26" />
      <source>In-house</source>
      <translation>Tự tổ chức tại xã</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="29" />
      <location filename="../../desktop/ui/training/summary.py" line="69" />
      <source>Digital skills</source>
      <translation>Kỹ năng số</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="30" />
      <source>Operating the procedure system</source>
      <translation>Vận hành hệ thống giải quyết TTHC</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="31" />
      <source>Digital signing</source>
      <translation>Ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="32" />
      <source>Professional field</source>
      <translation>Nghiệp vụ chuyên môn</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="34" />
      <location filename="../../desktop/ui/main_window.py" line="258" />
      <source>Online</source>
      <translation>Trực tuyến</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="34" />
      <source>In person</source>
      <translation>Trực tiếp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="35" />
      <source>Blended</source>
      <translation>Kết hợp</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="36" />
      <location filename="../../desktop/ui/training/courses.py" line="74" />
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="36" />
      <location filename="../../desktop/ui/training/courses.py" line="74" />
      <source>Absent</source>
      <translation>Vắng</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="37" />
      <location filename="../../desktop/ui/training/courses.py" line="74" />
      <source>Excused</source>
      <translation>Có phép</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="38" />
      <source>Entered by the commune</source>
      <translation>Xã tự nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="38" />
      <source>Published by the province</source>
      <translation>Tỉnh ban hành</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="130" />
      <source>No course is called {name}. Give the exact title or the course id.</source>
      <translation>Không có khóa học nào tên {name}. Hãy ghi đúng tên hoặc mã khóa học.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="61" />
      <source>Enter the course title.</source>
      <translation>Hãy nhập tên khóa học.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="63" />
      <source>The course title is too long (at most 256 characters).</source>
      <translation>Tên khóa học quá dài (tối đa 256 ký tự).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="69" />
      <source>The number of hours must be between 0 and 1000.</source>
      <translation>Số giờ học phải từ 0 đến 1000.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="71" />
      <location filename="../../desktop/ui/training/export.py" line="71" />
      <source>The end date is before the start date.</source>
      <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="73" />
      <source>The pass mark must be between 0 and 100.</source>
      <translation>Điểm đạt phải từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="99" />
      <source>This course no longer exists (deleted on this or another PC).</source>
      <translation>Khóa học này không còn nữa (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="210" />
      <source>Enter the date of the session (dd/mm/yyyy).</source>
      <translation>Hãy nhập ngày của buổi học (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="227" />
      <source>This session no longer exists (deleted on this or another PC).</source>
      <translation>Buổi học này không còn nữa (đã bị xóa trên máy này hoặc máy khác).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="335" />
      <source>The score must be between 0 and 100.</source>
      <translation>Điểm phải từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="337" />
      <source>Enter the completion date (dd/mm/yyyy).</source>
      <translation>Hãy nhập ngày hoàn thành (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="341" />
      <source>A score of {score} is below the pass mark {mark}: the course is not completed.</source>
      <translation>Điểm {score} thấp hơn điểm đạt {mark}: chưa hoàn thành khóa học.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="67" />
      <source>Choose a value from the list.</source>
      <translation>Hãy chọn một giá trị trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training.py" line="310" />
      <source>Unknown attendance value {value}.</source>
      <translation>Giá trị điểm danh {value} không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training_coverage.py" line="194" />
      <location filename="../../desktop/ui/training/attendance.py" line="91" />
      <location filename="../../desktop/ui/training/results.py" line="62" />
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training_coverage.py" line="195" />
      <location filename="../../desktop/ui/training/export.py" line="48" />
      <location filename="../../desktop/ui/training/model.py" line="25" />
      <source>Course</source>
      <translation>Khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training_coverage.py" line="195" />
      <location filename="../../desktop/ui/training/results.py" line="63" />
      <source>Completion date</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training_coverage.py" line="196" />
      <location filename="../../desktop/ui/training/results.py" line="63" />
      <source>Score</source>
      <translation>Điểm</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training_coverage.py" line="196" />
      <location filename="../../desktop/ui/training/results.py" line="63" />
      <source>Certificate no.</source>
      <translation>Số chứng chỉ</translation>
    </message>
    <message>
      <location filename="../../desktop/services/training_coverage.py" line="232" />
      <source>Cannot save {file}: {reason}. Close it in Excel or choose another folder.</source>
      <translation>Không lưu được tệp {file}: {reason}. Hãy đóng tệp trong Excel hoặc chọn thư mục khác.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="47" />
      <source>About Xã Số</source>
      <translation>Giới thiệu Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="68" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="72" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="82" />
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
      <location filename="../../desktop/ui/about.py" line="66" />
      <source>Licence</source>
      <translation>Giấy phép</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="65" />
      <source>Version</source>
      <translation>Phiên bản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="65" />
      <source>Component</source>
      <translation>Thành phần</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/about.py" line="63" />
      <source>Xã Số is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Xã Số là phần mềm tự do theo Giấy phép Công cộng GNU (GNU GPL), phiên bản 3 hoặc mới hơn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="26" />
      <source>All certificates</source>
      <translation>Tất cả chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="27" />
      <source>Expiring within 30 days or expired</source>
      <translation>Hết hạn trong 30 ngày hoặc đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="40" />
      <source>Search by officer, name in certificate or CCCD…</source>
      <translation>Tìm theo cán bộ, tên trên chứng thư hoặc CCCD…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="41" />
      <source>Accents optional; matches the officer, the name in the certificate or the CCCD</source>
      <translation>Có dấu hoặc không dấu; tìm theo cán bộ, tên trên chứng thư hoặc số CCCD</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="50" />
      <source>Which certificates to list</source>
      <translation>Chọn nhóm chứng thư cần xem</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="61" />
      <source>Assign to an officer…</source>
      <translation>Gán cho cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="62" />
      <source>Details…</source>
      <translation>Thông tin…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="63" />
      <source>Status, carrier and subscriber type of the certificate</source>
      <translation>Trạng thái, thiết bị lưu khóa và loại thuê bao của chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="64" />
      <source>Request renewal…</source>
      <translation>Lập yêu cầu gia hạn…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="72" />
      <source>Show</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="106" />
      <source>Select a certificate to see why it has its kind.</source>
      <translation>Chọn một chứng thư để xem vì sao được xếp loại như vậy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="113" />
      <source>Valid from {start} to {end}.</source>
      <translation>Hiệu lực từ {start} đến {end}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="107" />
      <source>No certificate is waiting to be assigned.</source>
      <translation>Không có chứng thư nào chờ gán.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/cert_list.py" line="108" />
      <source>No certificate yet: import the files officers hand in (or drag them onto this page).</source>
      <translation>Chưa có chứng thư: hãy nhập các tệp cán bộ nộp (hoặc kéo thả tệp vào trang này).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="26" />
      <source>Working officers with an official-duty certificate that is in use and valid today; the target is 100 %. This is the figure of the monthly report.</source>
      <translation>Cán bộ đang công tác có chứng thư số chuyên dùng đang dùng và còn hiệu lực tại ngày hôm nay; chỉ tiêu 100 %. Đây là số liệu dùng cho báo cáo tháng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="20" />
      <source>Rate</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/coverage_tab.py" line="40" />
      <location filename="../../desktop/ui/pages/dashboard.py" line="80" />
      <location filename="../../desktop/ui/training/coverage.py" line="126" />
      <source>(no department)</source>
      <translation>(chưa ghi bộ phận)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="70" />
      <source>The officer who holds the certificate; type part of the name to find them</source>
      <translation>Cán bộ giữ chứng thư; gõ một phần họ tên để tìm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="71" />
      <source>Active, suspended, revoked, expired or replaced by a newer certificate</source>
      <translation>Đang hoạt động, tạm dừng, đã thu hồi, hết hạn hoặc đã được thay bằng chứng thư mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="72" />
      <source>Where the key is kept: USB token, SIM or remote signing</source>
      <translation>Nơi lưu khóa: USB token, SIM hoặc ký số từ xa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="73" />
      <source>Issued to a person, to the agency or to a device</source>
      <translation>Cấp cho cá nhân, cho cơ quan hoặc cho thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="74" />
      <source>Anything worth keeping, e.g. where the token is kept</source>
      <translation>Thông tin cần lưu, ví dụ nơi cất giữ token</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="75" />
      <source>New certificate, renewal, change of information, revocation or device recovery</source>
      <translation>Cấp mới, gia hạn, thay đổi thông tin, thu hồi hoặc khôi phục thiết bị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="76" />
      <source>The day the request was made, e.g. 05/10/2025</source>
      <translation>Ngày lập yêu cầu, ví dụ 05/10/2025</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="77" />
      <source>What went wrong when signing</source>
      <translation>Sự cố gặp phải khi ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="78" />
      <source>What the officer saw, e.g. the error message</source>
      <translation>Cán bộ gặp gì, ví dụ nội dung thông báo lỗi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="79" />
      <source>What was done to solve it</source>
      <translation>Cách đã xử lý sự cố</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="39" />
      <source>(no officer)</source>
      <translation>(không gắn cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="125" />
      <source>Assign the certificate to an officer</source>
      <translation>Gán chứng thư cho cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="128" />
      <source>Agency in certificate</source>
      <translation>Cơ quan trên chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="130" />
      <source>(choose the officer)</source>
      <translation>(chọn cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="135" />
      <source>Assign</source>
      <translation>Gán</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="146" />
      <source>Certificate details</source>
      <translation>Thông tin chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="155" />
      <source>Serial number</source>
      <translation>Số hiệu (serial)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="158" />
      <source>SHA-256 fingerprint</source>
      <translation>Dấu vân tay SHA-256</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="181" />
      <source>New certificate request</source>
      <translation>Lập yêu cầu chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="189" />
      <source>Date of request</source>
      <translation>Ngày lập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="191" />
      <location filename="../../desktop/ui/officers/dialog.py" line="57" />
      <location filename="../../desktop/ui/training/dialogs.py" line="50" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="194" />
      <source>Name, CCCD, position and contact are taken from the officer's record.</source>
      <translation>Họ tên, CCCD, chức vụ và thông tin liên hệ lấy từ hồ sơ cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="217" />
      <source>Log a support request</source>
      <translation>Ghi nhận yêu cầu hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="232" />
      <source>Support request solved</source>
      <translation>Đã xử lý yêu cầu hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="140" />
      <source>Choose the officer.</source>
      <translation>Hãy chọn cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/dialogs.py" line="205" />
      <source>Write the date as dd/mm/yyyy.</source>
      <translation>Hãy ghi ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="39" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="163" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="169" />
      <source>Import certificates</source>
      <translation>Nhập chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="56" />
      <source>password of the .p12 / .pfx files</source>
      <translation>mật khẩu của tệp .p12 / .pfx</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="57" />
      <source>Only the certificate is kept, never the private key or the password</source>
      <translation>Chỉ lưu chứng thư; không bao giờ lưu khóa bí mật hay mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="58" />
      <source>Read again with this password</source>
      <translation>Đọc lại với mật khẩu này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="66" />
      <source>Only the certificate is kept; the private key in a .p12/.pfx file is never stored.</source>
      <translation>Chỉ lưu chứng thư; khóa bí mật trong tệp .p12/.pfx không bao giờ được lưu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="69" />
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="146" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="79" />
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="97" />
      <source>Reading the certificate files…</source>
      <translation>Đang đọc các tệp chứng thư…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="159" />
      <source>Importing the certificates…</source>
      <translation>Đang nhập chứng thư…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="42" />
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="42" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="43" />
      <source>Officer / explanation</source>
      <translation>Cán bộ / giải thích</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="63" />
      <source>PKCS#12 password</source>
      <translation>Mật khẩu PKCS#12</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="114" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="35" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="31" />
      <source>Error</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="119" />
      <source>Already imported</source>
      <translation>Đã có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="138" />
      <source>No certificate was found.</source>
      <translation>Không tìm thấy chứng thư nào.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="170" />
      <source>Done: {count} certificates imported.</source>
      <translation>Xong: đã nhập {count} chứng thư.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="121" />
      <source>New, to assign</source>
      <translation>Mới, cần gán</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="123" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="32" />
      <location filename="../../desktop/ui/training/coverage.py" line="73" />
      <source>New</source>
      <translation>Mới</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="134" />
      <source>{count} files could not be read (in red). Nothing will be imported until they are fixed or left out.</source>
      <translation>{count} tệp không đọc được (tô đỏ). Chưa nhập gì cho đến khi các tệp đó được sửa hoặc bỏ ra.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="145" />
      <source>Import {count} certificates</source>
      <translation>Nhập {count} chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/import_dialog.py" line="140" />
      <source>{new} new, {dup} already imported, {review} to assign to an officer after the import. Point at a row to see why it has its kind.</source>
      <translation>{new} mới, {dup} đã có, {review} cần gán cho cán bộ sau khi nhập. Di chuột lên một dòng để xem lý do xếp loại.</translation>
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
      <location filename="../../desktop/ui/certificates/page.py" line="50" />
      <source>Export to Excel…</source>
      <translation>Xuất Excel…</translation>
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
      <location filename="../../desktop/ui/certificates/page.py" line="123" />
      <source>Choose the certificate files</source>
      <translation>Chọn các tệp chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="128" />
      <source>Choose the folder with the certificate files</source>
      <translation>Chọn thư mục chứa các tệp chứng thư</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="144" />
      <source>Choose the CA certificate</source>
      <translation>Chọn chứng thư CA</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="155" />
      <location filename="../../desktop/ui/certificates/page.py" line="152" />
      <source>Import a CA certificate</source>
      <translation>Nhập chứng thư CA</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="164" />
      <location filename="../../desktop/ui/certificates/page.py" line="176" />
      <location filename="../../desktop/ui/certificates/page.py" line="178" />
      <source>Export to Excel</source>
      <translation>Xuất Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="164" />
      <source>chung-thu-so.xlsx</source>
      <translation>chung-thu-so.xlsx</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="165" />
      <location filename="../../desktop/ui/officers/page.py" line="221" />
      <location filename="../../desktop/ui/training/courses.py" line="265" />
      <source>Excel files (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="175" />
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
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
      <location filename="../../desktop/ui/certificates/page.py" line="124" />
      <location filename="../../desktop/ui/certificates/page.py" line="145" />
      <source>Certificates ({patterns})</source>
      <translation>Chứng thư số ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="155" />
      <source>{added} CA certificates added; {changed} certificates re-checked and changed kind.</source>
      <translation>Đã thêm {added} chứng thư CA; {changed} chứng thư được kiểm tra lại và đổi loại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/page.py" line="176" />
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
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="64" />
      <source>Prepare the request…</source>
      <translation>Lập yêu cầu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="134" />
      <source>Log a problem…</source>
      <translation>Ghi nhận sự cố…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="135" />
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
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="130" />
      <source>Solved after</source>
      <translation>Thời gian xử lý</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="92" />
      <source>Officers who need a request: {count}</source>
      <translation>Cán bộ cần lập yêu cầu: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="157" />
      <source>under 1 h</source>
      <translation>dưới 1 giờ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="160" />
      <source>(not solved yet)</source>
      <translation>(chưa xử lý)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="169" />
      <source>Solved within {hours} hours: {in_time}/{resolved} ({percent}); open: {open}</source>
      <translation>Xử lý trong {hours} giờ: {in_time}/{resolved} ({percent}); chưa xử lý: {open}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="96" />
      <location filename="../../desktop/ui/officers/model.py" line="15" />
      <location filename="../../desktop/ui/training/coverage.py" line="155" />
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/requests_tab.py" line="156" />
      <source>{hours} h</source>
      <translation>{hours} giờ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="24" />
      <source>Signing certificates</source>
      <translation>Chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="60" />
      <source>Officers with a valid official-duty certificate: {covered}/{officers} ({percent}; target 100 %)</source>
      <translation>Cán bộ có chứng thư số chuyên dùng còn hiệu lực: {covered}/{officers} ({percent}; chỉ tiêu 100 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="64" />
      <source>Expiring within 30 days: {count}</source>
      <translation>Sắp hết hạn trong 30 ngày: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="66" />
      <source>Expired or expiring within 7 days: {count}</source>
      <translation>Đã hết hạn hoặc còn dưới 7 ngày: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="68" />
      <source>Still on a public CA: {public} · to assign: {review} · open requests: {requests} · support answered in time: {in_time}</source>
      <translation>Còn dùng CA công cộng: {public} · cần gán: {review} · yêu cầu đang xử lý: {requests} · hỗ trợ đúng hạn: {in_time}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/certificates/summary.py" line="51" />
      <source>Certificates: {errors} expired or within 7 days, {warnings} within 30 days</source>
      <translation>Chứng thư số: {errors} đã hết hạn hoặc còn dưới 7 ngày, {warnings} còn dưới 30 ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="30" />
      <source>Your commune</source>
      <translation>Xã, phường của bạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="31" />
      <source>Choose the province and the commune or ward this computer works for (official list after 1 July 2025).</source>
      <translation>Chọn tỉnh, thành phố và xã, phường mà máy tính này phục vụ (danh mục chính thức từ ngày 01/7/2025).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="37" />
      <source>Choose a province…</source>
      <translation>Chọn tỉnh, thành phố…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="38" />
      <source>The province or centrally governed city of this commune</source>
      <translation>Tỉnh, thành phố trực thuộc trung ương của xã, phường này</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="40" />
      <source>Type part of the name, accents optional (e.g. huu lung)</source>
      <translation>Gõ một phần tên, có dấu hoặc không dấu (ví dụ: huu lung)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="42" />
      <source>Filters the list below; then click the commune or ward (or move with the arrow keys)</source>
      <translation>Lọc danh sách bên dưới; sau đó bấm chọn xã, phường (hoặc dùng phím mũi tên)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="47" />
      <location filename="../../desktop/ui/pages/admin.py" line="24" />
      <source>Province</source>
      <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="48" />
      <source>Find commune</source>
      <translation>Tìm xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="88" />
      <source>Administrator account</source>
      <translation>Tài khoản quản trị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="89" />
      <source>This account manages Xã Số on this computer. Keep the password safe.</source>
      <translation>Tài khoản này quản trị Xã Số trên máy tính này. Hãy giữ kín mật khẩu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="92" />
      <source>Name of the person who manages Xã Số here, e.g. Nguyễn Văn An</source>
      <translation>Họ tên người quản trị Xã Số tại đây, ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="93" />
      <source>Used to sign in; letters and digits, no spaces</source>
      <translation>Dùng để đăng nhập; chữ thường không dấu và chữ số, không có dấu cách</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="100" />
      <source>Type the same password again</source>
      <translation>Nhập lại đúng mật khẩu trên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="104" />
      <location filename="../../desktop/ui/login.py" line="31" />
      <source>User name</source>
      <translation>Tên đăng nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="105" />
      <location filename="../../desktop/ui/login.py" line="32" />
      <source>Password</source>
      <translation>Mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="106" />
      <source>Repeat password</source>
      <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="137" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="31" />
      <source>Ready</source>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="157" />
      <source>Set up Xã Số</source>
      <translation>Thiết lập Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="171" />
      <source>Welcome to Xã Số</source>
      <translation>Chào mừng đến với Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="172" />
      <source>Xã Số helps the one-stop centre keep track of digitizing paper records, officers' signing certificates and training, and prepares the monthly reports to the province.

Setting up takes two steps: choose your commune, then create the administrator account.</source>
      <translation>Xã Số giúp bộ phận một cửa theo dõi việc số hóa hồ sơ giấy, chứng thư chữ ký số và việc đào tạo của cán bộ, đồng thời lập báo cáo hằng tháng gửi tỉnh.

Thiết lập gồm hai bước: chọn xã, phường của bạn, sau đó tạo tài khoản quản trị.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="114" />
      <source>The two passwords are different. Type them again.</source>
      <translation>Hai mật khẩu không giống nhau. Hãy gõ lại.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="164" />
      <source>&lt; Back</source>
      <translation>&lt; Quay lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="165" />
      <source>Next &gt;</source>
      <translation>Tiếp &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="166" />
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="167" />
      <location filename="../../desktop/ui/prompts.py" line="32" />
      <location filename="../../desktop/ui/tasks.py" line="136" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="69" />
      <source>{count} communes and wards</source>
      <translation>{count} xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="96" />
      <source>at least {count} characters</source>
      <translation>ít nhất {count} ký tự</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="97" />
      <source>At least {count} characters; write it down somewhere safe</source>
      <translation>Ít nhất {count} ký tự; hãy ghi lại ở nơi an toàn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="144" />
      <source>Xã Số is set up for {commune}. Your data is kept in {folder}.

Next: add the officers of the commune (section Officers), by hand or from an Excel list.</source>
      <translation>Xã Số đã được thiết lập cho {commune}. Dữ liệu được lưu tại {folder}.

Việc tiếp theo: thêm cán bộ của xã (mục Cán bộ), nhập tay hoặc từ danh sách Excel.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="61" />
      <source>Help — Xã Số</source>
      <translation>Trợ giúp — Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="69" />
      <source>Help pages; Up/Down to move, the page shows on the right</source>
      <translation>Các trang trợ giúp; dùng phím mũi tên lên/xuống để chuyển, nội dung hiện ở bên phải</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="78" />
      <source>&amp;About Xã Số…</source>
      <translation>&amp;Giới thiệu Xã Số…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="79" />
      <source>Version, data folder and licences (Shift+F1)</source>
      <translation>Phiên bản, thư mục dữ liệu và giấy phép (Shift+F1)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="83" />
      <source>&amp;Close</source>
      <translation>Đó&amp;ng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/help.py" line="98" />
      <source>No help pages were found in {folder}.</source>
      <translation>Không tìm thấy trang trợ giúp nào trong {folder}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="20" />
      <source>Sign in — Xã Số</source>
      <translation>Đăng nhập — Xã Số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="25" />
      <source>Your user name in Xã Số</source>
      <translation>Tên đăng nhập Xã Số của bạn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="28" />
      <source>Your password; Enter signs in</source>
      <translation>Mật khẩu của bạn; nhấn Enter để đăng nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="33" />
      <source>Sign in</source>
      <translation>Đăng nhập</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="33" />
      <source>Exit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="27" />
      <source>Administrator</source>
      <translation>Quản trị viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="27" />
      <source>Supervisor</source>
      <translation>Lãnh đạo duyệt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="27" />
      <source>Staff</source>
      <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="47" />
      <location filename="../../desktop/ui/pages/dashboard.py" line="36" />
      <source>Overview</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="48" />
      <location filename="../../desktop/ui/officers/page.py" line="35" />
      <location filename="../../desktop/ui/officers/page.py" line="178" />
      <source>Officers</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="49" />
      <location filename="../../desktop/ui/main_window.py" line="183" />
      <source>Digitization</source>
      <translation>Số hóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="51" />
      <location filename="../../desktop/ui/main_window.py" line="185" />
      <location filename="../../desktop/ui/training/courses.py" line="199" />
      <source>Training</source>
      <translation>Đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="52" />
      <location filename="../../desktop/ui/main_window.py" line="186" />
      <source>Reports</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="53" />
      <location filename="../../desktop/ui/main_window.py" line="187" />
      <source>Sync</source>
      <translation>Đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="54" />
      <location filename="../../desktop/ui/pages/admin.py" line="20" />
      <source>Administration</source>
      <translation>Quản trị</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="79" />
      <source>Opening the data…</source>
      <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="84" />
      <location filename="../../desktop/ui/main_window.py" line="283" />
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="86" />
      <source>How to use this section (F1); version and licences: Shift+F1</source>
      <translation>Hướng dẫn sử dụng mục đang mở (F1); phiên bản và giấy phép: Shift+F1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="130" />
      <source>(demo data)</source>
      <translation>(dữ liệu mẫu)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="183" />
      <source>Lots of paper records, per-record progress and the 30 % target.</source>
      <translation>Các lô hồ sơ giấy, tiến độ số hóa từng hồ sơ và chỉ tiêu 30 %.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="184" />
      <source>Official-duty signing certificates of each officer and their expiry.</source>
      <translation>Chứng thư chữ ký số chuyên dùng công vụ của từng cán bộ và thời hạn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="185" />
      <source>Courses, sessions, attendance and completion of each officer.</source>
      <translation>Khóa học, buổi học, điểm danh và kết quả hoàn thành của từng cán bộ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="186" />
      <source>Monthly report forms in the official layout, for signing.</source>
      <translation>Mẫu báo cáo hằng tháng theo thể thức văn bản, sẵn sàng trình ký.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="187" />
      <source>Sending data to the province over the Internet or by USB stick.</source>
      <translation>Gửi dữ liệu lên tỉnh qua Internet hoặc bằng USB.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="240" />
      <source>Last sync: never</source>
      <translation>Đồng bộ lần cuối: chưa đồng bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="249" />
      <source>Network: unknown</source>
      <translation>Mạng: không rõ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="258" />
      <source>Offline</source>
      <translation>Ngoại tuyến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="219" />
      <source>User: {name} ({role})</source>
      <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="74" />
      <source>{section} (Ctrl+{number})</source>
      <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="238" />
      <source>Last sync: {when}</source>
      <translation>Đồng bộ lần cuối: {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="50" />
      <source>Full name as on the citizen ID card</source>
      <translation>Họ và tên như trên thẻ căn cước</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="54" />
      <source>Citizen ID (CCCD): exactly 12 digits</source>
      <translation>Số căn cước công dân (CCCD): đúng 12 chữ số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="58" />
      <source>Date of birth, e.g. 05/03/1985</source>
      <translation>Ngày sinh, ví dụ 05/03/1985</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="60" />
      <source>(not given)</source>
      <translation>(chưa ghi)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="61" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="62" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="63" />
      <source>Gender as on the citizen ID card</source>
      <translation>Giới tính theo thẻ căn cước</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="67" />
      <source>Position (chức vụ); pick one or type it</source>
      <translation>Chức vụ: chọn trong danh sách hoặc gõ vào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="72" />
      <source>Department or unit; pick one or type it</source>
      <translation>Bộ phận, đơn vị: chọn trong danh sách hoặc gõ vào</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="75" />
      <source>Mobile or desk phone: 10 digits starting with 0</source>
      <translation>Điện thoại di động hoặc cố định: 10 chữ số, bắt đầu bằng 0</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="78" />
      <source>Official e-mail address, if any</source>
      <translation>Địa chỉ thư điện tử công vụ, nếu có</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="79" />
      <source>Signs documents digitally (needs an official-duty certificate)</source>
      <translation>Ký số văn bản (cần chứng thư số chuyên dùng công vụ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="80" />
      <source>Tick for officers who sign documents; they are counted in the certificate coverage</source>
      <translation>Đánh dấu nếu cán bộ ký văn bản; cán bộ này được tính vào tỷ lệ có chứng thư số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="81" />
      <source>Currently working at the commune</source>
      <translation>Đang công tác tại xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="82" />
      <source>Untick when the officer has left (transfer, retirement); the record is kept</source>
      <translation>Bỏ đánh dấu khi cán bộ đã nghỉ (chuyển công tác, nghỉ hưu); hồ sơ vẫn được giữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="86" />
      <source>Anything worth keeping about this officer</source>
      <translation>Thông tin khác cần lưu về cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="89" />
      <source>Full name *</source>
      <translation>Họ và tên *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="90" />
      <source>CCCD number *</source>
      <translation>Số CCCD *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="45" />
      <source>Edit officer</source>
      <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="45" />
      <location filename="../../desktop/ui/officers/page.py" line="57" />
      <source>Add officer</source>
      <translation>Thêm cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="137" />
      <source>The date of birth must be written as dd/mm/yyyy, e.g. 05/03/1985.</source>
      <translation>Ngày sinh phải ghi theo dạng dd/mm/yyyy, ví dụ 05/03/1985.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="33" />
      <source>Update</source>
      <translation>Cập nhật</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="34" />
      <source>Unchanged</source>
      <translation>Không đổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="36" />
      <source>Duplicate</source>
      <translation>Trùng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="59" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="216" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="223" />
      <source>Import officers from Excel</source>
      <translation>Nhập danh sách cán bộ từ Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="64" />
      <source>Columns of the file (check and correct if needed)</source>
      <translation>Các cột trong tệp (kiểm tra và sửa nếu cần)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="67" />
      <source>Reading the file…</source>
      <translation>Đang đọc tệp…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="207" />
      <source>Importing officers…</source>
      <translation>Đang nhập danh sách cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="211" />
      <source>Import cancelled. Nothing has been imported.</source>
      <translation>Đã hủy. Chưa có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="115" />
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="72" />
      <source>Problems</source>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="119" />
      <source>(not in the file)</source>
      <translation>(không có trong tệp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="177" />
      <source>{new} new, {update} to update, {same} unchanged, {errors} with errors</source>
      <translation>{new} mới, {update} cần cập nhật, {same} không đổi, {errors} có lỗi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="181" />
      <source>Fix the rows marked in red in the Excel file (or the column choice above), then open the file again. Nothing has been imported.</source>
      <translation>Hãy sửa các dòng tô đỏ trong tệp Excel (hoặc cách chọn cột ở trên), rồi mở lại tệp. Chưa có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="217" />
      <source>Nothing has been imported.</source>
      <translation>Chưa có gì được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="62" />
      <source>File: {name}</source>
      <translation>Tệp: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="108" />
      <source>File: {name} — sheet “{sheet}”, header on row {first}–{last}, {rows} data rows</source>
      <translation>Tệp: {name} — trang tính «{sheet}», tiêu đề ở dòng {first}–{last}, {rows} dòng dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="191" />
      <source>Import {count} officers</source>
      <translation>Nhập {count} cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="224" />
      <source>Done: {created} officers added, {updated} updated, {same} unchanged.</source>
      <translation>Xong: đã thêm {created} cán bộ, cập nhật {updated}, {same} không đổi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="161" />
      <source>Changes: {fields}</source>
      <translation>Thay đổi: {fields}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="28" />
      <source>Signer</source>
      <translation>Ký số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="29" />
      <location filename="../../desktop/ui/officers/page.py" line="28" />
      <source>Working</source>
      <translation>Đang công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="29" />
      <location filename="../../desktop/ui/officers/page.py" line="28" />
      <source>Left</source>
      <translation>Đã nghỉ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="28" />
      <source>All</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="39" />
      <source>Search by name, CCCD, position, phone… (accents optional)</source>
      <translation>Tìm theo họ tên, CCCD, chức vụ, điện thoại… (có dấu hoặc không dấu)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="42" />
      <source>Every word must start a word of the name, CCCD, position, department or phone (Ctrl+F)</source>
      <translation>Mỗi từ gõ vào phải là đầu một từ trong họ tên, CCCD, chức vụ, bộ phận hoặc điện thoại (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="50" />
      <source>Show officers working, those who left, or all</source>
      <translation>Xem cán bộ đang công tác, đã nghỉ hoặc tất cả</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="53" />
      <source>Show one department only</source>
      <translation>Chỉ xem một bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="58" />
      <source>Add a new officer (Ctrl+N)</source>
      <translation>Thêm cán bộ mới (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="59" />
      <location filename="../../desktop/ui/training/courses.py" line="48" />
      <source>Edit</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="60" />
      <source>Edit the selected officer (Enter or double-click)</source>
      <translation>Sửa cán bộ đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="61" />
      <location filename="../../desktop/ui/officers/page.py" line="156" />
      <location filename="../../desktop/ui/officers/page.py" line="189" />
      <source>Mark as left</source>
      <translation>Ngừng công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="62" />
      <source>The officer has left the commune (transfer, retirement); data is kept</source>
      <translation>Cán bộ đã thôi công tác tại xã (chuyển công tác, nghỉ hưu); dữ liệu vẫn được giữ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="63" />
      <location filename="../../desktop/ui/officers/page.py" line="205" />
      <location filename="../../desktop/ui/training/courses.py" line="49" />
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="64" />
      <source>Delete an officer entered by mistake</source>
      <translation>Xóa cán bộ nhập nhầm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="65" />
      <source>Import from Excel…</source>
      <translation>Nhập từ Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="66" />
      <source>Import an officer list from an Excel (.xlsx) file</source>
      <translation>Nhập danh sách cán bộ từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="112" />
      <source>All departments</source>
      <translation>Tất cả bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="137" />
      <source>More than {count} officers: search to narrow the list</source>
      <translation>Hơn {count} cán bộ: hãy tìm kiếm để thu hẹp danh sách</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="139" />
      <source>{count} officers</source>
      <translation>{count} cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="221" />
      <source>Choose the officer list</source>
      <translation>Chọn tệp danh sách cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="156" />
      <source>Mark as working</source>
      <translation>Công tác trở lại</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="202" />
      <source>Delete officer</source>
      <translation>Xóa cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="203" />
      <source>Delete {name} (CCCD {cccd})? Use this only for a record entered by mistake; for an officer who left, use “Mark as left”.</source>
      <translation>Xóa {name} (CCCD {cccd})? Chỉ dùng khi nhập nhầm; nếu cán bộ đã thôi công tác, hãy dùng «Ngừng công tác».</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="190" />
      <source>Mark {name} as no longer working at the commune? The data is kept and can be restored.</source>
      <translation>Ghi nhận {name} đã thôi công tác tại xã? Dữ liệu vẫn được giữ và có thể khôi phục.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="23" />
      <source>Commune</source>
      <translation>Xã, phường</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="25" />
      <source>Installation code</source>
      <translation>Mã cài đặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="26" />
      <source>Data folder</source>
      <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="27" />
      <source>Database schema</source>
      <translation>Phiên bản cấu trúc dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="28" />
      <source>Check the data file</source>
      <translation>Kiểm tra tệp dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="29" />
      <source>Checks that the data file is intact (takes a few seconds)</source>
      <translation>Kiểm tra tệp dữ liệu có nguyên vẹn không (mất vài giây)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="31" />
      <source>Open the data folder</source>
      <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="50" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="59" />
      <source>The data file is intact.</source>
      <translation>Tệp dữ liệu nguyên vẹn.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="63" />
      <source>The check could not run: {reason}</source>
      <translation>Không kiểm tra được: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="56" />
      <source>The data file has problems: {details}. Contact the province help desk before entering more data.</source>
      <translation>Tệp dữ liệu có lỗi: {details}. Hãy liên hệ bộ phận hỗ trợ của tỉnh trước khi nhập thêm dữ liệu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="39" />
      <source>officers working</source>
      <translation>cán bộ đang công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="40" />
      <source>officers who sign documents</source>
      <translation>cán bộ ký số văn bản</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="41" />
      <source>officers who have left</source>
      <translation>cán bộ đã thôi công tác</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="52" />
      <source>Digitization progress will appear here when that section is available.</source>
      <translation>Tiến độ số hóa sẽ hiển thị ở đây khi mục Số hóa hoàn thành.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="59" />
      <source>Officers working, by department</source>
      <translation>Cán bộ đang công tác theo bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/not_yet.py" line="18" />
      <source>This section will come in a later version of Xã Số. Until then, keep these records the way you do today.</source>
      <translation>Mục này sẽ có trong phiên bản sau của Xã Số. Trong lúc chờ, hãy tiếp tục theo dõi như hiện nay.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/not_yet.py" line="17" />
      <source>Not available yet.</source>
      <translation>Chưa có.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="82" />
      <location filename="../../desktop/ui/training/attendance.py" line="92" />
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="87" />
      <source>Space: present/absent · C: present · V: absent · P: excused · ↑↓: move · Ctrl+Enter: save</source>
      <translation>Phím cách: có mặt/vắng · C: có mặt · V: vắng · P: có phép · ↑↓: di chuyển · Ctrl+Enter: lưu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="102" />
      <source>Mark all present</source>
      <translation>Đánh dấu tất cả có mặt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="103" />
      <source>Officers not marked yet become present (Ctrl+Shift+A)</source>
      <translation>Những cán bộ chưa điểm danh được ghi là có mặt (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="79" />
      <source>{course} — session of {date}</source>
      <translation>{course} — buổi học ngày {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/attendance.py" line="156" />
      <source>Present {present} · absent {absent} · excused {excused} · not marked {blank}</source>
      <translation>Có mặt {present} · vắng {absent} · có phép {excused} · chưa điểm danh {blank}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="40" />
      <source>All topics</source>
      <translation>Tất cả chủ đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="44" />
      <source>Show the courses of one topic</source>
      <translation>Chỉ xem các khóa học của một chủ đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="46" />
      <location filename="../../desktop/ui/training/dialogs.py" line="91" />
      <source>Add course</source>
      <translation>Thêm khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="47" />
      <source>Add a new course (Ctrl+N)</source>
      <translation>Thêm khóa học mới (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="50" />
      <source>Completion…</source>
      <translation>Kết quả hoàn thành…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="51" />
      <source>Record who completed the course: date, score, certificate</source>
      <translation>Ghi nhận người hoàn thành khóa học: ngày, điểm, chứng chỉ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="52" />
      <source>Import attendance…</source>
      <translation>Nhập điểm danh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="53" />
      <source>Import attendance and results of the selected course from Excel (.xlsx)</source>
      <translation>Nhập điểm danh và kết quả của khóa học đang chọn từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="54" />
      <source>Export completion list…</source>
      <translation>Xuất danh sách hoàn thành…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="55" />
      <source>Officers who completed a course in a period, to Excel (.xlsx)</source>
      <translation>Danh sách cán bộ hoàn thành khóa học trong một khoảng thời gian, xuất ra Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="83" />
      <location filename="../../desktop/ui/training/dialogs.py" line="206" />
      <source>Add session</source>
      <translation>Thêm buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="84" />
      <location filename="../../desktop/ui/training/dialogs.py" line="206" />
      <source>Edit session</source>
      <translation>Sửa buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="85" />
      <source>Attendance…</source>
      <translation>Điểm danh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="86" />
      <source>Fill the attendance sheet of the selected session (Enter)</source>
      <translation>Điểm danh buổi học đang chọn (Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="87" />
      <location filename="../../desktop/ui/training/courses.py" line="233" />
      <source>Delete session</source>
      <translation>Xóa buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="265" />
      <source>Choose the attendance list</source>
      <translation>Chọn danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="73" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="73" />
      <location filename="../../desktop/ui/training/dialogs.py" line="216" />
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="73" />
      <location filename="../../desktop/ui/training/dialogs.py" line="217" />
      <source>Trainer</source>
      <translation>Giảng viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="97" />
      <location filename="../../desktop/ui/training/dialogs.py" line="131" />
      <location filename="../../desktop/ui/training/model.py" line="26" />
      <source>Topic</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="171" />
      <source>Select a course to see its sessions</source>
      <translation>Chọn một khóa học để xem các buổi học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/courses.py" line="139" />
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
      <location filename="../../desktop/ui/training/courses.py" line="234" />
      <source>Delete the session of {date} and its attendance sheet?</source>
      <translation>Xóa buổi học ngày {date} và bảng điểm danh của buổi đó?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="54" />
      <source>trained in digital skills (target 100 %)</source>
      <translation>đã được đào tạo kỹ năng số (chỉ tiêu 100 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="55" />
      <source>trained in operating the procedure system (target 100 %)</source>
      <translation>đã được đào tạo vận hành hệ thống TTHC (chỉ tiêu 100 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="56" />
      <location filename="../../desktop/ui/training/summary.py" line="36" />
      <source>officers still to train</source>
      <translation>cán bộ còn phải đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="57" />
      <source>new officers not trained yet</source>
      <translation>cán bộ mới chưa được đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="80" />
      <source>Show every officer</source>
      <translation>Hiện tất cả cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="81" />
      <source>Also list the officers who have completed every required topic</source>
      <translation>Hiện cả những cán bộ đã hoàn thành đủ các chủ đề bắt buộc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="67" />
      <location filename="../../desktop/ui/training/coverage.py" line="74" />
      <source>Digital</source>
      <translation>Kỹ năng số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="67" />
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
      <location filename="../../desktop/ui/training/coverage.py" line="87" />
      <source>By department</source>
      <translation>Theo bộ phận</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="128" />
      <source>Whole commune</source>
      <translation>Toàn xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/coverage.py" line="118" />
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
      <location filename="../../desktop/ui/training/dialogs.py" line="34" />
      <location filename="../../desktop/ui/training/dialogs.py" line="32" />
      <source>Write the date as dd/mm/yyyy, e.g. 05/10/2025.</source>
      <translation>Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/10/2025.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="95" />
      <source>Name of the course as in the invitation, e.g. Bình dân học vụ số — đợt 2</source>
      <translation>Tên khóa học như trong giấy mời, ví dụ Bình dân học vụ số — đợt 2</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="97" />
      <source>Who organises the course</source>
      <translation>Đơn vị tổ chức khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="99" />
      <source>What it teaches; digital skills and system operation count towards the target</source>
      <translation>Nội dung khóa học; kỹ năng số và vận hành hệ thống được tính vào chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="101" />
      <source>In class, online or both</source>
      <translation>Trực tiếp, trực tuyến hoặc kết hợp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="104" />
      <source>Length of the course in hours, e.g. 8 or 2,5</source>
      <translation>Thời lượng khóa học tính bằng giờ, ví dụ 8 hoặc 2,5</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="105" />
      <source>Required: counts towards the 100 % training target</source>
      <translation>Bắt buộc: tính vào chỉ tiêu 100 % cán bộ được đào tạo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="106" />
      <source>Completing a required course counts the officer as trained in its topic</source>
      <translation>Hoàn thành khóa học bắt buộc thì cán bộ được tính là đã đào tạo về chủ đề đó</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="109" />
      <source>First day, e.g. 01/10/2025</source>
      <translation>Ngày bắt đầu, ví dụ 01/10/2025</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="110" />
      <source>Last day; empty for a one-day course</source>
      <translation>Ngày kết thúc; để trống nếu khóa học trong một ngày</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="118" />
      <source>Lowest score (0–100) that passes; leave empty if there is no test</source>
      <translation>Điểm thấp nhất (0–100) được tính là đạt; để trống nếu không có bài kiểm tra</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="121" />
      <source>One link or file per line</source>
      <translation>Mỗi dòng một đường dẫn hoặc một tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="122" />
      <source>Links or file names of the course materials, one per line</source>
      <translation>Đường dẫn hoặc tên tệp tài liệu khóa học, mỗi dòng một mục</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="125" />
      <source>Anything worth keeping about this course</source>
      <translation>Thông tin khác cần lưu về khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="129" />
      <source>Title *</source>
      <translation>Tên khóa học *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="130" />
      <location filename="../../desktop/ui/training/model.py" line="27" />
      <source>Provider</source>
      <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="132" />
      <location filename="../../desktop/ui/training/model.py" line="28" />
      <source>Mode</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="135" />
      <location filename="../../desktop/ui/training/model.py" line="31" />
      <source>Dates</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="136" />
      <source>Pass mark</source>
      <translation>Điểm đạt</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="137" />
      <source>Materials</source>
      <translation>Tài liệu</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="208" />
      <source>Date of the session, e.g. 05/10/2025</source>
      <translation>Ngày của buổi học, ví dụ 05/10/2025</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="210" />
      <source>e.g. Hội trường UBND xã</source>
      <translation>ví dụ: Hội trường UBND xã</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="211" />
      <source>Where the session takes place, or the link of an online session</source>
      <translation>Địa điểm buổi học, hoặc đường dẫn của buổi học trực tuyến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="213" />
      <source>Name of the trainer or lecturer</source>
      <translation>Họ tên giảng viên, báo cáo viên</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="215" />
      <source>Date *</source>
      <translation>Ngày *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="45" />
      <source>{value} is not a number.</source>
      <translation>{value} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="91" />
      <source>Edit course</source>
      <translation>Sửa khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="113" />
      <location filename="../../desktop/ui/training/export.py" line="44" />
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/dialogs.py" line="167" />
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
      <location filename="../../desktop/ui/training/import_dialog.py" line="31" />
      <source>Not in the officer list</source>
      <translation>Không có trong danh sách cán bộ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="44" />
      <location filename="../../desktop/ui/training/import_dialog.py" line="186" />
      <source>Import attendance</source>
      <translation>Nhập điểm danh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="51" />
      <source>Skip the people who are not in the officer list (add them to the officer list first to include them)</source>
      <translation>Bỏ qua những người không có trong danh sách cán bộ (muốn nhập họ, hãy thêm vào danh sách cán bộ trước)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="54" />
      <source>Add to the officer list…</source>
      <translation>Thêm vào danh sách cán bộ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="55" />
      <source>Register the selected person, who is not in the officer list yet, then check the file again</source>
      <translation>Thêm người đang chọn (chưa có trong danh sách cán bộ) vào danh sách, rồi kiểm tra lại tệp</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="117" />
      <location filename="../../desktop/ui/training/model.py" line="33" />
      <location filename="../../desktop/ui/training/results.py" line="62" />
      <source>Completed</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="197" />
      <source>Importing attendance…</source>
      <translation>Đang nhập điểm danh…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="83" />
      <source>Reading {file}…</source>
      <translation>Đang đọc tệp {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="109" />
      <source>&lt;b&gt;{file}&lt;/b&gt; → course “{course}”. Sessions: {sessions}.&lt;br&gt;{rows} rows: {ok} ready, {unknown} not in the officer list, {errors} with errors. Marks: {present} present, {excused} excused, {absent} absent.</source>
      <translation>&lt;b&gt;{file}&lt;/b&gt; → khóa học “{course}”. Các buổi: {sessions}.&lt;br&gt;{rows} dòng: {ok} dòng hợp lệ, {unknown} người không có trong danh sách cán bộ, {errors} dòng có lỗi. Điểm danh: {present} lượt có mặt, {excused} lượt có phép, {absent} lượt vắng.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="122" />
      <source>No</source>
      <translation>Không</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="142" />
      <source>Correct the rows marked Error in the file, then import it again. Nothing is imported while a row has an error.</source>
      <translation>Hãy sửa các dòng bị đánh dấu Lỗi trong tệp rồi nhập lại. Khi còn dòng có lỗi thì không dữ liệu nào được nhập.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="186" />
      <source>Imported: {sessions} new session(s), {attendance} attendance change(s), {results} result change(s); {skipped} person(s) skipped.</source>
      <translation>Đã nhập: {sessions} buổi học mới, {attendance} thay đổi điểm danh, {results} thay đổi kết quả; bỏ qua {skipped} người.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/import_dialog.py" line="106" />
      <source>(new)</source>
      <translation>(mới)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/model.py" line="30" />
      <location filename="../../desktop/ui/training/model.py" line="30" />
      <source>Required</source>
      <translation>Bắt buộc</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/model.py" line="32" />
      <source>Sessions</source>
      <translation>Số buổi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/model.py" line="34" />
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/model.py" line="30" />
      <source>Optional</source>
      <translation>Tự chọn</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/page.py" line="22" />
      <source>Courses</source>
      <translation>Khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="51" />
      <source>Course completion</source>
      <translation>Kết quả hoàn thành khóa học</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="56" />
      <source>Space ticks or clears “Completed” (the date is filled with today); F2 or typing edits a cell. Dates dd/mm/yyyy, scores 0–100.</source>
      <translation>Phím cách để đánh dấu hoặc bỏ “Hoàn thành” (ngày được điền là hôm nay); F2 hoặc gõ trực tiếp để sửa ô. Ngày dạng dd/mm/yyyy, điểm từ 0 đến 100.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="62" />
      <source>Sessions attended</source>
      <translation>Số buổi tham dự</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="90" />
      <source>{present}/{total}</source>
      <translation>{present}/{total}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="121" />
      <source>{name}: write the completion date as dd/mm/yyyy.</source>
      <translation>{name}: hãy ghi ngày hoàn thành theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="127" />
      <source>{name}: the score {value} is not a number.</source>
      <translation>{name}: điểm {value} không phải là số.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="92" />
      <source>({count} excused)</source>
      <translation>({count} có phép)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/results.py" line="148" />
      <source>{name}: {problem}</source>
      <translation>{name}: {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="34" />
      <source>trained in digital skills</source>
      <translation>đã được đào tạo kỹ năng số</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="35" />
      <source>trained in operating the procedure system</source>
      <translation>đã được đào tạo vận hành hệ thống TTHC</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="41" />
      <source>Officers trained by department (%)</source>
      <translation>Tỷ lệ cán bộ đã được đào tạo theo bộ phận (%)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="52" />
      <source>Training (target: 100 % of officers)</source>
      <translation>Đào tạo (chỉ tiêu: 100 % cán bộ)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/training/summary.py" line="71" />
      <source>System operation</source>
      <translation>Vận hành hệ thống</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/forms.py" line="16" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="115" />
      <source>The data file {path} cannot be used: {reason}</source>
      <translation>Không dùng được tệp dữ liệu {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="93" />
      <source>The data file {path} is in use by another program (perhaps Xã Số is already open). Close the other program and try again.</source>
      <translation>Tệp dữ liệu {path} đang được chương trình khác sử dụng (có thể Xã Số đang mở). Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="99" />
      <source>The data file {path} is read-only. Copy the data folder to a writable drive or ask the administrator to allow writing, then open Xã Số again.</source>
      <translation>Tệp dữ liệu {path} chỉ cho phép đọc. Hãy chép thư mục dữ liệu sang ổ đĩa ghi được hoặc nhờ quản trị viên cấp quyền ghi, rồi mở lại Xã Số.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="105" />
      <source>The data file {path} is damaged and cannot be opened. Restore it from a backup in the backups folder, or contact the province help desk.</source>
      <translation>Tệp dữ liệu {path} bị hỏng, không mở được. Hãy khôi phục từ bản sao lưu trong thư mục backups, hoặc liên hệ bộ phận hỗ trợ của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="111" />
      <source>The data file {path} cannot be opened. Check that the folder exists and that you may write to it.</source>
      <translation>Không mở được tệp dữ liệu {path}. Hãy kiểm tra thư mục có tồn tại và có quyền ghi.</translation>
    </message>
    <message>
      <location filename="../../db/migrate.py" line="130" />
      <source>This data file was written by a newer version of Xã Số (schema {revision}). Install the newer version of the app; the file has not been changed.</source>
      <translation>Tệp dữ liệu này do phiên bản Xã Số mới hơn tạo ra (cấu trúc {revision}). Hãy cài phiên bản mới hơn; tệp chưa bị thay đổi.</translation>
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
