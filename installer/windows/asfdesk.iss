; Inno Setup script for asfdesk on Windows: a per-user install, no administrator rights needed.
;
; Build the PyInstaller bundle on Windows first, then compile this script:
;   .venv\Scripts\pyinstaller installer\asfdesk.spec
;   iscc /DAppVersion=0.1.0 installer\windows\asfdesk.iss
; The installer is written to dist\installer\asfdesk-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "asfdesk"
#define BundleDir "..\..\dist\asfdesk"

[Setup]
; A fixed AppId lets a later version update this install instead of adding a second one.
AppId={{6C3F9A0E-52B1-4C7D-9F2E-8A1D3B5C7E90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=asfdesk
AppComments=Stöd till arbetsintegrerande sociala företag: handledarstöd, moduler, placeringar och uppföljningsmöten – offline.
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\asfdesk.exe
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\asfdesk.ico
LicenseFile=..\..\resources\LICENSES.txt
OutputDir=..\..\dist\installer
OutputBaseFilename=asfdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The user's data (database, backups, reports) lives in %LOCALAPPDATA%\asfdesk and is never
; touched by installing, updating or uninstalling.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\asfdesk.exe"; Comment: "Stöd till arbetsintegrerande sociala företag"
Name: "{autoprograms}\{#AppName} (demodata)"; Filename: "{app}\asfdesk.exe"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\asfdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\asfdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote beside its files; the data folder stays.
Type: filesandordirs; Name: "{app}\__pycache__"
