; Inno Setup 6 script: the Windows installer of Pekerja Desktop.
; Build the one-folder app first (py -3.12 packaging\build.py writes dist\pekerja-desktop\ and
; dist\version.iss), then from the repository root:   iscc packaging\windows\pekerja-desktop.iss
; Output: dist\installer\PekerjaDesktop-Setup-<version>.exe
; Checked on Linux under Wine by packaging/windows/check_installer.sh (install, upgrade, uninstall).
;
; What it installs: the window (pekerja-desktop.exe, Start menu and optional desktop shortcut), the console
; companion for Command Prompt (pekerja-desktop-cli.exe; the program folder on PATH unless the clerk unticks
; it), and the .pekerja bundle type (data, ack and reference bundles), opened by pekerja-desktop.exe "%1".
;
; User data are NOT in the install folder: the application keeps its database, keys, backups and
; settings in the platformdirs user data folder (%LOCALAPPDATA%\pekerja-desktop; see
; src\pekerja_desktop\paths.py). Installing a newer version replaces {app} in place (same AppId) and
; the uninstaller removes {app} only, so enrolments survive upgrades and uninstall/reinstall. The
; application backs the database up and migrates it on the first start of the new version.

#ifndef AppVersion
  #if FileExists(AddBackslash(SourcePath) + "..\..\dist\version.iss")
    #include AddBackslash(SourcePath) + "..\..\dist\version.iss"
  #else
    #error dist\version.iss missing: run python packaging\build.py first (or pass /DAppVersion=x.y.z)
  #endif
#endif

#define AppName "Pekerja Desktop"
#define AppExe "pekerja-desktop.exe"
#define BundleExtension ".pekerja"
#define BundleProgId "PekerjaDesktop.Bundle"
#ifndef BuildDir
  #define BuildDir "..\..\dist\pekerja-desktop"
#endif

[Setup]
; Fixed forever: the same AppId makes a newer installer upgrade the installed copy in place.
AppId={{D3BE1C18-8A2C-4B9D-845D-6DF4A26CC8CC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Disnakertrans Provinsi Maluku
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; 64-bit Python build: install into Program Files, not Program Files (x86)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; relative paths below are relative to this script's folder (SourceDir)
OutputDir=..\..\dist\installer
OutputBaseFilename=PekerjaDesktop-Setup-{#AppVersion}
SetupIconFile=pekerja-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; close a running copy before replacing its files
CloseApplications=yes
RestartApplications=no
MinVersion=10.0
; the PATH entry and the .pekerja file type: Explorer and new Command Prompts see them without a restart
ChangesEnvironment=yes
ChangesAssociations=yes

[Languages]
; Indonesian.isl is the project's own translation of Default.isl (Inno Setup has no official one)
Name: "id"; MessagesFile: "Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.CommandPrompt=Command Prompt:
en.CommandPrompt=Command Prompt:
id.AddToPath=Perintah &pekerja-desktop-cli dapat diketik di Command Prompt (folder program masuk PATH)
en.AddToPath=Make the &pekerja-desktop-cli command available in Command Prompt (program folder on PATH)
id.BundleFileType=Paket Pekerja Desktop
en.BundleFileType=Pekerja Desktop bundle

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandPrompt}"

[InstallDelete]
; an upgrade replaces the program folder wholesale (stale modules of an older build must not linger);
; user data are elsewhere (see the header)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The bundle type (HKA: HKLM for all users, HKCU for a per-user install). The uninstaller removes it.
Root: HKA; Subkey: "Software\Classes\{#BundleExtension}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#BundleExtension}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program folder may have gained at run time (e.g. __pycache__); never user data
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// The program folder on PATH (task addtopath): the system PATH for an all-users install, the user's for a
// per-user one. Added or removed after every install (an upgrade with the task unticked removes it), removed
// by the uninstaller; other entries are kept as they are.
const
  SystemEnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  UserEnvironmentKey = 'Environment';

function EnvironmentRoot: Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey: String;
begin
  if IsAdminInstallMode then
    Result := SystemEnvironmentKey
  else
    Result := UserEnvironmentKey;
end;

function SameFolder(A, B: String): Boolean;
begin
  Result := CompareText(RemoveBackslashUnlessRoot(Trim(A)), RemoveBackslashUnlessRoot(Trim(B))) = 0;
end;

function PathWithout(Path, Folder: String): String;
var
  Rest, Entry: String;
  Separator: Integer;
begin
  Result := '';
  Rest := Path + ';';
  while Rest <> '' do
  begin
    Separator := Pos(';', Rest);
    Entry := Copy(Rest, 1, Separator - 1);
    Delete(Rest, 1, Separator);
    if (Trim(Entry) <> '') and not SameFolder(Entry, Folder) then
    begin
      if Result <> '' then
        Result := Result + ';';
      Result := Result + Entry;
    end;
  end;
end;

procedure PutAppOnPath(Wanted: Boolean);
var
  Path, NewPath, Folder: String;
begin
  Folder := ExpandConstant('{app}');
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Path) then
    Path := '';
  NewPath := PathWithout(Path, Folder);
  if Wanted then
  begin
    if NewPath <> '' then
      NewPath := NewPath + ';';
    NewPath := NewPath + Folder;
  end;
  if NewPath <> Path then
    RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', NewPath);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    PutAppOnPath(WizardIsTaskSelected('addtopath'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    PutAppOnPath(False);
end;
