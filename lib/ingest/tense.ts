// The tense a sentence narrates in, from its first finite verb (compromise's tagger): a sentence in the
// past simple with no time cue of its own continues the time of the sentence before it ("On 18 May, the
// police raided the office. Seven people were arrested."); one in the present speaks of the time of
// writing; a present perfect ("have fought three wars") runs up to it.
import nlp from "compromise";

export type Tense = "past" | "perfect" | "present" | "future";

type VerbJson = { text: string; verb?: { grammar?: { tense?: string } } };

// A past participle before a noun qualifies it ("Russian armed forces", "nine licensed importers").
const attributive = (doc: ReturnType<typeof nlp>, text: string) =>
  doc.has(`(#Adjective|#Determiner|#Demonym|#Value) ${text} #Noun`) && !/\s/.test(text.trim());

// The first verb found after a comma, behind a clause of several words with none, is most likely in a
// trailing phrase ("counts nine importers, all of them based in Tbilisi"): the main verb was missed.
function afterMissedVerb(sentence: string, verb: string): boolean {
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(verb)));
  const comma = before.indexOf(",");
  return comma >= 0 && before.slice(0, comma).trim().split(/\s+/).length >= 3;
}

// The period reading asks a sentence's tense up to three times (its time frame, a heading over it, its
// figures); tagging is the costly part of ingest, so the last few sentences' answers are kept.
const recent = new Map<string, Tense | null>();
const RECENT = 8;

export function tenseOf(sentence: string): Tense | null {
  if (recent.has(sentence)) return recent.get(sentence) ?? null;
  const tense = tagTense(sentence);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value ?? "");
  recent.set(sentence, tense);
  return tense;
}

function tagTense(sentence: string): Tense | null {
  const doc = nlp(sentence);
  const verbs = doc.verbs().json() as VerbJson[];
  for (const v of verbs) {
    const text = v.text.replace(/[^\w\s'-]/g, "").trim();
    const tense = v.verb?.grammar?.tense;
    if (!text || !tense || attributive(doc, text)) continue;
    if (afterMissedVerb(sentence, v.text.trim())) return null;
    if (/\b(?:will|shall|would|going to)\b/i.test(text) || tense === "FutureTense") return "future";
    if (/^(?:has|have|'ve)\b/i.test(text)) return "perfect";
    if (tense === "PastTense") return "past";
    return "present";
  }
  return null;
}
