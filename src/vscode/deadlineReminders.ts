import * as vscode from 'vscode';
import { muteVenue, planReminder, readReminderState, reminderShown, snoozeReminder, type ReminderState } from '../core/deadlines/reminderPlan';
import type { Venue } from '../core/venue/venue';
import type { Clock } from './clock';
import { currentVenueStatus } from './deadlineStatusBar';
import type { Log } from './outputLog';
import { readSettings } from './settingsReader';

const stateKey = 'biofm.reminders';
const remindTomorrow = 'Remind me tomorrow';
const mute = "Don't remind me for this venue";
const checkMilliseconds = 10 * 60_000;

/**
 * Shows at most one reminder at a time as a milestone crosses a threshold. What was shown, snoozed or muted is kept
 * in global state, so a reminder never repeats after the user dismisses it, across restarts too.
 */
export class DeadlineReminders implements vscode.Disposable {
  private showing = false;
  private readonly timer = setInterval(() => void this.check(), checkMilliseconds);

  constructor(
    private readonly memento: vscode.Memento,
    private readonly clock: Clock,
    private readonly venue: () => Venue,
    private readonly log: Log,
  ) {}

  /** Looks for a reminder due now and shows it; resolves once the user has answered (or closed it). */
  async check(): Promise<void> {
    if (this.showing || !readSettings()['biofm.deadlines.reminders']) return;
    const now = this.clock.now();
    let plan;
    try {
      plan = planReminder(currentVenueStatus(this.venue(), now), readSettings()['biofm.deadlines.reminderDays'], this.state());
    } catch (error) {
      this.log.error('Cannot plan deadline reminders', error);
      return;
    }
    const reminder = plan.reminder;
    if (!reminder) {
      await this.memento.update(stateKey, plan.state);
      return;
    }
    // Marked as shown before it shows: a crash or reload while it is open must not show it twice.
    await this.memento.update(stateKey, reminderShown(plan.state, reminder));
    this.showing = true;
    try {
      const choice = await vscode.window.showInformationMessage(reminder.message, remindTomorrow, mute);
      if (choice === remindTomorrow) await this.memento.update(stateKey, snoozeReminder(this.state(), reminder, this.clock.now()));
      if (choice === mute) await this.memento.update(stateKey, muteVenue(this.state(), reminder.venue));
    } finally {
      this.showing = false;
    }
  }

  private state(): ReminderState {
    return readReminderState(this.memento.get(stateKey));
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}
