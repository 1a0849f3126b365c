<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>xaso</name>
    <message>
      <location filename="../../desktop/app.py" line="53" />
      <location filename="../../desktop/app.py" line="50" />
      <location filename="../../desktop/app.py" line="68" />
      <source>Xã Số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="54" />
      <source>Something unexpected went wrong. Your saved data is safe. If it happens again, send the log file from the data folder (logs) to the province help desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="110" />
      <source>Demo data: {commune}, {province} — {count} officers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="113" />
      <source>  account {user}, password {password}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="86" />
      <source>Wrong user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="37" />
      <source>The user name must have 3 to 32 characters: lower-case letters without accents, digits, dot, dash or underscore.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="43" />
      <source>The password must have at least {count} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="50" />
      <source>The user name {username} is already taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/accounts.py" line="93" />
      <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/demo.py" line="286" />
      <location filename="../../desktop/services/demo.py" line="277" />
      <location filename="../../desktop/services/setup.py" line="37" />
      <source>Choose a commune from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="70" />
      <source>No officer list was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with a name column (Họ và tên) and a CCCD column (Số CCCD). Check that you chose the right file, or add these two headers above the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="40" />
      <location filename="../../desktop/ui/first_run.py" line="96" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <source>Full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="41" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <location filename="../../desktop/ui/officers/model.py" line="22" />
      <source>CCCD number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="42" />
      <location filename="../../desktop/ui/officers/dialog.py" line="85" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="43" />
      <location filename="../../desktop/ui/officers/dialog.py" line="86" />
      <location filename="../../desktop/ui/officers/model.py" line="24" />
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="44" />
      <location filename="../../desktop/ui/officers/dialog.py" line="87" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="72" />
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="45" />
      <location filename="../../desktop/ui/officers/dialog.py" line="88" />
      <location filename="../../desktop/ui/officers/model.py" line="26" />
      <source>Department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="46" />
      <location filename="../../desktop/ui/officers/dialog.py" line="89" />
      <location filename="../../desktop/ui/officers/model.py" line="27" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="47" />
      <location filename="../../desktop/ui/officers/dialog.py" line="90" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="48" />
      <source>Digital signer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="49" />
      <location filename="../../desktop/ui/officers/dialog.py" line="93" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="193" />
      <source>Row {row}: gender {value} in column {column} is not understood. Write Nam or Nữ, or leave the cell empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="206" />
      <source>Row {row}: {value} in column {column} is not understood. Write x (or Có) for an officer who signs digitally, otherwise leave it empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="215" />
      <source>Row {row}: {value} in column {column} is an old 9-digit CMND number. Enter the officer's 12-digit CCCD number instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="236" />
      <source>Row {row}: the CCCD number of {name} is missing. Enter the officer's 12-digit CCCD number in column {column}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="240" />
      <source>Row {row}: the full name for CCCD {value} is missing. Enter the officer's name in column {column}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="244" />
      <source>Row {row} has data but neither a name nor a CCCD number. Fill them in, or delete the row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="358" />
      <source>The file still has {count} problem(s); nothing was imported. Correct the file, then preview it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="364" />
      <source>The officer list changed while the import was being checked; nothing was imported. Preview the file again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="183" />
      <source>Row {row}: {value} in column {column} is not a valid date. Write it as dd/mm/yyyy, for example 15/03/1980.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="263" />
      <source>Row {row}, column {column}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="294" />
      <source>Choose the column that holds the officers' full names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="297" />
      <source>Choose the column that holds the CCCD numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="329" />
      <source>Row {row}: CCCD {value} is already used in row {first_row}. Each officer may appear only once: correct or delete one of the two rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="350" />
      <source>The list in {file} has a header but no officer rows below it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="262" />
      <source>Row {row}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="306" />
      <source>The column chosen for {label} is not in the table. Choose another column.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/officers_xlsx.py" line="310" />
      <source>Column {column} is chosen both for {first} and for {second}. A column can fill only one field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="32" />
      <source>No table was found in {file} (sheets searched: {sheets}): none of the first {limit} rows holds a header with the required columns. Check that you chose the right file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="90" />
      <source>The file {file} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as an Excel workbook (.xlsx).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="94" />
      <source>The file {file} is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel workbook (.xlsx).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="83" />
      <source>The file {file} does not exist. Choose the file again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="86" />
      <source>The file {file} cannot be read: {reason}. Close it in Excel and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="100" />
      <source>The file {file} is damaged and cannot be read as an Excel workbook. Open it in Excel, save it again as .xlsx and retry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/imports/xlsx_table.py" line="320" />
      <source>The file {file} has no sheet named {sheet}. Its sheets are: {sheets}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="82" />
      <source>Enter the officer's full name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="84" />
      <source>The full name is too long (at most 128 characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="86" />
      <source>The full name must not contain digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="88" />
      <source>Enter the citizen ID (CCCD) number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="91" />
      <source>The CCCD number must have exactly 12 digits (entered: {value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="103" />
      <source>Gender must be Nam or Nữ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="106" />
      <source>The phone number {value} is not valid: use 10 digits starting with 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="110" />
      <source>The e-mail address {value} is not valid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="136" />
      <location filename="../../desktop/services/officers.py" line="169" />
      <source>CCCD {cccd} already belongs to {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="154" />
      <source>This officer no longer exists (deleted on this or another PC).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/officers.py" line="99" />
      <source>The date of birth {value} is not plausible for an officer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/setup.py" line="34" />
      <source>This installation is already set up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="77" />
      <source>This installation has not been set up yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="128" />
      <source>The data file {path} cannot be read: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/services/store.py" line="42" />
      <source>Cannot create the data folder {path}: {reason}. Choose a folder you may write to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="30" />
      <source>Your commune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="31" />
      <source>Choose the province and the commune or ward this computer works for (official list after 1 July 2025).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="37" />
      <source>Choose a province…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="39" />
      <source>Type part of the name, accents optional (e.g. huu lung)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="44" />
      <location filename="../../desktop/ui/pages/admin.py" line="24" />
      <source>Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="45" />
      <source>Find commune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="85" />
      <source>Administrator account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="86" />
      <source>This account manages Xã Số on this computer. Keep the password safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="97" />
      <location filename="../../desktop/ui/login.py" line="29" />
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="98" />
      <location filename="../../desktop/ui/login.py" line="30" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="99" />
      <source>Repeat password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="130" />
      <source>Ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="150" />
      <source>Set up Xã Số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="163" />
      <source>Welcome to Xã Số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="164" />
      <source>Xã Số helps the one-stop centre keep track of digitizing paper records, officers' signing certificates and training, and prepares the monthly reports to the province.

Setting up takes two steps: choose your commune, then create the administrator account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="107" />
      <source>The two passwords are different. Type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="156" />
      <source>&lt; Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="157" />
      <source>Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="158" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="159" />
      <location filename="../../desktop/ui/prompts.py" line="32" />
      <location filename="../../desktop/ui/tasks.py" line="135" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="66" />
      <source>{count} communes and wards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="91" />
      <source>at least {count} characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="137" />
      <source>Xã Số is set up for {commune}. Your data is kept in {folder}.

Next: add the officers of the commune (section Officers), by hand or from an Excel list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="20" />
      <source>Sign in — Xã Số</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="31" />
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="31" />
      <source>Exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="61" />
      <source>(demo data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="107" />
      <source>Digitization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="107" />
      <source>Lots of paper records, per-record progress and the 30 % target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="108" />
      <source>Certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="108" />
      <source>Official-duty signing certificates of each officer and their expiry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="109" />
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="109" />
      <source>Courses, sessions, attendance and completion of each officer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="110" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="110" />
      <source>Monthly report forms in the official layout, for signing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="111" />
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="111" />
      <source>Sending data to the province over the Internet or by USB stick.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="143" />
      <source>Last sync: never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="150" />
      <source>Network: unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="157" />
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="157" />
      <source>Offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="125" />
      <source>User: {name} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="74" />
      <source>{section} (Ctrl+{number})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="141" />
      <source>Last sync: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="50" />
      <source>Full name as on the citizen ID card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="54" />
      <source>Citizen ID (CCCD): exactly 12 digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="57" />
      <source>dd/mm/yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="58" />
      <source>Date of birth, e.g. 05/03/1985</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="60" />
      <source>(not given)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="61" />
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="62" />
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="66" />
      <source>Position (chức vụ); pick one or type it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="71" />
      <source>Department or unit; pick one or type it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="76" />
      <source>Signs documents digitally (needs an official-duty certificate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="77" />
      <source>Currently working at the commune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="83" />
      <source>Full name *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="84" />
      <source>CCCD number *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="45" />
      <source>Edit officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="45" />
      <location filename="../../desktop/ui/officers/page.py" line="55" />
      <source>Add officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/dialog.py" line="131" />
      <source>The date of birth must be written as dd/mm/yyyy, e.g. 05/03/1985.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="59" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="200" />
      <location filename="../../desktop/ui/officers/import_dialog.py" line="208" />
      <source>Import officers from Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="64" />
      <source>Columns of the file (check and correct if needed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="67" />
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="79" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="82" />
      <location filename="../../desktop/ui/prompts.py" line="15" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="71" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="72" />
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="117" />
      <source>(not in the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="168" />
      <source>{new} new, {update} to update, {same} unchanged, {errors} with errors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="172" />
      <source>Fix the rows marked in red in the Excel file (or the column choice above), then open the file again. Nothing has been imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="202" />
      <source>Nothing has been imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="62" />
      <source>File: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="100" />
      <source>The file could not be read: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="109" />
      <source>File: {name} — sheet “{sheet}”, header on row {first}–{last}, {rows} data rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="182" />
      <source>Import {count} officers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="209" />
      <source>Done: {created} officers added, {updated} updated, {same} unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/import_dialog.py" line="152" />
      <source>Changes: {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="15" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="28" />
      <source>Signer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="29" />
      <location filename="../../desktop/ui/officers/page.py" line="91" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="29" />
      <source>Working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/model.py" line="29" />
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="36" />
      <location filename="../../desktop/ui/officers/page.py" line="182" />
      <location filename="../../desktop/ui/officers/page.py" line="219" />
      <source>Officers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="40" />
      <source>Search by name, CCCD, position, phone… (accents optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="56" />
      <source>Add a new officer (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="57" />
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="58" />
      <source>Edit the selected officer (Enter or double-click)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="59" />
      <location filename="../../desktop/ui/officers/page.py" line="160" />
      <location filename="../../desktop/ui/officers/page.py" line="193" />
      <source>Mark as left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="60" />
      <source>The officer has left the commune (transfer, retirement); data is kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="61" />
      <location filename="../../desktop/ui/officers/page.py" line="209" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="62" />
      <source>Delete an officer entered by mistake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="63" />
      <source>Import from Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="64" />
      <source>Import an officer list from an Excel (.xlsx) file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="121" />
      <source>All departments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="225" />
      <source>Choose the officer list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="225" />
      <source>Excel files (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="160" />
      <source>Mark as working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="206" />
      <source>Delete officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="144" />
      <source>{count} officers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="207" />
      <source>Delete {name} (CCCD {cccd})? Use this only for a record entered by mistake; for an officer who left, use “Mark as left”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/officers/page.py" line="194" />
      <source>Mark {name} as no longer working at the commune? The data is kept and can be restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="20" />
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="23" />
      <source>Commune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="25" />
      <source>Installation code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="26" />
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="27" />
      <source>Database schema</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="28" />
      <source>Check the data file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="29" />
      <source>Checks that the data file is intact (takes a few seconds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="31" />
      <source>Open the data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="50" />
      <source>Checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="59" />
      <source>The data file is intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="63" />
      <source>The check could not run: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/admin.py" line="56" />
      <source>The data file has problems: {details}. Contact the province help desk before entering more data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="35" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="38" />
      <source>officers working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="39" />
      <source>officers who sign documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="40" />
      <source>officers who have left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="51" />
      <source>Digitization progress, certificate coverage and training figures will appear here when those sections are available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="59" />
      <source>Officers working, by department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/dashboard.py" line="74" />
      <source>(no department)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/placeholder.py" line="18" />
      <source>This section will come in a later version of Xã Số. Until then, keep these records the way you do today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/pages/placeholder.py" line="17" />
      <source>Not available yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/forms.py" line="15" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../db/migrate.py" line="95" />
      <source>The data file {path} cannot be used: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../db/migrate.py" line="73" />
      <source>The data file {path} is in use by another program (perhaps Xã Số is already open). Close the other program and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../db/migrate.py" line="79" />
      <source>The data file {path} is read-only. Copy the data folder to a writable drive or ask the administrator to allow writing, then open Xã Số again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../db/migrate.py" line="85" />
      <source>The data file {path} is damaged and cannot be opened. Restore it from a backup in the backups folder, or contact the province help desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../db/migrate.py" line="91" />
      <source>The data file {path} cannot be opened. Check that the folder exists and that you may write to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../db/migrate.py" line="108" />
      <source>This data file was written by a newer version of Xã Số (schema {revision}). Install the newer version of the app; the file has not been changed.</source>
      <translation type="unfinished" />
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
