/** One topic of a call for papers, numbered as in the call. */
export interface VenueTopic {
  readonly id: number;
  readonly title: string;
}

/** A dated step of the call. `date` is a calendar date (YYYY-MM-DD) meaning the end of that day in the venue's zone. */
export interface VenueMilestone {
  readonly id: string;
  readonly label: string;
  readonly date: string;
}

/** Limits the venue sets on a manuscript; each is optional. */
export interface VenueLimits {
  readonly abstractWords?: number;
  readonly pages?: number;
}

/** A call for papers: what it is about, when things are due, and what it limits. */
export interface Venue {
  readonly id: string;
  /** A short name for the status bar, e.g. "J-BHI FM". */
  readonly shortName: string;
  readonly name: string;
  readonly journal: string;
  /** An IANA zone name, or a fixed offset such as `UTC-12` (Anywhere on Earth). */
  readonly timeZone: string;
  readonly topics: readonly VenueTopic[];
  readonly milestones: readonly VenueMilestone[];
  readonly limits: VenueLimits;
  readonly url?: string;
}
