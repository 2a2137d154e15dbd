import * as vscode from 'vscode';

/** The extension's log: one output channel, so users can see what it did and why. */
export interface Log {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createOutputLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('BioFM Writer');
  context.subscriptions.push(channel, vscode.commands.registerCommand('biofm.showLog', () => channel.show()));
  const stamp = () => new Date().toISOString();
  const detail = (error: unknown) =>
    error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)}`;
  return {
    info: (message) => channel.appendLine(`[${stamp()}] ${message}`),
    error: (message, error) => channel.appendLine(`[${stamp()}] ERROR ${message}${detail(error)}`),
  };
}
