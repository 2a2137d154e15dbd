import * as vscode from 'vscode';
import { settingsSchema, type SettingKey, type Settings } from '../core/settings/settingsSchema';

/** Reads every BioFM setting for a resource, through the one typed definition, falling back to its default. */
export function readSettings(scope?: vscode.Uri): Settings {
  const configuration = vscode.workspace.getConfiguration(undefined, scope);
  const entries = (Object.keys(settingsSchema) as SettingKey[]).map((key) => [key, configuration.get(key, settingsSchema[key].default)]);
  return Object.fromEntries(entries) as Settings;
}

/** Fires only when a BioFM setting changes, not on every configuration change in the editor. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('biofm')) listener();
  });
}
