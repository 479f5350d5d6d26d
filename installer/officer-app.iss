; Inno Setup 6 script: the Windows installer of the CRM Officer Workstation.
;
; Build on Windows, after the PyInstaller bundle (installer/build.sh, or the same
; pyinstaller command) has produced dist\officer-app\:
;     iscc /DAppVersion=0.1.0 installer\officer-app.iss
; Output: dist\CRM-Officer-Setup-<version>.exe
;
; - Installs per machine (administrator) into {autopf}\CRM Officer, with a Start
;   menu entry (and an optional desktop icon), and an uninstaller.
; - Each officer's data stays in that user's own folder
;   (%LOCALAPPDATA%\crm-officer-workstation: settings, profiles, logs, map cache),
;   written by the app, never by this installer.
; - The machine-wide config %PROGRAMDATA%\CRM Officer\config.toml is IT's file:
;   the folder is created, the file is never written or removed here.
; - Uninstall keeps every user's data unless the person uninstalling ticks the box
;   (unticked by default; a silent uninstall keeps it).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CRM Officer Workstation"
#define AppExe "officer-app.exe"
#define DataDirName "crm-officer-workstation"

[Setup]
; One fixed id for every version, so that a new version upgrades the old in place.
AppId={{6B0E3C52-9D0A-4C4B-9F0D-3C1A7E2B5A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pemerintah Provinsi DKI Jakarta
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\CRM Officer
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=CRM-Officer-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; The program must not be running while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat ikon di desktop
en.DesktopIcon=Create a desktop icon
id.RemoveDataTitle=Hapus data pengguna?
en.RemoveDataTitle=Remove user data?
id.RemoveDataText=Program akan dihapus. Profil petugas (laporan, tindakan yang belum terkirim, foto), pengaturan dan log setiap pengguna di komputer ini TETAP DISIMPAN, kecuali Anda mencentang kotak di bawah.
en.RemoveDataText=The program will be removed. Every user's officer profiles (reports, actions not yet sent, photos), settings and logs on this PC are KEPT unless you tick the box below.
id.RemoveDataBox=Hapus juga semua data pengguna (tidak dapat dibatalkan)
en.RemoveDataBox=Also delete all user data (cannot be undone)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Dirs]
; IT puts config.toml here (docs/deployment.md); never removed by the uninstaller.
Name: "{commonappdata}\CRM Officer"; Flags: uninsneveruninstall

[Files]
Source: "..\dist\officer-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  RemoveUserData: Boolean;

function AskRemoveUserData(): Boolean;
var
  Form: TSetupForm;
  Text: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := False;
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(420);
    Form.ClientHeight := ScaleY(170);
    Form.Caption := CustomMessage('RemoveDataTitle');

    Text := TNewStaticText.Create(Form);
    Text.Parent := Form;
    Text.Left := ScaleX(12);
    Text.Top := ScaleY(12);
    Text.Width := Form.ClientWidth - ScaleX(24);
    Text.WordWrap := True;
    Text.AutoSize := True;
    Text.Caption := CustomMessage('RemoveDataText');

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := ScaleY(90);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Caption := CustomMessage('RemoveDataBox');
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    OkButton.Left := Form.ClientWidth - ScaleX(170);
    OkButton.Top := Form.ClientHeight - ScaleY(36);
    OkButton.Width := ScaleX(75);

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    CancelButton.Left := Form.ClientWidth - ScaleX(87);
    CancelButton.Top := OkButton.Top;
    CancelButton.Width := ScaleX(75);

    if Form.ShowModal() = mrOk then
    begin
      RemoveUserData := Box.Checked;
      Result := True;
    end;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  RemoveUserData := False;
  if UninstallSilent() then
    Result := True  { silent: keep every user's data }
  else
    Result := AskRemoveUserData();  { Cancel stops the uninstall }
end;

{ Every user's data folders: <users root>\<user>\AppData\{Local,Roaming}\<DataDirName>. }
procedure DeleteAllUsersData();
var
  UsersRoot: String;
  Found: TFindRec;
begin
  UsersRoot := ExtractFileDir(ExpandConstant('{%PUBLIC|C:\Users\Public}'));
  if FindFirst(UsersRoot + '\*', Found) then
  try
    repeat
      if (Found.Attributes and FILE_ATTRIBUTE_DIRECTORY <> 0) and
         (Found.Name <> '.') and (Found.Name <> '..') then
      begin
        DelTree(UsersRoot + '\' + Found.Name + '\AppData\Local\{#DataDirName}', True, True, True);
        DelTree(UsersRoot + '\' + Found.Name + '\AppData\Roaming\{#DataDirName}', True, True, True);
      end;
    until not FindNext(Found);
  finally
    FindClose(Found);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
    DeleteAllUsersData();
end;
