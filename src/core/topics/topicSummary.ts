import { scopeGapText } from './topicFindings';
import type { TopicFitReport } from './topicFitReport';

/**
 * One line for a status bar or the CLI: "Fits topics 9 · 6", "Fits topic 7", "Out of scope: not about foundation
 * models", or "In scope; no topic fits clearly (closest: 9)". Topics are listed best first.
 */
export function topicSummary(report: TopicFitReport, minimumScore: number): string {
  if (report.wordCount === 0) return 'No prose to check';
  if (!report.inScope) return `Out of scope: ${scopeGapText(report.missing)}`;
  const fits = report.topics.filter((t) => t.score >= minimumScore).map((t) => t.id);
  if (fits.length === 1) return `Fits topic ${fits[0]}`;
  if (fits.length > 1) return `Fits topics ${fits.join(' · ')}`;
  const closest = report.topics[0];
  return closest ? `In scope; no topic fits clearly (closest: ${closest.id})` : 'In scope';
}
