/**
 * `analyzeConversation`: everything Deskmate understands about the conversation on screen — the
 * customer's emotion, the scenario, the facts (with spans), what is still missing, and whether to
 * escalate. Pure and fast (well under 2 ms for 50 messages), so the panel can rerun it on every new
 * message. `analyzeReport` gives the `deskmate analyze --json` contract shape.
 */
import { detectEmotion, type EmotionResult } from './emotion';
import { describeReason, detectEscalation, type Escalation } from './escalation';
import { extractFacts, type Facts, type Mention } from './facts';
import type { Language, MissingName, Scenario } from './labels';
import { closesMatter, findMissing } from './missing';
import { prepare } from './prepare';
import { detectScenario } from './scenario';
import { customerLanguage, type Conversation } from './types';

export interface AnalyzeOptions {
  /** "Now", for counting days in "since Monday"; defaults to the current time. */
  now?: Date;
}

export interface Analysis {
  /** The customer's language ('en' when they haven't written yet). */
  language: Language;
  emotion: EmotionResult;
  scenario: Scenario;
  /** Score per scenario (the runner-up hints at a second issue). */
  scenarioScores: Record<Scenario, number>;
  /** The words that decided the scenario. */
  scenarioKeywords: string[];
  facts: Facts;
  /** Quoted error texts, with spans. */
  errorMessages: Mention[];
  /** Steps the customer already tried, with spans. */
  stepsTried: Mention[];
  missing: MissingName[];
  /** The latest customer turn closes the matter (thanks, confirmed fix, accepted next step). */
  resolved: boolean;
  escalation: Escalation;
  /** Message indices of the customer's latest turn. */
  latestTurn: number[];
}

export function analyzeConversation(conversation: Conversation, { now = new Date() }: AnalyzeOptions = {}): Analysis {
  const prepared = prepare(conversation);
  const extraction = extractFacts(prepared, { now });
  const emotion = detectEmotion(prepared);
  const scenario = detectScenario(prepared, extraction.facts);
  return {
    language: customerLanguage(conversation) ?? 'en',
    emotion,
    scenario: scenario.scenario,
    scenarioScores: scenario.scores,
    scenarioKeywords: scenario.keywords,
    facts: extraction.facts,
    errorMessages: extraction.errorMessages,
    stepsTried: extraction.stepsTried,
    missing: findMissing(prepared, scenario.scenario, extraction, emotion),
    resolved: closesMatter(prepared, emotion),
    escalation: detectEscalation(prepared),
    latestTurn: prepared.latest,
  };
}

/** One suggestion as the contract prints it. */
export interface ReportSuggestion {
  kind: string;
  text: string;
  templateId: string;
}

/** The `deskmate analyze --json` document (../shared/ARCHITECTURE.md), key order as documented. */
export interface AnalyzeReport {
  language: Language;
  emotion: { label: string; intensity: number; cues: string[] };
  scenario: Scenario;
  facts: {
    orderIds: string[];
    trackingNumbers: string[];
    amounts: { value: number; currency?: string; text: string }[];
    dates: string[];
    phones: string[];
    emails: string[];
    errorCodes: string[];
    products: string[];
  };
  missing: MissingName[];
  escalate: { level: string; reasons: string[] };
  suggestions: ReportSuggestion[];
}

export function analyzeReport(analysis: Analysis, suggestions: ReportSuggestion[] = []): AnalyzeReport {
  const { facts } = analysis;
  const values = (list: { value: string }[]) => list.map((fact) => fact.value);
  return {
    language: analysis.language,
    emotion: {
      label: analysis.emotion.label,
      intensity: analysis.emotion.intensity,
      cues: [...new Set(analysis.emotion.cues.map((cue) => cue.text))],
    },
    scenario: analysis.scenario,
    facts: {
      orderIds: values(facts.orderIds),
      trackingNumbers: values(facts.trackingNumbers),
      amounts: facts.amounts.map((fact) => ({
        value: fact.amount,
        ...(fact.currency ? { currency: fact.currency } : {}),
        text: fact.text,
      })),
      dates: values(facts.dates),
      phones: values(facts.phones),
      emails: values(facts.emails),
      errorCodes: values(facts.errorCodes),
      products: values(facts.products),
    },
    missing: analysis.missing,
    escalate: { level: analysis.escalation.level, reasons: analysis.escalation.reasons.map(describeReason) },
    suggestions: suggestions.map(({ kind, text, templateId }) => ({ kind, text, templateId })),
  };
}
