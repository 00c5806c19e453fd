; Inno Setup script: an installer for the PyInstaller bundle built on Windows
; (`python -m PyInstaller --noconfirm packaging\essay-outliner.spec`, which
; writes dist\essay-outliner\). Then: iscc packaging\windows\essay-outliner.iss
; The installer lands in dist\. Keep AppVersion equal to outliner.__version__.

#define AppName "Essay Outliner"
#define AppVersion "0.1.0"
#define AppExe "essay-outliner.exe"
#define AppId "org.essayoutliner.EssayOutliner"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Essay Outliner developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=EssayOutliner-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}

[Files]
Source: "..\..\dist\essay-outliner\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; .essay files open in the app (per user, or for all users when installed so).
Root: HKA; Subkey: "Software\Classes\.essay"; ValueType: string; ValueName: ""; ValueData: "{#AppId}.essay"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.essay"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-essay-outliner"
Root: HKA; Subkey: "Software\Classes\{#AppId}.essay"; ValueType: string; ValueName: ""; ValueData: "Essay outline"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppId}.essay\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#AppId}.essay\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
