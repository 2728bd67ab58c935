; Formation : l'installateur Windows (Inno Setup 6, https://jrsoftware.org/isinfo.php).
;
; Built by `bash packaging/build` on Windows after PyInstaller, which calls:
;   iscc /DAppVersion=0.1.0 packaging\windows\formation.iss
; Input: dist\formation\ (formation.exe, FormationApp.exe, _internal\).
; Output: dist\Formation-<version>-installation.exe.
;
; Installs for all users in Program Files (administrator rights asked), a Start menu entry, an
; optional desktop shortcut, and an uninstaller (Paramètres > Applications). The shortcuts start
; FormationApp.exe (windowed); formation.exe, the command line, sits beside it.
; The user's data (%LOCALAPPDATA%\Formation: the database and its backups, the logs) is never
; touched, neither by an update nor by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Formation"
#define AppExe "FormationApp.exe"
#define Bundle "..\..\dist\formation"

[Setup]
; The AppId identifies Formation across versions (updates replace, the uninstaller finds it):
; never change it.
AppId={{7448C86C-561B-488B-B15D-BAE247085892}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Sessions, émargement, évaluations et preuves Qualiopi d'un organisme de formation
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Formation-{#AppVersion}-installation
SetupIconFile=formation.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=Installation de {#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An update closes a running Formation first (its files are in use otherwise).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program: nothing an older version shipped may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Sessions, émargement et preuves Qualiopi"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Sessions, émargement et preuves Qualiopi"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
