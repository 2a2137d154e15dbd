/**
 * A minimal in-process stand-in for the `vscode` module: just what loading dist/extension.js and `activate` touch
 * (classes the bundle extends or constructs at load, the registrations activation makes, configuration defaults,
 * a workspace folder on disk). Registrations are recorded so the probe can check that activation really ran.
 * Nothing here shows UI or fires events; it exists for bench/activationProbe.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';

export interface StubRecord {
  /** `namespace.function` of every call, in order. */
  readonly calls: string[];
  readonly commands: string[];
  readonly log: string[];
}

type Listener = (value: unknown) => unknown;

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }

  constructor(private readonly callOnDispose: () => unknown) {}

  dispose(): void {
    this.callOnDispose();
  }
}

class EventEmitter {
  private listeners: Listener[] = [];
  readonly event = (listener: Listener) => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };

  fire(value?: unknown): void {
    for (const listener of this.listeners) listener(value);
  }

  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}

  static parse(value: string): Uri {
    const match = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!match) throw new Error(`not a URI: ${value}`);
    return new Uri(match[1], match[2] ?? '', decodeURIComponent(match[3]), match[4] ?? '', match[5] ?? '');
  }

  static file(fsPath: string): Uri {
    return new Uri('file', '', fsPath.replace(/\\/g, '/'));
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, base.authority, path.posix.join(base.path, ...segments), base.query, base.fragment);
  }

  get fsPath(): string {
    return this.path;
  }

  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, this.authority, change.path ?? this.path, this.query, this.fragment);
  }

  toString(): string {
    const authority = this.authority || this.scheme === 'file' ? `//${this.authority}` : '';
    return `${this.scheme}:${authority}${encodeURI(this.path)}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;

  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c ?? 0, d ?? 0) : (b as Position);
  }

  contains(position: Position): boolean {
    const after = position.line > this.start.line || (position.line === this.start.line && position.character >= this.start.character);
    const before = position.line < this.end.line || (position.line === this.end.line && position.character <= this.end.character);
    return after && before;
  }
}

class Diagnostic {
  source?: string;
  code?: string | number;
  relatedInformation?: unknown[];

  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity = 0,
  ) {}
}

/** A class whose instances just keep what they were given (for the value types activation may construct). */
function recordClass(): new (...args: unknown[]) => { args: unknown[] } {
  return class {
    readonly args: unknown[];
    constructor(...args: unknown[]) {
      this.args = args;
    }
  };
}

class MarkdownString {
  value = '';
  isTrusted?: unknown;

  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }

  appendText(text: string): this {
    this.value += text;
    return this;
  }
}

class CompletionItem {
  constructor(
    readonly label: string,
    readonly kind?: number,
  ) {}
}

class TreeItem {
  constructor(
    readonly label: string,
    readonly collapsibleState?: number,
  ) {}
}

class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');

  constructor(readonly value: string) {}
}

const memento = () => {
  const values = new Map<string, unknown>();
  return {
    keys: () => [...values.keys()],
    get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback),
    update: (key: string, value: unknown) => {
      values.set(key, value);
      return Promise.resolve();
    },
  };
};

/** The `vscode` API object, and what activation did with it. `folder` is the workspace folder (a directory). */
export function createVscodeStub(folder: string): { readonly api: Record<string, unknown>; readonly record: StubRecord } {
  const record: StubRecord = { calls: [], commands: [], log: [] };
  const noop = new Disposable(() => undefined);
  const called = (name: string) => record.calls.push(name);
  const event = (name: string) => () => {
    called(name);
    return noop;
  };
  const collection = () => ({ set: () => undefined, delete: () => undefined, clear: () => undefined, dispose: () => undefined });
  const folderUri = Uri.file(folder);

  const window = {
    activeTextEditor: undefined,
    createOutputChannel: () => {
      called('window.createOutputChannel');
      return { appendLine: (line: string) => record.log.push(line), show: () => undefined, dispose: () => undefined };
    },
    createStatusBarItem: () => {
      called('window.createStatusBarItem');
      return { text: '', show: () => undefined, hide: () => undefined, dispose: () => undefined };
    },
    createTreeView: () => {
      called('window.createTreeView');
      return { dispose: () => undefined };
    },
    showInformationMessage: () => Promise.resolve(undefined),
    showWarningMessage: () => Promise.resolve(undefined),
    showErrorMessage: () => Promise.resolve(undefined),
    onDidChangeActiveTextEditor: event('window.onDidChangeActiveTextEditor'),
  };

  const workspace = {
    workspaceFolders: [{ uri: folderUri, name: path.basename(folder), index: 0 }],
    textDocuments: [],
    getConfiguration: () => {
      called('workspace.getConfiguration');
      return { get: (_key: string, fallback?: unknown) => fallback, has: () => false, update: () => Promise.resolve() };
    },
    onDidOpenTextDocument: event('workspace.onDidOpenTextDocument'),
    onDidChangeTextDocument: event('workspace.onDidChangeTextDocument'),
    onDidCloseTextDocument: event('workspace.onDidCloseTextDocument'),
    onDidChangeConfiguration: event('workspace.onDidChangeConfiguration'),
    createFileSystemWatcher: () => {
      called('workspace.createFileSystemWatcher');
      return { onDidChange: () => noop, onDidCreate: () => noop, onDidDelete: () => noop, dispose: () => undefined };
    },
    registerTextDocumentContentProvider: event('workspace.registerTextDocumentContentProvider'),
    findFiles: () => {
      called('workspace.findFiles');
      return Promise.resolve([]);
    },
    asRelativePath: (target: Uri | string) => path.relative(folder, typeof target === 'string' ? target : target.fsPath),
    fs: {
      stat: async (uri: Uri) => {
        called('workspace.fs.stat');
        const info = await stat(uri.fsPath);
        return { type: info.isDirectory() ? 2 : 1, ctime: info.ctimeMs, mtime: info.mtimeMs, size: info.size };
      },
      readFile: async (uri: Uri) => {
        called('workspace.fs.readFile');
        return new Uint8Array(await readFile(uri.fsPath));
      },
      isWritableFileSystem: () => true,
    },
  };

  const languages = {
    createDiagnosticCollection: () => {
      called('languages.createDiagnosticCollection');
      return collection();
    },
    registerCompletionItemProvider: event('languages.registerCompletionItemProvider'),
    registerHoverProvider: event('languages.registerHoverProvider'),
    registerCodeActionsProvider: event('languages.registerCodeActionsProvider'),
    registerCodeLensProvider: event('languages.registerCodeLensProvider'),
  };

  const commands = {
    registerCommand: (name: string) => {
      called('commands.registerCommand');
      record.commands.push(name);
      return noop;
    },
    executeCommand: (name: string) => {
      called(`commands.executeCommand ${name}`);
      return Promise.resolve(undefined);
    },
  };

  const api: Record<string, unknown> = {
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Diagnostic,
    DiagnosticRelatedInformation: recordClass(),
    Location: recordClass(),
    CompletionItem,
    CompletionList: recordClass(),
    CodeLens: recordClass(),
    CodeAction: recordClass(),
    CodeActionKind,
    Hover: recordClass(),
    MarkdownString,
    ThemeColor: recordClass(),
    ThemeIcon: recordClass(),
    TreeItem,
    WorkspaceEdit: recordClass(),
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    CompletionItemKind: { Module: 8, Reference: 17 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    FilePermission: { Readonly: 1 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    window,
    workspace,
    languages,
    commands,
  };
  return { api, record };
}

/** The `ExtensionContext` activation reads: subscriptions and global state. */
export function createExtensionContext(extensionPath: string): { subscriptions: { dispose(): unknown }[]; [key: string]: unknown } {
  const extensionUri = Uri.file(extensionPath);
  return {
    subscriptions: [],
    globalState: { ...memento(), setKeysForSync: () => undefined },
    workspaceState: memento(),
    extensionUri,
    extensionPath,
    extensionMode: 1,
    asAbsolutePath: (relative: string) => path.join(extensionPath, relative),
  };
}
