; Formation : l'installateur Windows (Inno Setup 6, https://jrsoftware.org/isinfo.php).
;
; Built by `bash packaging/build` on Windows after PyInstaller, which calls:
;   iscc /DAppVersion=0.1.0 packaging\windows\formation.iss
; Input: dist\formation\ (formation.exe, FormationApp.exe, _internal\), or /DBundle=<folder>.
; Output: dist\Formation-<version>-installation.exe (or where /O<folder> says).
;
; Installs for all users in Program Files (administrator rights asked), a Start menu entry, an
; optional desktop shortcut, and an uninstaller (Paramètres > Applications). The shortcuts start
; FormationApp.exe (windowed); formation.exe, the command line, sits beside it, and the folder is
; added to the system PATH (a task, checked by default) so that `formation` works in cmd and
; PowerShell; the uninstaller takes that one folder out of PATH again.
; The user's data (%LOCALAPPDATA%\Formation: the database and its backups, the logs) is never
; touched, neither by an update nor by the uninstaller.
;
; `bash packaging/check-windows` compiles this script on Linux (ISCC under wine) around a stand-in
; of the bundle and checks install, update and uninstall in a throwaway wine prefix. Silent use:
;   Formation-<version>-installation.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/MERGETASKS="!addtopath"]

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Formation"
#define AppExe "FormationApp.exe"
#define EnvironmentKey "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
; The bundle PyInstaller made; packaging/check-windows passes a stand-in instead.
#ifndef Bundle
  #define Bundle "..\..\dist\formation"
#endif

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
; Explorer, hence new terminals, reload PATH after install and uninstall (no logoff needed).
ChangesEnvironment=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Messages]
; The stock text speaks of icons on the desktop, which is optional here: the Start menu entry is not.
FinishedLabel=L'assistant a terminé l'installation de [name] sur votre ordinateur. L'application peut être lancée depuis le menu Démarrer.

[Tasks]
; An update keeps the choices of the previous installation; a task that one did not have yet
; (addtopath, over a version without it) gets its default: checked.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Ajouter Formation au PATH (la commande « formation » dans cmd et PowerShell)"; GroupDescription: "Ligne de commande :"

[InstallDelete]
; An update replaces the whole program: nothing an older version shipped may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Sessions, émargement et preuves Qualiopi"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Sessions, émargement et preuves Qualiopi"; Tasks: desktopicon

[Registry]
; The folder appended to the system PATH, once: NeedsAddToPath skips it when it is there already
; (an update). No uninsdeletevalue: that would delete the whole PATH; the [Code] below takes out
; this folder only, at uninstall or when an update runs without the task.
Root: HKLM; Subkey: "{#EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddToPath

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// PATH is read and written raw (REG_EXPAND_SZ): %SystemRoot% and the like stay unexpanded.

// Whether a PATH entry names Folder: case, surrounding spaces or quotes and a final backslash
// do not matter, as for Windows.
function SameFolder(const Entry, Folder: String): Boolean;
begin
  Result := CompareText(RemoveBackslashUnlessRoot(RemoveQuotes(Trim(Entry))),
                        RemoveBackslashUnlessRoot(Folder)) = 0;
end;

// Path without the entries naming Folder; every other entry, empty ones included, stays as it was
// and where it was, so that removing what "{olddata};{app}" added gives the old PATH back.
function PathWithout(const Path, Folder: String): String;
var
  Rest, Entry: String;
  Separator: Integer;
  First: Boolean;
begin
  Result := '';
  First := True;
  Rest := Path + ';';
  while Rest <> '' do
  begin
    Separator := Pos(';', Rest);
    Entry := Copy(Rest, 1, Separator - 1);
    Delete(Rest, 1, Separator);
    if not SameFolder(Entry, Folder) then
    begin
      if not First then
        Result := Result + ';';
      Result := Result + Entry;
      First := False;
    end;
  end;
end;

function SystemPath: String;
begin
  if not RegQueryStringValue(HKLM, '{#EnvironmentKey}', 'Path', Result) then
    Result := '';
end;

// Check of the [Registry] entry: an update must not add the folder a second time.
function NeedsAddToPath: Boolean;
var
  Path: String;
begin
  Path := SystemPath;
  Result := PathWithout(Path, ExpandConstant('{app}')) = Path;
end;

procedure RemoveFromPath(const Folder: String);
var
  Path, Kept: String;
begin
  Path := SystemPath;
  Kept := PathWithout(Path, Folder);
  if Kept <> Path then
    RegWriteExpandStringValue(HKLM, '{#EnvironmentKey}', 'Path', Kept);
end;

// An update without the task (unchecked, or /MERGETASKS="!addtopath") takes the folder out;
// Setup tells Windows of the new environment after this step.
procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and not WizardIsTaskSelected('addtopath') then
    RemoveFromPath(ExpandConstant('{app}'));
end;

// The folder leaves PATH, whether or not the task had added it, at usUninstall: the uninstaller
// tells Windows of the new environment (ChangesEnvironment) before usPostUninstall, too early.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
