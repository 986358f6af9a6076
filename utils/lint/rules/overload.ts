import { RULE_TITLES } from '../data/messages';
import { OVERLOAD, OVERLOAD_WORDS, POINT_MARKERS, STEP_LINE } from '../data/overload';
import type { Rule } from '../rule';

const STEP = new RegExp(STEP_LINE, 'gm');
const POINTS = POINT_MARKERS.map((source) => new RegExp(source, 'i'));
const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;
const WORDLIKE = /[\p{L}\p{N}]/u;

export const overload: Rule = {
  info: { id: 'overload', defaultSeverity: 'info', scope: 'message', replaces: false, title: RULE_TITLES.overload },
  check(ctx) {
    const { text, draft } = ctx;
    const lang = draft.lang ?? 'en';
    const sentences = draft.sentences.filter((s) => WORDLIKE.test(text.slice(s.start, s.end)));
    const questions = sentences.filter((s) => s.question).length;
    const numbered = (text.match(STEP)?.length ?? 0) >= 2;
    const size = lang === 'zh' ? text.replace(/\s/g, '').length : (text.match(WORD)?.length ?? 0);
    const limit = (lang === 'zh' ? OVERLOAD.maxCharsZh : OVERLOAD.maxWordsEn) * (numbered ? OVERLOAD.numberedFactor : 1);
    const tooLong = size > limit;
    const tooManySentences = !numbered && sentences.length > OVERLOAD.maxSentences;
    const tooManyQuestions = questions > OVERLOAD.maxQuestions;
    // "One key point per message": four announced points (首先…其次…再次…最后) overload a chat reply
    // whatever its length, unless they are already numbered lines.
    const tooManyPoints = !numbered && POINTS.filter((point) => point.test(text)).length > OVERLOAD.maxPoints;
    if (!tooLong && !tooManySentences && !tooManyQuestions && !tooManyPoints) return [];

    const words = OVERLOAD_WORDS[lang];
    const ui = OVERLOAD_WORDS[ctx.ui];
    const detail = [
      (ctx.ui === 'zh' || lang === 'zh' ? ui.chars : ui.words).replace('{n}', String(size)),
      ui.sentences.replace('{n}', String(sentences.length)),
      ...(questions ? [ui.questions.replace('{n}', String(questions))] : []),
    ].join(ctx.ui === 'zh' ? '\uFF0C' : ', ');
    const pieces = sentences.map((s) => ctx.original.slice(s.start, s.end).trim());
    const [first = '', ...rest] = pieces;
    const suggestions = [
      numbered || !rest.length ? pieces.join('\n\n') : [first, ...rest.map((piece, i) => `${i + 1}. ${piece}`)].join('\n'),
    ];
    if (tooManyQuestions) {
      const asks = sentences.filter((s) => s.question).slice(0, 2);
      suggestions.push(
        `${words.askFirst}\n${asks.map((s, i) => `${i + 1}. ${ctx.original.slice(s.start, s.end).trim()}`).join('\n')}`,
      );
    }
    return [{ start: 0, end: text.length, suggestions, vars: { detail } }];
  },
};
