/**
 * Internal and technical words in customer-facing text, each with the plain words to use instead.
 * A term the customer used first is theirs to hear back, so it is not flagged. Everyday technical
 * words most customers know (清除缓存 / clear the cache) are `info`, internal terms `warning`.
 * Sorted by key within each language.
 */
import type { Term } from '../terms';
import type { Severity } from '../types';

export interface JargonTerm extends Term {
  plain: string;
  severity?: Severity;
}

export const JARGON: readonly JargonTerm[] = [
  { key: 'SKU', lang: 'zh', pattern: '(?<![A-Za-z])SKU(?![A-Za-z])', plain: '商品款式' },
  { key: '上游', lang: 'zh', notBefore: '[河游水]', plain: '合作方' },
  { key: '二线', lang: 'zh', notAfter: '[一三]', notBefore: '城市', plain: '专门负责的同事' },
  {
    key: '升级处理',
    lang: 'zh',
    pattern: '升级(?:到|给|至)?(?:二线|高级|专员|上级)?(?:处理|跟进)',
    plain: '交给专门负责的同事处理',
  },
  {
    key: '后台',
    lang: 'zh',
    notAfter: '从|切到|退到|放到|退出到|清理',
    notBefore: '运行|关闭|清理|刷新|划掉|应用|程序|杀掉|挂起|常驻|保活|进程|播放|下载|自启|权限|耗电',
    plain: '我们的系统',
  },
  { key: '回滚', lang: 'zh', plain: '恢复到之前的版本' },
  { key: '宕机', lang: 'zh', plain: '系统暂时出了故障' },
  { key: '工单', lang: 'zh', pattern: '工单(?:号)?', plain: '服务记录' },
  { key: '排期', lang: 'zh', plain: '安排的时间' },
  {
    key: '接口',
    lang: 'zh',
    notAfter: '充电|USB|usb|Type-C|type-c|耳机|电源|网线|HDMI|hdmi|数据线|插|的',
    notBefore: '松|坏|接触|进水|氧化|处',
    plain: '系统之间的连接',
  },
  { key: '数据库', lang: 'zh', plain: '系统记录' },
  { key: '服务器负载', lang: 'zh', pattern: '服务器(?:负载|压力)(?:过高|太高|高|大|过大)?', plain: '现在使用的人比较多' },
  { key: '灰度', lang: 'zh', pattern: '灰度(?:发布|测试|上线|版本|中)?', plain: '新版本正在分批推送' },
  { key: '缓存', lang: 'zh', plain: 'App 里的临时数据', severity: 'info' },
  { key: '风控', lang: 'zh', plain: '安全检查' },

  { key: 'API', lang: 'en', pattern: '\\bAPIs?\\b', plain: 'connection between our systems' },
  {
    key: 'L2',
    lang: 'en',
    pattern: '\\b(?:L[123]|T[123]|tier[ -]?(?:[123]|one|two|three))(?: support| team| agents?)?\\b',
    plain: 'specialist team',
  },
  { key: 'RCA', lang: 'en', pattern: '\\b(?:RCA|root cause analysis|post-?mortem)\\b', plain: 'review of what went wrong' },
  { key: 'SKU', lang: 'en', pattern: '\\bSKUs?\\b', plain: 'item' },
  { key: 'SLA', lang: 'en', pattern: '\\bSLAs?\\b', plain: 'response-time promise' },
  { key: 'backend', lang: 'en', pattern: '\\bback[- ]?end\\b', plain: 'system' },
  { key: 'cache', lang: 'en', pattern: '\\bcache[sd]?\\b', plain: 'saved temporary files', severity: 'info' },
  { key: 'database', lang: 'en', pattern: '\\b(?:database|DB)\\b', plain: 'records' },
  {
    key: 'deploy',
    lang: 'en',
    pattern: '\\b(?:deploy(?:ed|ment|ing|s)?|hotfix(?:es)?|roll ?back(?:ed)?|rolled back)\\b',
    plain: 'update',
  },
  { key: 'escalation queue', lang: 'en', pattern: '\\bescalation (?:queue|tier|team|level|path)\\b', plain: 'specialist team' },
  { key: 'latency', lang: 'en', plain: 'delay' },
  { key: 'server load', lang: 'en', pattern: '\\bserver (?:load|overload|capacity)\\b', plain: 'heavy traffic' },
  { key: 'ticket tier', lang: 'en', pattern: '\\bticket (?:tier|priority|queue|status code)\\b', plain: 'case priority' },
];
