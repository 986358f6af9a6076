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

/** The phone's or the merchant's own 后台 (手机后台, 商家后台): words the customer uses for their own screens. */
const OWN_BACKGROUND_ZH = '从|切到|退到|放到|退出到|清理|手机|电脑|平板|商家|卖家|店铺|商户|开发者';
/** Hardware ports: 充电接口, Type-C 接口 are things the customer holds. */
const PORTS_ZH =
  '路由器|光猫|网卡|显示器|主机|机顶盒|插座|充电|USB|Type-C|Lightning|耳机|电源|网线|HDMI|数据线|音频|视频|网口|SIM卡?|插|的';

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
    notAfter: `(?:${OWN_BACKGROUND_ZH})\\s*`,
    notBefore: '运行|关闭|清理|刷新|划掉|应用|程序|杀掉|挂起|常驻|保活|进程|播放|下载|自启|权限|耗电',
    plain: '我们的系统',
  },
  { key: '后端', lang: 'zh', pattern: '(?:后端|前端|服务端)(?:服务|系统|接口)?', plain: '我们的系统' },
  { key: '回滚', lang: 'zh', plain: '恢复到之前的版本' },
  { key: '埋点', lang: 'zh', plain: '使用记录' },
  { key: '宕机', lang: 'zh', plain: '系统暂时出了故障' },
  { key: '审单', lang: 'zh', pattern: '审单|质检环节|对账|清结算|熔断|限流|扩容|发版|提测|机房', plain: '内部处理' },
  { key: '工单', lang: 'zh', pattern: '工单(?:号)?', plain: '服务记录' },
  {
    key: '异步回调',
    lang: 'zh',
    pattern: '异步(?:回调|处理|任务|通知)?|回调(?:接口|失败|地址|通知)',
    plain: '系统之间的自动通知',
  },
  { key: '排期', lang: 'zh', plain: '安排的时间' },
  {
    key: '接口',
    lang: 'zh',
    notAfter: `(?:${PORTS_ZH})\\s*`,
    notBefore: '松|坏|接触|进水|氧化|处',
    plain: '系统之间的连接',
  },
  { key: '数据库', lang: 'zh', plain: '系统记录' },
  { key: '服务器负载', lang: 'zh', pattern: '服务器(?:负载|压力)(?:过高|太高|高|大|过大)?', plain: '现在使用的人比较多' },
  { key: '灰度', lang: 'zh', pattern: '灰度(?:发布|测试|上线|版本|中)?', plain: '新版本正在分批推送' },
  { key: '生产环境', lang: 'zh', pattern: '(?:生产|线上|测试|预发)环境|联调|运维', plain: '系统' },
  { key: '缓存', lang: 'zh', plain: 'App 里的临时数据', severity: 'info' },
  { key: '跑批', lang: 'zh', pattern: '跑批|批处理|定时任务', plain: '系统每晚的自动更新' },
  { key: '风控', lang: 'zh', plain: '安全检查' },

  {
    key: '5xx errors',
    lang: 'en',
    pattern: '\\b[45]xx(?: errors?| responses?)?\\b|\\b(?:HTTP )?[45]0[0-9] errors?\\b',
    plain: 'errors on our side',
  },
  { key: 'API', lang: 'en', pattern: '\\bAPIs?\\b', plain: 'connection between our systems' },
  { key: 'CDN', lang: 'en', pattern: '\\bCDNs?\\b', plain: 'content network' },
  { key: 'CRM', lang: 'en', pattern: '\\b(?:CRM|ERP)\\b', plain: 'customer records' },
  {
    key: 'JIRA',
    lang: 'en',
    pattern: '\\b(?:JIRA|Jira)(?: (?:ticket|issue|card))?\\b|\\bbug ticket\\b',
    plain: 'report for our engineers',
  },
  { key: 'KYC', lang: 'en', pattern: '\\b(?:KYC|AML)(?: (?:queue|check|review|team|flag))?\\b', plain: 'identity check' },
  {
    key: 'L2',
    lang: 'en',
    pattern: '\\b(?:L[123]|T[123]|tier[ -]?(?:[123]|one|two|three))(?: support| team| agents?)?\\b',
    plain: 'specialist team',
  },
  {
    key: 'P1 incident',
    lang: 'en',
    pattern: '\\b(?:P[0-4]|Sev ?[0-4]|SEV[0-4])(?: ?(?:incident|issue|bug|outage|ticket|故障|事故|工单))?(?![A-Za-z0-9])',
    plain: 'urgent problem',
  },
  { key: 'RCA', lang: 'en', pattern: '\\b(?:RCA|root cause analysis|post-?mortem)\\b', plain: 'review of what went wrong' },
  { key: 'SKU', lang: 'en', pattern: '\\bSKUs?\\b', plain: 'item' },
  { key: 'SLA', lang: 'en', pattern: '\\bSLAs?\\b', plain: 'response-time promise' },
  {
    key: 'auth service',
    lang: 'en',
    pattern: '\\b(?:auth|authentication|sync) (?:service|server|microservice|pipeline)\\b',
    plain: 'sign-in system',
  },
  { key: 'backend', lang: 'en', pattern: '\\b(?:back|front)[- ]?end\\b', plain: 'system' },
  { key: 'backlog', lang: 'en', pattern: '\\b(?:backlog|sprint|roadmap ticket|story points?)\\b', plain: 'work plan' },
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
  {
    key: 'load balancer',
    lang: 'en',
    pattern:
      '\\b(?:load balancers?|rate limit(?:ing|er)?|throttling|failover|feature flags?|cron jobs?|batch jobs?|message queue|config(?:uration)? (?:file|change|push))\\b',
    plain: 'part of our system',
  },
  { key: 'microservice', lang: 'en', pattern: '\\bmicro-?services?\\b', plain: 'part of our system' },
  {
    key: 'prod',
    lang: 'en',
    pattern:
      '\\b(?:(?<=\\b(?:to|in|on|into) )prod|production environment|staging(?: environment| server)?|(?:the )?dev environment)\\b',
    plain: 'live app',
  },
  {
    key: 'server load',
    lang: 'en',
    pattern:
      '\\bservers? (?:load|overload|capacity)\\b|\\bservers? (?:is |are |was |were |got |being )?(?:overloaded|under (?:heavy )?load)\\b',
    plain: 'heavy traffic',
  },
  { key: 'ticket tier', lang: 'en', pattern: '\\bticket (?:tier|priority|queue|status code)\\b', plain: 'case priority' },
  {
    key: 'triage queue',
    lang: 'en',
    pattern: '\\b(?:triage (?:queue|team|stage)|on-call (?:engineer|team)|SRE(?: team)?|ops team)\\b',
    plain: 'team that checks new requests',
  },
];
