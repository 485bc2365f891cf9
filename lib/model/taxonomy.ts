// How series are grouped for readers: the topic a series belongs to, and what kind of figure it holds.

export const TOPICS = [
  "trade",
  "arms-transfers",
  "military-presence",
  "conflict-and-diplomacy",
  "energy-and-transport",
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_INFO: Record<Topic, { title: string; dek: string }> = {
  trade: { title: "Trade", dek: "Trade volumes and growth between Russia, Armenia and Iran." },
  "arms-transfers": { title: "Arms transfers", dek: "Arms deals, contracts, loans for arms and import shares." },
  "military-presence": { title: "Military presence", dek: "Bases, troops, monitors and border guards." },
  "conflict-and-diplomacy": { title: "Conflict and diplomacy", dek: "Wars, prisoners, peace talks and crises." },
  "energy-and-transport": { title: "Energy and transport", dek: "Pipelines, routes and transport links." },
};

/**
 * indicator: a quantity measured in the world that can be compared over time or across places (trade, a
 * share of imports, a contract's value). fact: a single figure about one thing (a base's troop count, a
 * treaty's term). context: figures that frame others but are not data to compare (how many states a region
 * has). Indicators are listed first.
 */
export const SERIES_KINDS = ["indicator", "fact", "context"] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export function isTopic(text: string): text is Topic {
  return (TOPICS as readonly string[]).includes(text);
}

export function isSeriesKind(text: string): text is SeriesKind {
  return (SERIES_KINDS as readonly string[]).includes(text);
}
