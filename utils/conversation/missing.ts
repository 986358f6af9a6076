/**
 * What the agent still needs: the scenario's requirements minus what the conversation already holds
 * — facts the customer wrote, wording that answers the need ("微信", "on wifi"), and replies to an
 * agent who asked for it. When the customer's latest turn closes the matter, nothing is missing.
 */
import { CLOSURE_MARKERS, COMPLAINT_MARKERS } from './data/emotion';
import { NON_ANSWERS, PURCHASE_WINDOW, PURCHASE_WORDS, REQUIREMENTS, SATISFIERS, USAGE_BEFORE_DATE } from './data/requirements';
import type { EmotionResult } from './emotion';
import type { FactExtraction } from './facts';
import { MISSING_NAMES, type MissingName, type Scenario } from './labels';
import type { Prepared } from './prepare';
import { PhraseMatcher } from './text';

const CLOSURE = new PhraseMatcher(CLOSURE_MARKERS.map((term) => [term, true] as const));
const COMPLAINT = new PhraseMatcher(COMPLAINT_MARKERS.map((term) => [term, true] as const));

/** The latest turn thanks, confirms a fix or accepts the next step, and reports no new problem. */
export function closesMatter(prepared: Prepared, emotion: EmotionResult): boolean {
  if (emotion.label !== 'positive') return false;
  const latest = prepared.latest.map((index) => prepared.folded[index]!);
  return latest.some((text) => CLOSURE.find(text).length > 0) && latest.every((text) => COMPLAINT.find(text).length === 0);
}

function purchaseDated(prepared: Prepared, extraction: FactExtraction): boolean {
  return extraction.facts.dates.some(({ span }) => {
    const folded = prepared.folded[span.message]!;
    // The purchase word may stand a little way before the date, but not in another sentence.
    let from = Math.max(0, span.start - PURCHASE_WINDOW);
    const sentence = Math.max(...['.', '!', '?', '。', '！', '？', '\n'].map((mark) => folded.lastIndexOf(mark, span.start - 1)));
    if (sentence + 1 > from) from = sentence + 1;
    const around = folded.slice(from, Math.min(folded.length, span.end + 6));
    return PURCHASE_WORDS.test(around) && !USAGE_BEFORE_DATE.test(folded.slice(Math.max(0, span.start - 12), span.start));
  });
}

/** Whether the conversation already holds `name`. */
export function holds(name: MissingName, prepared: Prepared, extraction: FactExtraction): boolean {
  const satisfier = SATISFIERS[name];
  const { facts } = extraction;
  if (satisfier.facts?.some((type) => facts[type].length > 0)) return true;
  if (name === 'steps' && extraction.stepsTried.length) return true;
  if (name === 'errorMessage' && extraction.errorMessages.length) return true;
  if (name === 'device' && facts.products.length) return true;
  if (name === 'purchaseDate' && purchaseDated(prepared, extraction)) return true;
  // The helpdesk already shows who the customer is: their e-mail identifies the account and reaches them.
  if ((name === 'accountId' || name === 'contact') && prepared.conversation.customer?.email) return true;
  for (const index of prepared.customer) {
    const text = prepared.folded[index]!;
    if (satisfier.patterns?.some((pattern) => pattern.test(text))) return true;
    if (prepared.asked[index]?.has(name) && !NON_ANSWERS.test(text)) return true;
  }
  return false;
}

export function findMissing(
  prepared: Prepared,
  scenario: Scenario,
  extraction: FactExtraction,
  emotion?: EmotionResult,
): MissingName[] {
  if (emotion && closesMatter(prepared, emotion)) return [];
  const missing = new Set<MissingName>();
  for (const requirement of REQUIREMENTS[scenario]) {
    if (requirement.names.some((name) => holds(name, prepared, extraction))) continue;
    if (requirement.patterns?.some((pattern) => prepared.customer.some((index) => pattern.test(prepared.folded[index]!))))
      continue;
    for (const name of requirement.names) missing.add(name);
  }
  return MISSING_NAMES.filter((name) => missing.has(name));
}
