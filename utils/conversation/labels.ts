/** The fixed label sets of the `analyze` contract (../shared/ARCHITECTURE.md) and shared shapes. */
export { SCENARIOS, type Scenario } from '../packs/types';

export const EMOTIONS = ['angry', 'anxious', 'disappointed', 'confused', 'neutral', 'positive'] as const;
export type Emotion = (typeof EMOTIONS)[number];

export const ESCALATION_LEVELS = ['none', 'watch', 'high'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const MISSING_NAMES = [
  'orderId',
  'trackingNumber',
  'amount',
  'paymentMethod',
  'errorMessage',
  'steps',
  'device',
  'appVersion',
  'network',
  'productModel',
  'purchaseDate',
  'photos',
  'accountId',
  'contact',
] as const;
export type MissingName = (typeof MISSING_NAMES)[number];

export const FACT_TYPES = [
  'orderIds',
  'trackingNumbers',
  'amounts',
  'dates',
  'phones',
  'emails',
  'errorCodes',
  'products',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Where something was found: the message's index in `conversation.messages` and UTF-16 offsets in its text. */
export interface Span {
  message: number;
  start: number;
  end: number;
}

export type Language = 'zh' | 'en';
