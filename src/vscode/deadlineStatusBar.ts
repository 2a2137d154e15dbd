import * as vscode from 'vscode';
import { deadlineStatusText, deadlineTooltipMarkdown, type DraftReadiness } from '../core/deadlines/deadlineText';
import { milestoneStatuses, nextMilestone, type VenueStatus } from '../core/deadlines/milestoneStatus';
import type { Venue } from '../core/venue/venue';
import type { Clock } from './clock';
import { readSettings } from './settingsReader';

export interface DeadlineStatusBarServices {
  readonly clock: Clock;
  venue(): Venue;
  /** Readiness facts of the active draft, for the tooltip. */
  readiness(document: vscode.TextDocument): DraftReadiness | undefined;
}

/** How often the countdown is recomputed: cheap, and it keeps "days left" right across midnight. */
const refreshMilliseconds = 60_000;

/** The venue's status now, with the user's thresholds. */
export function currentVenueStatus(venue: Venue, now: Date): VenueStatus {
  const settings = readSettings();
  return milestoneStatuses(venue, now, { soonDays: settings['biofm.deadlines.soonDays'], dueDays: settings['biofm.deadlines.dueDays'] });
}

/**
 * The status-bar countdown, shown while a Markdown or LaTeX draft is the active editor. Theme colours mark
 * "soon" and "due"; once every milestone has passed it says so and points to choosing a venue of your own.
 */
export class DeadlineStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('biofm.deadline', vscode.StatusBarAlignment.Left, 50);
  private readonly timer = setInterval(() => this.update(), refreshMilliseconds);
  /** Text, colour and tooltip last given to the item, to leave it alone when nothing changed. */
  private shown: string | undefined;

  constructor(private readonly services: DeadlineStatusBarServices) {
    this.item.name = 'BioFM deadline';
    this.item.command = 'biofm.showTimeline';
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const isDraft = editor !== undefined && (editor.document.languageId === 'markdown' || editor.document.languageId === 'latex');
    if (!isDraft || !readSettings()['biofm.deadlines.statusBar']) {
      this.item.hide();
      return;
    }
    let status: VenueStatus;
    try {
      status = currentVenueStatus(this.services.venue(), this.services.clock.now());
    } catch (error) {
      this.shown = undefined;
      this.item.text = '$(warning) BioFM venue';
      this.item.tooltip = `The venue's dates cannot be read: ${error instanceof Error ? error.message : String(error)}`;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    const next = nextMilestone(status);
    const text = `$(calendar) ${deadlineStatusText(status)}`;
    const colour = next?.state === 'due' ? 'statusBarItem.errorBackground' : next?.state === 'soon' ? 'statusBarItem.warningBackground' : undefined;
    const allPassed = next === undefined && status.milestones.length > 0;
    const tooltipMarkdown =
      deadlineTooltipMarkdown(status, {
        localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        readiness: this.services.readiness(editor.document),
      }) +
      (allPassed
        ? '\n\nEvery date of this call has passed. [Select a venue of your own…](command:biofm.selectVenue)'
        : '\n\n[Open the timeline](command:biofm.showTimeline) · [Select venue…](command:biofm.selectVenue)');
    // Assigning any property redraws the item and closes a tooltip the user is reading, and this runs after every
    // analysis: change the item only when what it shows changed.
    const shown = `${text}\u0000${colour ?? ''}\u0000${tooltipMarkdown}`;
    if (shown !== this.shown) {
      this.shown = shown;
      this.item.text = text;
      this.item.backgroundColor = colour === undefined ? undefined : new vscode.ThemeColor(colour);
      const tooltip = new vscode.MarkdownString(tooltipMarkdown);
      tooltip.isTrusted = { enabledCommands: ['biofm.selectVenue', 'biofm.showTimeline'] };
      this.item.tooltip = tooltip;
      this.item.accessibilityInformation = { label: deadlineStatusText(status) };
    }
    this.item.show();
  }

  /** What the item shows now (for tests and the walkthrough). */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    clearInterval(this.timer);
    this.item.dispose();
  }
}
