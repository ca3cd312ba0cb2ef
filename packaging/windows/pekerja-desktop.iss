; Inno Setup 6 script: the Windows installer of Pekerja Desktop.
; Build the one-folder app first (python packaging\build.py writes dist\pekerja-desktop\ and
; dist\version.iss), then from the repository root:   iscc packaging\windows\pekerja-desktop.iss
; Output: dist\installer\PekerjaDesktop-Setup-<version>.exe
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
#define BuildDir "..\..\dist\pekerja-desktop"

; Indonesian is one of Inno Setup's unofficial translations (not installed with Inno Setup): put
; Indonesian.isl (https://jrsoftware.org/files/istrans/) beside this script or in the compiler's
; Languages folder.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Indonesian.isl"
#else
  #error Indonesian.isl not found: download it from https://jrsoftware.org/files/istrans/ into packaging\windows\
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

[Languages]
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

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

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program folder may have gained at run time (e.g. __pycache__); never user data
Type: filesandordirs; Name: "{app}\_internal"
