/**
 * A small reading of the conversation for `closing-mismatch`: is the customer upset, is the
 * problem solved. The conversation analysis can override both through LintOptions; these cues are
 * the fallback. Regex sources, sorted within each list.
 */

/** In the customer's latest turns: anger, disappointment, impatience. */
export const UPSET_CUES = [
  '!{2,}|！{2,}|[??]{2,}',
  '12315|投诉|曝光|律师|差评|骗子|骗人|坑人|垃圾|破(?:玩意|东西|软件|App|app|系统)|什么破',
  '\\b(?:angry|annoyed|anxious|awful|complaint|desperate|disappointed|disgusted|fed up|frustrated|furious|horrible|joke|lawyer|livid|pathetic|panicking|ridiculous|scam|sick of|stressed|terrible|unacceptable|unhappy|upset|useless|worried|worst)\\b',
  "\\b(?:chargeback|never again|how many (?:more )?times|still (?:not|no|hasn't|haven't|waiting|broken|nothing)|waste of)\\b",
  '不满|失望|太差|差劲|无语|受不了|烦死|气死|生气|愤怒|恶心|离谱|过分|凭什么|搞什么|怎么搞的|怎么回事|到底|急死|崩溃|郁闷|等了(?:很久|好久|半天|一周|一个星期|半个月|\\d+\\s*天)|还没(?:到|收到|发|退|解决|处理|回复)|又(?:坏|出问题|不行)',
  // Worry and waiting count as much as anger: a cheerful goodbye grates on both.
  '着急|很急|急用|焦急|心急|担心|害怕|慌了|怎么还(?:不|没)|还不(?:发|到|退|给|处理|回复)|都(?:一周|一个星期|一个月|半个月|好几天|几天|\\d+\\s*天)了|被盗刷|盗刷',
];

/** Shouting: a word in capitals that is not an acronym (AGAIN, STILL, NEVER). Matched case-sensitively. */
export const SHOUTING_CUES =
  '\\b(?:AGAIN|STILL|NEVER|NOTHING|NOBODY|WHY|WHERE|NOW|SERIOUSLY|WORST|USELESS|ANYONE|HELLO)\\b(?![.-]?[A-Z0-9])';

/** In the customer's latest turn: the problem is gone. */
export const RESOLVED_CUES = [
  "\\b(?:all good|all set|fixed|got it|it works|it's working|perfect|problem solved|received it|resolved|solved|sorted|that did it|that fixed it|that helped|that worked|works now|working now)\\b",
  '解决了|好了|可以了|搞定|收到了|已收到|到了|没问题了|正常了|恢复了|能用了|能登录了|登上了|明白了|清楚了',
];

/** In the customer's latest turn: still broken or still waiting, whatever else they say. */
export const OPEN_CUES = [
  "\\b(?:doesn't work|didn't work|not working|still|waiting for|keep me posted|let me know|any update|hasn't|haven't|isn't|not yet)\\b",
  '还是不行|还不行|不行|没解决|没有解决|没用|还没|没收到|没到|没反应|失败|等你们|等您|等消息|等通知|有消息|怎么办|什么时候',
];

/**
 * In the customer's latest turn: a problem named (down, broken, 漏水). It means "still open" only when
 * the turn does not also say it is solved ("it was broken, works now, thanks").
 */
export const PROBLEM_CUES = [
  "\\b(?:down|broken|crash(?:es|ed|ing)?|stuck|lost|missing|damaged|double[- ]charged|charged (?:me )?twice|won't (?:open|load|start|connect|turn on)|can't (?:log ?in|sign in|access|connect)|not (?:arrived|delivered|received|working))\\b",
  '坏了|漏水|不制冷|不出水|打不开|登不上|登录不了|闪退|卡死|没到账|丢了|丢件|被盗刷|盗刷|破损|少发|错发|重复扣|扣了两次|没收到|收不到|不能用|用不了',
];

/** In the draft itself: the agent says the matter is still open. */
export const PENDING_CUES = [
  "\\b(?:I'll|I will|we'll|we will) (?:check|confirm|find out|investigate|look into|update you|get back to you|follow up|chase|contact|escalate)\\b",
  "\\b(?:we're|we are|I'm|I am|they're|they are|still) (?:still )?(?:checking|investigating|looking into|waiting|working on)\\b",
  "\\b(?:isn't|is not|hasn't been|has not been|not yet|hasn't|has not) (?:yet )?(?:resolved|fixed|restored|arrived|refunded|found|solved|back)\\b",
  "\\b(?:isn't|is not|aren't|are not|hasn't|haven't|has not|have not|not)\\b[^.!?]{0,30}\\byet\\b",
  '正在(?:核实|排查|处理|调查|跟进|确认|联系|催|修复)|还在(?:处理|排查|核实|路上|跟进)|尚未|还没(?:有)?(?:解决|修复|恢复|到账|找到|查到|送到|发出)|核实后|排查后|有(?:结果|进展|消息)(?:了)?(?:再|会|后)|(?:会|将)(?:继续)?跟进|(?:会|将)(?:再)?(?:联系|回复|通知)您',
];
