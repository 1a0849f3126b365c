; Inno Setup script for the Windows installer of Xã Số (build the one-folder app first:
;   python packaging\build.py   then   iscc packaging\xaso.iss)
; Installs per user (no administrator rights needed on commune PCs), adds a Start-menu
; shortcut, and never touches the data folder (%LOCALAPPDATA%\XaSo): upgrades keep the data,
; and uninstalling keeps it unless the user ticks the box to remove it.

#define AppName "Xã Số"
#define AppVersion "0.1.0"
#define AppExe "xaso.exe"

[Setup]
AppId={{6F1D0D5E-8A52-4B8E-9C1E-2F1A3B5C7D90}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Xã Số
DefaultDirName={localappdata}\Programs\XaSo
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=XaSo-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\LICENSE
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình"; Flags: unchecked

[Files]
Source: "..\dist\xaso\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Gỡ cài đặt {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Mở Xã Số"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstall keeps %LOCALAPPDATA%\XaSo (the commune's records) unless the user asks.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\XaSo');
    if DirExists(DataDir) then
      if MsgBox('Xóa cả dữ liệu của Xã Số trong ' + DataDir + '?' + #13#10 +
                'Chỉ chọn Có khi dữ liệu đã được sao lưu hoặc đồng bộ lên tỉnh.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
