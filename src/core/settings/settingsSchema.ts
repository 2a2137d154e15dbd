/**
 * The one typed definition of the extension's settings. `package.json` `contributes.configuration` must say the
 * same (a unit test compares them), and the editor reads settings only through these keys.
 */
interface SettingBase<T> {
  readonly default: T;
  readonly markdownDescription: string;
}

interface BooleanSetting extends SettingBase<boolean> {
  readonly type: 'boolean';
}

interface NumberSetting extends SettingBase<number> {
  readonly type: 'number';
  readonly minimum?: number;
  readonly maximum?: number;
}

interface StringSetting extends SettingBase<string> {
  readonly type: 'string';
}

interface StringArraySetting extends SettingBase<readonly string[]> {
  readonly type: 'array';
  readonly items: { readonly type: 'string' };
}

interface NumberArraySetting extends SettingBase<readonly number[]> {
  readonly type: 'array';
  readonly items: { readonly type: 'number'; readonly minimum?: number };
}

export type SettingDefinition = BooleanSetting | NumberSetting | StringSetting | StringArraySetting | NumberArraySetting;

export const settingsSchema = {
  'biofm.venue': {
    type: 'string',
    default: '',
    markdownDescription:
      'The venue whose topics and deadlines apply: a bundled id (`jbhi-fm-2024`) or the path of a venue file. Empty uses `.biofm/venue.json` when the workspace has one, otherwise the J-BHI foundation-model special issue.',
  },
  'biofm.topicFit.enabled': {
    type: 'boolean',
    default: true,
    markdownDescription: 'Check how the draft fits the venue\'s topics and whether it is in scope (biomedical **and** about foundation models).',
  },
  'biofm.topicFit.minimumScore': {
    type: 'number',
    default: 0.3,
    minimum: 0,
    maximum: 1,
    markdownDescription: 'The topic score (0 to 1) from which a topic counts as a fit.',
  },
  'biofm.topicFit.checkDeclaredTopics': {
    type: 'boolean',
    default: true,
    markdownDescription:
      'Warn when topics declared in front matter (`topics: [6, 9]`) or a LaTeX comment (`% biofm-topics: 6, 9`) are not supported by the text.',
  },
  'biofm.citations.bibliographies': {
    type: 'array',
    items: { type: 'string' },
    default: [],
    markdownDescription:
      'Bibliography files (`.bib` or CSL-JSON) to use when a draft names none. Relative paths are read from the workspace folder.',
  },
  'biofm.citations.catalog': {
    type: 'boolean',
    default: true,
    markdownDescription: 'Offer models from the bundled catalog of biomedical foundation models in citation completion.',
  },
  'biofm.citations.uncitedModels': {
    type: 'boolean',
    default: true,
    markdownDescription: 'Point out catalog models named in the prose with no citation in the same sentence.',
  },
  'biofm.deadlines.statusBar': {
    type: 'boolean',
    default: true,
    markdownDescription: 'Show the next milestone of the venue and the days left in the status bar.',
  },
  'biofm.deadlines.soonDays': {
    type: 'number',
    default: 14,
    minimum: 0,
    markdownDescription: 'A milestone this many days away or fewer is shown as **soon**.',
  },
  'biofm.deadlines.dueDays': {
    type: 'number',
    default: 3,
    minimum: 0,
    markdownDescription: 'A milestone this many days away or fewer is shown as **due**.',
  },
  'biofm.deadlines.reminders': {
    type: 'boolean',
    default: true,
    markdownDescription: 'Show a notification as a milestone crosses each of `#biofm.deadlines.reminderDays#`.',
  },
  'biofm.deadlines.reminderDays': {
    type: 'array',
    items: { type: 'number', minimum: 0 },
    default: [30, 14, 7, 3, 1, 0],
    markdownDescription: 'Days before a milestone at which to remind you once.',
  },
  'biofm.diagnostics.delay': {
    type: 'number',
    default: 300,
    minimum: 0,
    markdownDescription: 'Milliseconds to wait after the last keystroke before the draft is checked again.',
  },
} as const satisfies Readonly<Record<string, SettingDefinition>>;

export type SettingKey = keyof typeof settingsSchema;

/** The value type a definition describes, read from its `type` (a default like `[]` says too little). */
type ValueOf<D> = D extends { type: 'boolean' }
  ? boolean
  : D extends { type: 'number' }
    ? number
    : D extends { type: 'string' }
      ? string
      : D extends { type: 'array'; items: { type: 'number' } }
        ? readonly number[]
        : D extends { type: 'array' }
          ? readonly string[]
          : never;

/** Every setting's value, typed from its definition. */
export type Settings = { readonly [K in SettingKey]: ValueOf<(typeof settingsSchema)[K]> };

/** The settings as they are when the user has set nothing. */
export function defaultSettings(): Settings {
  const entries = Object.entries(settingsSchema).map(([key, definition]) => [key, definition.default]);
  return Object.fromEntries(entries) as Settings;
}
