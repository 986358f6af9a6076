import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DevCase } from '../../bench/analysis';
import { EMOTIONS, ESCALATION_LEVELS, FACT_TYPES, MISSING_NAMES, SCENARIOS } from '../../../utils/conversation/labels';
import { ROLES } from '../../../utils/conversation/types';
import { labelledFacts } from './helpers';

// The labelled development set behind `npm run bench analysis`: well-formed, big enough, balanced.
// Its targets are measured by the bench, not asserted here.
const lines = readFileSync('test/fixtures/conversations/dev.jsonl', 'utf8').split('\n').filter(Boolean);
const cases = lines.map((line) => JSON.parse(line) as DevCase);

describe('test/fixtures/conversations/dev.jsonl', () => {
  it('has at least 200 conversations, 90+ in Chinese and 90+ in English, plus some mixed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => c.lang === 'zh').length).toBeGreaterThanOrEqual(90);
    expect(cases.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(90);
    expect(cases.filter((c) => c.lang === 'mixed').length).toBeGreaterThan(0);
  });

  it('uses unique ids and only known labels', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(Object.keys(c).filter((key) => key !== 'note')).toEqual(['id', 'lang', 'conversation', 'expect']);
      expect(Object.keys(c.expect)).toEqual(['emotion', 'scenario', 'escalation', 'facts', 'missing']);
      expect(['zh', 'en', 'mixed']).toContain(c.lang);
      expect(EMOTIONS).toContain(c.expect.emotion);
      expect(SCENARIOS).toContain(c.expect.scenario);
      expect(ESCALATION_LEVELS).toContain(c.expect.escalation);
      for (const type of Object.keys(c.expect.facts)) expect(FACT_TYPES).toContain(type);
      for (const name of c.expect.missing) expect(MISSING_NAMES).toContain(name);
      expect(c.expect.missing).toEqual([...c.expect.missing].sort());
    }
  });

  it('holds real conversations: customer messages, valid roles, non-empty text', () => {
    for (const c of cases) {
      expect(
        c.conversation.messages.some((m) => m.role === 'customer'),
        c.id,
      ).toBe(true);
      for (const message of c.conversation.messages) {
        expect(ROLES).toContain(message.role);
        expect(message.text.trim()).not.toBe('');
      }
    }
  });

  it('labels facts as they are written in the customer messages', () => {
    for (const c of cases) {
      for (const { type, text, value, written } of labelledFacts(c)) {
        expect(written, `${c.id} ${type} ${text}`).toBe(true);
        expect(
          type === 'amounts'
            ? typeof value === 'object' && typeof (value as { value?: unknown }).value === 'number'
            : typeof value === 'string',
        ).toBe(true);
      }
    }
  });

  it('covers every scenario, emotion and escalation level, with multi-turn cases', () => {
    for (const scenario of SCENARIOS)
      expect(cases.filter((c) => c.expect.scenario === scenario).length, scenario).toBeGreaterThanOrEqual(15);
    for (const emotion of EMOTIONS)
      expect(cases.filter((c) => c.expect.emotion === emotion).length, emotion).toBeGreaterThanOrEqual(15);
    for (const level of ESCALATION_LEVELS)
      expect(cases.filter((c) => c.expect.escalation === level).length, level).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.conversation.messages.some((m) => m.role === 'agent')).length).toBeGreaterThanOrEqual(30);
  });
});
