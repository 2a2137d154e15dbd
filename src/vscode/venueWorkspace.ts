import * as vscode from 'vscode';
import type { Venue } from '../core/venue/venue';
import { parseVenueFile, workspaceVenuePath } from '../core/venue/venueFile';
import { resolveVenue, venueFileFromSetting } from '../core/venue/resolveVenue';
import { toVscodeRange } from './findingConversion';
import type { Log } from './outputLog';
import { readSettings } from './settingsReader';

/**
 * The venue in force: `biofm.venue` (a bundled id or a file), else the workspace's `.biofm/venue.json`, else the
 * bundled call. A malformed venue file gets error diagnostics in that file and the bundled venue stays in force.
 */
export class VenueWorkspace implements vscode.Disposable {
  private venue: Venue = resolveVenue('');
  private venueFile: vscode.Uri | undefined;
  private readonly problems = vscode.languages.createDiagnosticCollection('biofm-venue');
  private readonly emitter = new vscode.EventEmitter<Venue>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${workspaceVenuePath}`);
    // Deleting or renaming the whole `.biofm` folder reports only the folder, never the file inside it.
    const folderName = workspaceVenuePath.slice(0, workspaceVenuePath.indexOf('/'));
    const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${folderName}`, true, true, false);
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      folderWatcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      folderWatcher.onDidDelete(reload),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.venueFile && event.document.uri.toString() === this.venueFile.toString()) this.check(event.document.uri, event.document.getText());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('biofm.venue')) reload();
      }),
    );
  }

  current(): Venue {
    return this.venue;
  }

  /** The venue file in use (or that failed to parse), if any. */
  currentFile(): vscode.Uri | undefined {
    return this.venueFile;
  }

  async reload(): Promise<Venue> {
    const setting = readSettings()['biofm.venue'];
    const file = await this.findVenueFile(setting);
    let workspaceVenue: Venue | undefined;
    this.problems.clear();
    this.venueFile = file;
    if (file) {
      try {
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
        workspaceVenue = this.check(file, text);
      } catch (error) {
        this.log.error(`Cannot read venue file ${file.toString()}`, error);
        void vscode.window.showErrorMessage(`BioFM: cannot read the venue file ${vscode.workspace.asRelativePath(file)}; using the bundled venue.`);
      }
    }
    const next = resolveVenue(setting, workspaceVenue);
    const changed = next !== this.venue;
    this.venue = next;
    if (changed) {
      this.log.info(`Venue: ${next.name} (${next.id})`);
      this.emitter.fire(next);
    }
    return next;
  }

  /** Parses a venue file's text, shows its problems in it, and returns the venue when valid. */
  private check(file: vscode.Uri, text: string): Venue | undefined {
    const result = parseVenueFile(text, vscode.workspace.asRelativePath(file));
    this.problems.set(
      file,
      result.problems.map((p) => {
        const diagnostic = new vscode.Diagnostic(toVscodeRange(p.range), `${p.message} — the bundled venue stays in force until this is fixed.`, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'BioFM';
        diagnostic.code = 'venue-file';
        return diagnostic;
      }),
    );
    return result.venue;
  }

  private async findVenueFile(setting: string): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const named = venueFileFromSetting(setting);
    if (named !== undefined) {
      const isAbsolute = /^([a-z][\w+.-]*:|\/|[A-Za-z]:[\\/])/.test(named);
      if (isAbsolute) return /^[a-z][\w+.-]+:/.test(named) ? vscode.Uri.parse(named) : vscode.Uri.file(named);
      return folders[0] ? vscode.Uri.joinPath(folders[0].uri, named) : undefined;
    }
    for (const folder of folders) {
      const candidate = vscode.Uri.joinPath(folder.uri, workspaceVenuePath);
      try {
        await vscode.workspace.fs.stat(candidate);
        return candidate;
      } catch {
        // No venue file in this folder.
      }
    }
    return undefined;
  }

  dispose(): void {
    this.problems.dispose();
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
