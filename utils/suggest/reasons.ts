/** The one-line "why this suggestion" texts, in the agent's UI language. */
import type { Analysis } from '../conversation/analyze';
import { describeReason } from '../conversation/escalation';
import type { Language, MissingName } from '../conversation/labels';
import { REASON_WORDS, TONE_BOUNDS, type Tone } from './data';

export function toneOf(intensity: number): Tone {
  return intensity >= TONE_BOUNDS.high ? 'high' : intensity >= TONE_BOUNDS.medium ? 'medium' : 'low';
}

/** The fact that best sums up the wait or the problem: "3 天了", "2 weeks", an error code. */
export function keyFact(analysis: Analysis): string | undefined {
  const { facts } = analysis;
  const counted = facts.dates.filter((date) => date.days !== undefined).sort((a, b) => (b.days ?? 0) - (a.days ?? 0))[0];
  return (counted ?? facts.dates[0])?.text ?? facts.errorCodes[0]?.text ?? facts.products[0]?.text;
}

export function empathyReason(analysis: Analysis, ui: Language): string {
  const words = REASON_WORDS[ui];
  const { label, intensity } = analysis.emotion;
  const feeling = `${label === 'neutral' ? '' : words.tone[toneOf(intensity)]}${words.emotion[label]}`;
  const topic = words.topic[analysis.scenario];
  const fact = keyFact(analysis);
  return ui === 'zh'
    ? `客户因${topic}的事${feeling}${fact ? `（${fact}）` : ''}`
    : `customer ${feeling} about ${topic}${fact ? ` (${fact})` : ''}`;
}

export function missingList(missing: readonly MissingName[], ui: Language): string {
  const words = REASON_WORDS[ui];
  return missing.map((name) => words.missing[name]).join(words.separator);
}

export function clarificationReason(analysis: Analysis, asked: readonly MissingName[], ui: Language): string {
  if (!analysis.missing.length)
    return ui === 'zh' ? '信息已齐：复述问题，请客户确认' : 'all facts in hand: mirror the problem and confirm';
  const still = missingList(analysis.missing, ui);
  if (!asked.length) return ui === 'zh' ? `还缺：${still}` : `still needed: ${still}`;
  return ui === 'zh'
    ? `还缺：${still}；这条先问${missingList(asked, ui)}`
    : `still needed: ${still}; this asks for ${missingList(asked, ui)}`;
}

export function resolutionReason(analysis: Analysis, ui: Language, handover: boolean, safety = false): string {
  const words = REASON_WORDS[ui];
  if (handover) {
    const why = analysis.escalation.reasons.find((reason) => reason.level === 'high');
    const detail = why ? describeReason(why) : '';
    return ui === 'zh'
      ? `升级风险高（${detail}）：转交主管并说明时间`
      : `escalation high (${detail}): hand over to a senior colleague`;
  }
  if (analysis.resolved)
    return ui === 'zh' ? '客户确认已解决：简要回顾并结束' : 'customer confirms it is solved: recap and close';
  const topic = words.topic[analysis.scenario];
  if (safety)
    return ui === 'zh'
      ? '安全问题：停用、回收、赔付，并说明联系时间'
      : 'safety first: stop use, collect, refund, and say when we call';
  return ui === 'zh' ? `${topic}：给出方案和时间，让客户选择` : `fix for ${topic}: options with a time, customer chooses`;
}

export function followUpReason(analysis: Analysis, ui: Language): string {
  if (analysis.resolved) return ui === 'zh' ? '已解决：回访确认' : 'solved: check back later';
  return ui === 'zh' ? '承诺跟进：给出时限和联系渠道' : 'promise a follow-up: a deadline and a channel';
}

export function flagText(analysis: Analysis, ui: Language): string {
  const reasons = analysis.escalation.reasons.filter((reason) => reason.level === 'high').map(describeReason);
  return ui === 'zh' ? `建议升级处理：${reasons.join('；')}` : `Escalate: ${reasons.join('; ')}`;
}
