import * as vscode from 'vscode';
import { deadlineTooltipMarkdown } from '../core/deadlines/deadlineText';
import { bundledVenues } from '../core/venue/bundledVenues';
import type { Venue } from '../core/venue/venue';
import { workspaceVenuePath } from '../core/venue/venueFile';
import type { Clock } from './clock';
import { currentVenueStatus } from './deadlineStatusBar';

const timelineUri = vscode.Uri.parse('biofm-timeline:/Venue%20timeline.md');

/** A starting point for a venue of one's own; dates a year ahead so nothing shows as passed. */
function venueTemplate(now: Date): string {
  const year = now.getUTCFullYear() + 1;
  return `${JSON.stringify(
    {
      name: 'My venue',
      shortName: 'My venue',
      journal: '',
      timeZone: 'UTC-12',
      topics: bundledVenues[0].topics,
      milestones: [
        { id: 'submission', label: 'Submission deadline', date: `${year}-03-01` },
        { id: 'decision', label: 'Decision', date: `${year}-06-01` },
      ],
      limits: { abstractWords: 250 },
    },
    null,
    2,
  )}\n`;
}

/** The timeline as Markdown: every milestone in the venue's zone and the user's, as the tooltip shows it. */
function timelineMarkdown(venue: Venue, now: Date): string {
  const status = currentVenueStatus(venue, now);
  const body = deadlineTooltipMarkdown(status, { localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const topics = venue.topics.map((t) => `${t.id}. ${t.title}`).join('\n');
  return `# ${venue.name}\n\n${body}\n\n## Topics\n\n${topics}\n\n---\nChange the venue with the command **BioFM: Select Venue…**.\n`;
}

/** "Show venue timeline" and "Select venue…". */
export function registerVenueCommands(clock: Clock, venue: () => Venue, onDidChangeVenue: vscode.Event<Venue>): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: () => timelineMarkdown(venue(), clock.now()),
  };
  return vscode.Disposable.from(
    changed,
    onDidChangeVenue(() => changed.fire(timelineUri)),
    vscode.workspace.registerTextDocumentContentProvider(timelineUri.scheme, provider),
    vscode.commands.registerCommand('biofm.showTimeline', async () => {
      const document = await vscode.workspace.openTextDocument(timelineUri);
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      try {
        await vscode.commands.executeCommand('markdown.showPreview', timelineUri);
      } catch {
        await vscode.window.showTextDocument(document, { preview: true });
      }
    }),
    vscode.commands.registerCommand('biofm.selectVenue', async () => {
      type Choice = vscode.QuickPickItem & { run: () => Thenable<void> };
      const setVenue = (value: string) => vscode.workspace.getConfiguration('biofm').update('venue', value, vscode.ConfigurationTarget.Workspace);
      const folder = vscode.workspace.workspaceFolders?.[0];
      const choices: Choice[] = [
        ...bundledVenues.map((v) => ({ label: v.shortName, description: v.journal, detail: v.name, run: () => setVenue(v.id) })),
        {
          label: '$(file-add) Create a venue file for this workspace…',
          detail: `Writes ${workspaceVenuePath} with your own topics, dates and time zone`,
          run: async () => {
            if (!folder) {
              void vscode.window.showWarningMessage('Open a folder first: the venue file lives in the workspace.');
              return;
            }
            const uri = vscode.Uri.joinPath(folder.uri, workspaceVenuePath);
            try {
              await vscode.workspace.fs.stat(uri);
            } catch {
              await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(venueTemplate(clock.now())));
            }
            await setVenue('');
            await vscode.window.showTextDocument(uri);
          },
        },
        {
          label: '$(folder-opened) Choose a venue file…',
          run: async () => {
            const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Venue file': ['json'] } });
            if (picked?.[0]) await setVenue(picked[0].scheme === 'file' ? picked[0].fsPath : picked[0].toString());
          },
        },
      ];
      const choice = await vscode.window.showQuickPick(choices, { title: 'BioFM: Select venue', placeHolder: `Now: ${venue().name}` });
      await choice?.run();
    }),
  );
}
