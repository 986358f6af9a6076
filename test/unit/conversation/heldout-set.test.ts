import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DevCase } from '../../bench/analysis';
import { EMOTIONS, ESCALATION_LEVELS, FACT_TYPES, MISSING_NAMES, SCENARIOS } from '../../../utils/conversation/labels';
import { ROLES } from '../../../utils/conversation/types';
import { labelledFacts, squash } from './helpers';

// The held-out set behind the bench's second column: same format and labelling rules as dev.jsonl,
// written by other voices and never tuned on. Its figures are measured by the bench, not asserted here.
const read = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DevCase);
const cases = read('test/fixtures/conversations/heldout.jsonl');
const dev = read('test/fixtures/conversations/dev.jsonl');

describe('test/fixtures/conversations/heldout.jsonl', () => {
  it('has at least 160 conversations, 70+ in Chinese and 70+ in English, plus some mixed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(160);
    expect(cases.filter((c) => c.lang === 'zh').length).toBeGreaterThanOrEqual(70);
    expect(cases.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(70);
    expect(cases.filter((c) => c.lang === 'mixed').length).toBeGreaterThan(0);
  });

  it('uses unique ids, none shared with the development set, and only known labels', () => {
    const devIds = new Set(dev.map((c) => c.id));
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(devIds.has(c.id), c.id).toBe(false);
      expect(Object.keys(c).filter((key) => key !== 'note')).toEqual(['id', 'lang', 'conversation', 'expect']);
      expect(Object.keys(c.expect)).toEqual(['emotion', 'scenario', 'escalation', 'facts', 'missing']);
      expect(EMOTIONS).toContain(c.expect.emotion);
      expect(SCENARIOS).toContain(c.expect.scenario);
      expect(ESCALATION_LEVELS).toContain(c.expect.escalation);
      for (const type of Object.keys(c.expect.facts)) expect(FACT_TYPES).toContain(type);
      for (const name of c.expect.missing) expect(MISSING_NAMES).toContain(name);
      expect(c.expect.missing).toEqual([...c.expect.missing].sort());
      for (const message of c.conversation.messages) {
        expect(ROLES).toContain(message.role);
        expect(message.text.trim()).not.toBe('');
      }
    }
  });

  it('shares no customer message with the development set (it was written fresh)', () => {
    const devTexts = new Set(dev.flatMap((c) => c.conversation.messages.map((m) => squash(m.text))));
    const copied = cases.filter((c) =>
      c.conversation.messages.some((m) => m.role === 'customer' && m.text.length > 12 && devTexts.has(squash(m.text))),
    );
    expect(copied.map((c) => c.id)).toEqual([]);
  });

  it('labels facts as they are written in the customer messages', () => {
    for (const c of cases) {
      for (const { type, text, written } of labelledFacts(c)) expect(written, `${c.id} ${type} ${text}`).toBe(true);
    }
  });

  it('covers every scenario, emotion and escalation level', () => {
    for (const scenario of SCENARIOS)
      expect(cases.filter((c) => c.expect.scenario === scenario).length, scenario).toBeGreaterThanOrEqual(10);
    for (const emotion of EMOTIONS)
      expect(cases.filter((c) => c.expect.emotion === emotion).length, emotion).toBeGreaterThanOrEqual(10);
    for (const level of ESCALATION_LEVELS)
      expect(cases.filter((c) => c.expect.escalation === level).length, level).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.conversation.messages.some((m) => m.role === 'agent')).length).toBeGreaterThanOrEqual(15);
  });
});
