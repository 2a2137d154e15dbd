import * as vscode from 'vscode';

/** The walkthrough's example: a short LaTeX draft and an empty bibliography, shipped in media/walkthrough/. */
const exampleFiles = ['example-draft.tex', 'references.bib'] as const;
const exampleFolder = 'biofm-example';

async function readBundled(extensionUri: vscode.Uri, name: string): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', name));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Open example draft": with a writable folder open, copies the example into `biofm-example/` (never overwriting
 * what is there) so citations can be added to its bibliography; without one, opens the draft as an untitled
 * document. Works in the browser too: it reads the bundled files through the workspace file system.
 */
export function registerExampleDraftCommand(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand('biofm.openExampleDraft', async (): Promise<vscode.TextDocument> => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    let document: vscode.TextDocument;
    if (folder && vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) !== false) {
      const target = vscode.Uri.joinPath(folder.uri, exampleFolder);
      const created: string[] = [];
      for (const name of exampleFiles) {
        const uri = vscode.Uri.joinPath(target, name);
        if (await exists(uri)) continue;
        await vscode.workspace.fs.writeFile(uri, await readBundled(extensionUri, name));
        created.push(name);
      }
      document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(target, exampleFiles[0]));
      if (created.length > 0) void vscode.window.showInformationMessage(`BioFM: created ${created.map((n) => `${exampleFolder}/${n}`).join(' and ')} in this workspace.`);
    } else {
      const content = new TextDecoder('utf-8').decode(await readBundled(extensionUri, exampleFiles[0]));
      document = await vscode.workspace.openTextDocument({ language: 'latex', content });
    }
    await vscode.window.showTextDocument(document);
    return document;
  });
}
