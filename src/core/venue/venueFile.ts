import { describeJsonKind, parseJsonTree, type JsonNode, type JsonObjectNode } from '../json/jsonTree';
import { LineIndex, type Range } from '../text/lineIndex';
import { parseIsoDate, timeZoneProblem } from '../deadlines/zonedDate';
import type { Venue, VenueLimits, VenueMilestone, VenueTopic } from './venue';

/** Where a workspace keeps its own venue, relative to the workspace folder. */
export const workspaceVenuePath = '.biofm/venue.json';

/** The zone of a venue file that names none: Anywhere on Earth, as for the bundled call. */
export const defaultVenueTimeZone = 'UTC-12';

/** One thing wrong with a venue file, at the characters of the offending value (or key). */
export interface VenueFileProblem {
  readonly message: string;
  readonly range: Range;
}

/** A venue when the file is entirely valid; otherwise no venue and every problem found. */
export interface VenueFileResult {
  readonly venue?: Venue;
  readonly problems: readonly VenueFileProblem[];
}

/** What a wrong value is, quoting short strings so the user recognises them. */
function describeFound(node: JsonNode): string {
  if (node.kind === 'number') return String(node.value);
  return node.kind === 'string' && node.value.length <= 40 ? `the string ${JSON.stringify(node.value)}` : describeJsonKind(node);
}

const rootKeys = ['$schema', 'id', 'name', 'shortName', 'journal', 'timeZone', 'topics', 'milestones', 'limits', 'url'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Collects problems against the file's text, so each one carries an exact range. */
class VenueFileChecker {
  readonly problems: VenueFileProblem[] = [];
  private readonly lines: LineIndex;

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  /** Problems in the order of the file, as an editor lists them. */
  sortedProblems(): VenueFileProblem[] {
    const key = (problem: VenueFileProblem) => [problem.range.start.line, problem.range.start.character];
    return [...this.problems].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  }

  report(message: string, start: number, end: number): void {
    this.problems.push({ message, range: this.lines.rangeOf(start, end) });
  }

  /** The object's properties by key; reports unknown and repeated keys, and missing required ones at the `{`. */
  properties(node: JsonObjectNode, where: string, known: readonly string[], required: readonly string[]): Map<string, JsonNode> {
    const found = new Map<string, JsonNode>();
    for (const property of node.properties) {
      if (found.has(property.key)) this.report(`Duplicate property "${property.key}" in ${where}`, property.keyStart, property.keyEnd);
      else if (!known.includes(property.key)) {
        this.report(`Unknown property "${property.key}" in ${where}; expected one of ${known.filter((k) => k !== '$schema').join(', ')}`, property.keyStart, property.keyEnd);
      }
      found.set(property.key, property.value);
    }
    for (const key of required) {
      if (!found.has(key)) this.report(`Missing required property "${key}" in ${where}`, node.start, node.start + 1);
    }
    return found;
  }

  object(node: JsonNode, what: string): JsonObjectNode | undefined {
    if (node.kind === 'object') return node;
    this.report(`${what} must be an object, found ${describeFound(node)}`, node.start, node.end);
    return undefined;
  }

  array(node: JsonNode, what: string): readonly JsonNode[] | undefined {
    if (node.kind === 'array') return node.items;
    this.report(`${what} must be an array, found ${describeFound(node)}`, node.start, node.end);
    return undefined;
  }

  text(node: JsonNode | undefined, what: string): string | undefined {
    if (node === undefined) return undefined;
    if (node.kind === 'string' && node.value.trim() !== '') return node.value;
    const found = node.kind === 'string' ? 'an empty string' : describeFound(node);
    this.report(`${what} must be a non-empty string, found ${found}`, node.start, node.end);
    return undefined;
  }

  count(node: JsonNode | undefined, what: string): number | undefined {
    if (node === undefined) return undefined;
    if (node.kind === 'number' && Number.isInteger(node.value) && node.value >= 1) return node.value;
    this.report(`${what} must be a whole number of at least 1, found ${describeFound(node)}`, node.start, node.end);
    return undefined;
  }

  /** A list whose items each have an identifying value; reports the later of two equal ones. */
  unique<T>(items: readonly { readonly value: T; readonly node: JsonNode }[], what: string): void {
    const seen = new Set<T>();
    for (const item of items) {
      if (seen.has(item.value)) this.report(`Duplicate ${what} ${JSON.stringify(item.value)}`, item.node.start, item.node.end);
      seen.add(item.value);
    }
  }
}

function dateProblem(value: string): string | undefined {
  if (parseIsoDate(value)) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `"date" must be a calendar date written YYYY-MM-DD, found "${value}"`;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return `${value} is not a date: there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value} is not a date: ${monthNames[month - 1]} ${year} has ${days} days`;
}

function checkTopics(checker: VenueFileChecker, node: JsonNode): VenueTopic[] {
  const topics: VenueTopic[] = [];
  const ids: { value: number; node: JsonNode }[] = [];
  for (const [index, item] of (checker.array(node, '"topics"') ?? []).entries()) {
    const where = `topic ${index + 1}`;
    const topic = checker.object(item, where);
    if (!topic) continue;
    const fields = checker.properties(topic, where, ['id', 'title'], ['id', 'title']);
    const id = checker.count(fields.get('id'), `"id" of ${where}`);
    const title = checker.text(fields.get('title'), `"title" of ${where}`);
    if (id !== undefined) ids.push({ value: id, node: fields.get('id')! });
    if (id !== undefined && title !== undefined) topics.push({ id, title });
  }
  checker.unique(ids, 'topic id');
  return topics;
}

function checkMilestones(checker: VenueFileChecker, node: JsonNode): VenueMilestone[] {
  const milestones: VenueMilestone[] = [];
  const ids: { value: string; node: JsonNode }[] = [];
  for (const [index, item] of (checker.array(node, '"milestones"') ?? []).entries()) {
    const where = `milestone ${index + 1}`;
    const milestone = checker.object(item, where);
    if (!milestone) continue;
    const fields = checker.properties(milestone, where, ['id', 'label', 'date'], ['id', 'label', 'date']);
    const id = checker.text(fields.get('id'), `"id" of ${where}`);
    const label = checker.text(fields.get('label'), `"label" of ${where}`);
    const dateNode = fields.get('date');
    let date = checker.text(dateNode, `"date" of ${where}`);
    const problem = date === undefined ? undefined : dateProblem(date);
    if (problem !== undefined && dateNode) {
      checker.report(problem, dateNode.start, dateNode.end);
      date = undefined;
    }
    if (id !== undefined) ids.push({ value: id, node: fields.get('id')! });
    if (id !== undefined && label !== undefined && date !== undefined) milestones.push({ id, label, date });
  }
  checker.unique(ids, 'milestone id');
  return milestones;
}

function checkLimits(checker: VenueFileChecker, node: JsonNode | undefined): VenueLimits {
  const limits = node && checker.object(node, '"limits"');
  if (!limits) return {};
  const fields = checker.properties(limits, '"limits"', ['abstractWords', 'pages'], []);
  const abstractWords = checker.count(fields.get('abstractWords'), '"abstractWords"');
  const pages = checker.count(fields.get('pages'), '"pages"');
  return { ...(abstractWords !== undefined && { abstractWords }), ...(pages !== undefined && { pages }) };
}

/** A readable id from the name, for files that give none (reminders are remembered per venue id). */
function idFromName(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  return slug === '' ? 'workspace-venue' : slug;
}

/**
 * Reads a `.biofm/venue.json`. Malformed JSON, wrong types, impossible dates and unknown zones each give a problem
 * with the range of the offending value, and then no venue, so the caller keeps the bundled one. `path` names the
 * file in problems about the file as a whole.
 */
export function parseVenueFile(text: string, path: string): VenueFileResult {
  const checker = new VenueFileChecker(text);
  if (text.trim() === '' || text.trim() === '\ufeff') {
    checker.report(`${path} is empty: a venue file is a JSON object with at least "name", "topics" and "milestones"`, 0, text.length);
    return { problems: checker.problems };
  }
  const parsed = parseJsonTree(text);
  if (parsed.error) {
    checker.report(parsed.error.message, parsed.error.start, parsed.error.end);
    return { problems: checker.problems };
  }
  const root = checker.object(parsed.root, 'A venue file');
  if (!root) return { problems: checker.problems };
  const fields = checker.properties(root, 'the venue', rootKeys, ['name', 'topics', 'milestones']);
  const schema = fields.get('$schema');
  if (schema && schema.kind !== 'string') checker.text(schema, '"$schema"');
  const name = checker.text(fields.get('name'), '"name"');
  const id = checker.text(fields.get('id'), '"id"');
  const idNode = fields.get('id');
  if (id !== undefined && idNode && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
    checker.report(`"id" may hold only letters, digits, '.', '_' and '-' (found "${id}")`, idNode.start, idNode.end);
  }
  const shortName = checker.text(fields.get('shortName'), '"shortName"');
  const journal = checker.text(fields.get('journal'), '"journal"');
  const zoneNode = fields.get('timeZone');
  const timeZone = checker.text(zoneNode, '"timeZone"') ?? defaultVenueTimeZone;
  const zoneProblem = zoneNode?.kind === 'string' ? timeZoneProblem(timeZone) : undefined;
  if (zoneProblem !== undefined && zoneNode) checker.report(zoneProblem, zoneNode.start, zoneNode.end);
  const topicsNode = fields.get('topics');
  const topics = topicsNode ? checkTopics(checker, topicsNode) : [];
  const milestonesNode = fields.get('milestones');
  const milestones = milestonesNode ? checkMilestones(checker, milestonesNode) : [];
  const limits = checkLimits(checker, fields.get('limits'));
  const urlNode = fields.get('url');
  const url = checker.text(urlNode, '"url"');
  if (url !== undefined && urlNode && !/^https?:\/\/\S+$/.test(url)) {
    checker.report(`"url" must be an http:// or https:// address, found "${url}"`, urlNode.start, urlNode.end);
  }
  if (checker.problems.length > 0 || name === undefined) return { problems: checker.sortedProblems() };
  const venue: Venue = {
    id: id ?? idFromName(name),
    shortName: shortName ?? name,
    name,
    journal: journal ?? '',
    timeZone,
    topics,
    milestones,
    limits,
    ...(url !== undefined && { url }),
  };
  return { venue, problems: [] };
}
