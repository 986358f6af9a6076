/**
 * Turns an analysis and the active packs into the three ready phrasings of the side panel:
 * empathy (names the feeling and the customer's fact, matched in intensity), clarification (asks
 * for exactly what is missing), resolution (the fitting fix with options and a time; a hand-over when
 * escalation is high). Pure: the panel reruns it whenever a message arrives. Nothing here sends
 * anything — the agent inserts, edits or dismisses.
 *
 * In the panel, on every conversation update (well under 2 ms for 50 messages):
 *
 *   const analysis = analyzeConversation(conversation);
 *   const slots = suggestReplies(conversation, analysis, templates, {
 *     now: new Date(), values: { 'agent.name': agentName }, uiLanguage: uiLanguage(), dismissed,
 *   });
 *   // slots.empathy / .clarification / .resolution: ranked Candidates (text, cursor, missing, reason)
 *   // slots.flag: show it when present; slots.followUp: the deadline + channel line
 *   // insert → VariableForm for candidate.missing, then insert; dismiss → add candidate.key to `dismissed`
 */
import type { Analysis } from '../conversation/analyze';
import type { EscalationReason } from '../conversation/escalation';
import type { Language, MissingName } from '../conversation/labels';
import { REQUIREMENTS } from '../conversation/data/requirements';
import { fold } from '../conversation/text';
import type { Conversation } from '../conversation/types';
import type { LibraryTemplate, TemplateKind } from '../packs/types';
import { conversationValues, parseVariables, renderTemplate, type VariableValues } from '../packs/variables';
import {
  ASKS_FOR,
  CURSOR_FILLS,
  HANDOVER_TAGS,
  MIRROR_TAGS,
  SAFETY_TAGS,
  TONE_TAGS,
  TOPIC_WORDS,
  type CursorFill,
  type Tone,
} from './data';
import { clarificationReason, empathyReason, flagText, followUpReason, resolutionReason, toneOf } from './reasons';

export type Slot = 'empathy' | 'clarification' | 'resolution';
export const SLOTS: readonly Slot[] = ['empathy', 'clarification', 'resolution'];

export interface Candidate {
  slot: Slot | 'followUp';
  /** `packId/templateId`: stable across updates, for dismissing and for the UI's keys. */
  key: string;
  template: LibraryTemplate;
  /** The body rendered with what the conversation provides; unfilled variables stay as `{{…}}`. */
  text: string;
  /** Where the caret goes (the template's `{{cursor}}`), when it wasn't filled from the facts. */
  cursor?: number;
  /** Variables still to fill before insertion (the panel's variable form asks for them). */
  missing: string[];
  /** One line, in the UI language: why this suggestion. */
  reason: string;
  /** Ranking score, higher first (for tests and debugging). */
  score: number;
  /** The hand-over phrasing offered because escalation is high. */
  handover?: boolean;
}

export interface EscalationFlag {
  level: 'high';
  reasons: EscalationReason[];
  /** One line in the UI language: "Escalate: threat: 12315". */
  text: string;
}

export interface Suggestions {
  empathy: Candidate[];
  clarification: Candidate[];
  resolution: Candidate[];
  /** The follow-up promise (deadline + channel) that goes with the resolution. */
  followUp?: Candidate;
  /** Present when escalation is high: show it, and the hand-over leads the resolution slot. */
  flag?: EscalationFlag;
}

export interface SuggestOptions {
  now: Date;
  /** Values the panel knows (agent.name, deadline…); they win over what the conversation gives. */
  values?: VariableValues;
  /** Language of the reasons and the flag; defaults to English. */
  uiLanguage?: Language;
  /** Candidate keys the agent dismissed in this conversation: they are not offered again. */
  dismissed?: Iterable<string>;
  /** Candidates per slot, 1–3 (default 3). */
  limit?: number;
}

/** Tags that say nothing about the topic (kinds, structure, the 3F mark). */
const STRUCTURE_TAGS = new Set([
  '3f',
  'options',
  'mirror',
  'confirm',
  'details',
  'pending',
  'resolved',
  'unresolved',
  '方案',
  '确认',
  '复述',
  '致歉',
  '开场',
  '结束',
]);
const TONE_LEVEL: Record<Tone, number> = { low: 0, medium: 1, high: 2 };
const OPTIONS = /方案一|方案二|option a|option b/i;

export function candidateKey(template: Pick<LibraryTemplate, 'packId' | 'id'>): string {
  return `${template.packId}/${template.id}`;
}

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

interface Context {
  analysis: Analysis;
  customerText: string;
  values: VariableValues;
  now: Date;
  ui: Language;
}

function topicScore(
  template: LibraryTemplate,
  context: Context,
  slot: Candidate['slot'],
): { score: number; matched: string[]; unmatched: string[] } {
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const tag of template.tags) {
    const key = tag.toLowerCase();
    if (STRUCTURE_TAGS.has(key) || key === template.scenario || TONE_TAGS[key]) continue;
    // A clarification tagged "photo" asks for photos; the customer mentioning one is no reason to pick it.
    if (slot === 'clarification' && Object.values(ASKS_FOR).some((asks) => asks.test(key))) continue;
    const words = TOPIC_WORDS[key] ?? [fold(key)];
    if (words.some((word) => context.customerText.includes(word))) matched.push(tag);
    else unmatched.push(tag);
  }
  return { score: Math.min(3, matched.length * 1.5), matched, unmatched };
}

function cursorValue(fill: CursorFill['fill'], analysis: Analysis): string | undefined {
  const { facts } = analysis;
  const counted = facts.dates.filter((date) => date.days !== undefined);
  switch (fill) {
    case 'days': {
      const days = Math.max(0, ...counted.map((date) => date.days ?? 0));
      return days ? String(days) : undefined;
    }
    case 'duration':
      return counted[0]?.text;
    case 'date': {
      // The template supplies its own preposition ("was due on {{cursor}}"): "since Nov 17" → "Nov 17".
      const text = facts.dates.find(
        (date) => date.days === undefined || !/\d\s*(?:天|day|week|周|月|month)/i.test(date.text),
      )?.text;
      return text?.replace(/^(?:since|from|on|by|until|till|自从|从|自)\s*/i, '');
    }
    case 'errorMessage':
      return analysis.errorMessages[0]?.text;
    case 'product':
      return facts.products[0]?.text;
    case 'problem':
      // The customer's own word for what went wrong ("cracked", 闪退), when the scenario has one.
      return analysis.scenario === 'general' ? undefined : analysis.scenarioKeywords[0];
    case 'contacts': {
      const count = analysis.escalation.reasons.find((reason) => reason.code === 'repeated-contact')?.count;
      return count ? String(count) : undefined;
    }
  }
}

interface Rendered {
  text: string;
  cursor?: number;
  missing: string[];
  /** The cursor was filled from the facts. */
  filled: boolean;
  /** An unfilled cursor sits mid-sentence: the text reads with a gap until the agent types. */
  gap: boolean;
}

function render(template: LibraryTemplate, context: Context): Rendered {
  let body = template.body;
  let filled = false;
  const cursor = parseVariables(body).find((token) => token.name === 'cursor');
  if (cursor) {
    const before = body.slice(0, cursor.start);
    const after = body.slice(cursor.end);
    for (const rule of CURSOR_FILLS) {
      if ((rule.before && !rule.before.test(before)) || (rule.after && !rule.after.test(after))) continue;
      const value = cursorValue(rule.fill, context.analysis)?.replace(/[{}]/g, '');
      if (!value) continue;
      body = `${before}${value}${after}`;
      filled = true;
      break;
    }
  }
  const result = renderTemplate(body, { values: context.values, locale: template.locale, now: context.now });
  let gap = false;
  if (result.cursor !== undefined) {
    const left = result.text.slice(0, result.cursor).trimEnd();
    const right = result.text.slice(result.cursor).trimStart();
    // A cursor at the end of a line is a place to write; one between words leaves a hole.
    gap = left !== '' && !/[\n:：。.!?！？]$/.test(left) && right !== '' && !right.startsWith('\n');
  }
  return { ...result, filled, gap };
}

function renderScore(rendered: Rendered): number {
  return (rendered.filled ? 0.5 : 0) - (rendered.gap ? 2 : 0) - rendered.missing.length * 0.6;
}

function empathyScore(template: LibraryTemplate, context: Context): number {
  const { label, intensity } = context.analysis.emotion;
  const customerTone = label === 'neutral' ? 'low' : toneOf(intensity);
  let score = 0;
  let toned = false;
  for (const tag of template.tags) {
    const tone = TONE_TAGS[tag.toLowerCase()];
    if (!tone) continue;
    toned = true;
    if (tone.emotions.includes(label)) score += 2;
    score -= Math.abs(TONE_LEVEL[tone.tone] - TONE_LEVEL[customerTone]) * 0.8;
  }
  // Without a feeling tag a template is middle-of-the-road: a fair fit for a calm customer.
  if (!toned) score -= Math.abs(TONE_LEVEL.medium - TONE_LEVEL[customerTone]) * 0.4;
  if (template.tags.includes('3f')) score += 0.5;
  return score;
}

function asksFor(template: LibraryTemplate): MissingName[] {
  const body = fold(template.body);
  return (Object.keys(ASKS_FOR) as MissingName[]).filter((name) => ASKS_FOR[name].test(body));
}

function clarificationScore(template: LibraryTemplate, context: Context): { score: number; asked: MissingName[] } {
  const { missing, scenario } = context.analysis;
  const asks = asksFor(template);
  const needed = new Set(REQUIREMENTS[scenario].flatMap((requirement) => requirement.names));
  const asked = asks.filter((name) => missing.includes(name));
  const redundant = asks.filter((name) => needed.has(name) && !missing.includes(name));
  let score = asked.length * 2 - redundant.length * 1.5 - Math.max(0, asks.length - 2) * 0.5;
  const mirror = template.tags.some((tag) => MIRROR_TAGS.includes(tag.toLowerCase()));
  if (!missing.length && mirror) score += 3;
  if (missing.length && !asked.length) score -= 1;
  return { score, asked };
}

export function suggestReplies(
  conversation: Conversation,
  analysis: Analysis,
  templates: readonly LibraryTemplate[],
  { now, values = {}, uiLanguage = 'en', dismissed = [], limit = 3 }: SuggestOptions,
): Suggestions {
  const skip = new Set(dismissed);
  const inLanguage = templates.filter((template) => languageOf(template.locale) === analysis.language);
  const pool = (inLanguage.length ? inLanguage : templates).filter((template) => !skip.has(candidateKey(template)));
  const context: Context = {
    analysis,
    customerText: conversation.messages
      .filter((message) => message.role === 'customer')
      .map((message) => fold(message.text))
      .join('\n'),
    values: {
      ...conversationValues(conversation),
      ...(analysis.facts.orderIds.at(-1) ? { 'order.id': analysis.facts.orderIds.at(-1)!.value } : {}),
      ...values,
    },
    now,
    ui: uiLanguage,
  };
  const count = Math.min(3, Math.max(1, limit));
  const high = analysis.escalation.level === 'high';
  const safety = analysis.escalation.reasons.some((reason) => reason.code === 'safety');
  // A hand-over answers threats, abuse and repeated contact; a safety incident has its own phrasing.
  const handoverDue = analysis.escalation.reasons.some((reason) => reason.level === 'high' && reason.code !== 'safety');
  const isSafety = (template: LibraryTemplate) => template.tags.some((tag) => SAFETY_TAGS.includes(tag.toLowerCase()));

  const pick = (
    slot: Candidate['slot'],
    kinds: readonly TemplateKind[],
    score: (template: LibraryTemplate) => { score: number; reason: string; handover?: boolean },
    filter: (template: LibraryTemplate) => boolean = () => true,
    take = count,
  ): Candidate[] => {
    const ranked = pool
      .filter((template) => kinds.includes(template.kind) && filter(template))
      .filter((template) => template.scenario === analysis.scenario || template.scenario === 'general')
      .map((template) => {
        const rendered = render(template, context);
        const own = score(template);
        const topic = topicScore(template, context, slot);
        // Empathy and mirroring restate the customer's fact: a template about a fact they never
        // mentioned ("you've contacted us several times", "the tracking shows delivered") would be
        // wrong, not just less fitting. A resolution built on an unmentioned fact ("the parcel is
        // lost") fits less well too.
        const mirrors = template.tags.some((tag) => MIRROR_TAGS.includes(tag.toLowerCase()));
        const claims = topic.unmatched.length * (slot === 'empathy' || mirrors ? 1.2 : template.kind === 'resolution' ? 0.6 : 0);
        const total =
          (template.scenario === analysis.scenario ? 3 : 1) + topic.score - claims + renderScore(rendered) + own.score;
        const candidate: Candidate = {
          slot,
          key: candidateKey(template),
          template,
          text: rendered.text,
          missing: rendered.missing,
          reason: own.reason,
          score: Math.round(total * 100) / 100,
          ...(rendered.cursor === undefined ? {} : { cursor: rendered.cursor }),
          ...(own.handover ? { handover: true } : {}),
        };
        return candidate;
      });
    // Stable: equal scores keep the pack's order, which is sorted by id.
    return ranked.sort((a, b) => b.score - a.score).slice(0, take);
  };

  // Empathy is for a feeling: a calm or pleased customer gets none (performed empathy rings false),
  // unless something is flagged.
  const feels = !['neutral', 'positive'].includes(analysis.emotion.label) || analysis.escalation.level !== 'none';
  const empathy = feels
    ? pick('empathy', ['empathy'], (template) => ({
        score: empathyScore(template, context) + (isSafety(template) ? (safety ? 4 : -4) : 0),
        reason: empathyReason(analysis, uiLanguage),
      }))
    : [];

  const clarification = analysis.resolved
    ? []
    : pick('clarification', ['clarification'], (template) => {
        const { score, asked } = clarificationScore(template, context);
        return { score, reason: clarificationReason(analysis, asked, uiLanguage) };
      });

  const isHandover = (template: LibraryTemplate) => template.tags.some((tag) => HANDOVER_TAGS.includes(tag.toLowerCase()));
  let resolution: Candidate[];
  if (analysis.resolved) {
    resolution = pick(
      'resolution',
      ['closing'],
      () => ({ score: 0, reason: resolutionReason(analysis, uiLanguage, false) }),
      (template) => template.tags.includes('resolved'),
    );
  } else {
    resolution = pick('resolution', ['resolution'], (template) => {
      const handover = handoverDue && isHandover(template);
      const forSafety = isSafety(template);
      return {
        score:
          (OPTIONS.test(template.body) ? 1 : 0) +
          (handover ? 10 : 0) -
          (!handoverDue && isHandover(template) ? 1 : 0) +
          (forSafety ? (safety ? 10 : -4) : 0),
        reason: resolutionReason(analysis, uiLanguage, handover, forSafety && safety),
        ...(handover ? { handover } : {}),
      };
    });
  }

  const followUp = pick(
    'followUp',
    ['followup'],
    () => ({ score: 0, reason: followUpReason(analysis, uiLanguage) }),
    (template) => template.tags.includes(analysis.resolved ? 'resolved' : 'pending'),
    1,
  )[0];

  return {
    empathy,
    clarification,
    resolution,
    ...(followUp ? { followUp } : {}),
    ...(high
      ? {
          flag: {
            level: 'high' as const,
            reasons: analysis.escalation.reasons.filter((reason) => reason.level === 'high'),
            text: flagText(analysis, uiLanguage),
          },
        }
      : {}),
  };
}

/** The best candidate of each slot as the `analyze` contract prints it. */
export function topSuggestions(suggestions: Suggestions): { kind: Slot; text: string; templateId: string }[] {
  return SLOTS.flatMap((slot) => {
    const best = suggestions[slot][0];
    return best ? [{ kind: slot, text: best.text, templateId: best.template.id }] : [];
  });
}
