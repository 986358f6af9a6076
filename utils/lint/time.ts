/**
 * Concrete times for suggestions: "今天 16:30 前", "by 4:30 PM today", computed from `now` and the
 * team's service hours (local time of `now`), so a vague promise can be replaced by one the team can
 * keep.
 */
import type { Lang, ServiceHours } from './types';

export const DEFAULT_SERVICE_HOURS: ServiceHours = {
  days: [0, 1, 2, 3, 4, 5, 6],
  open: '09:00',
  close: '18:00',
  responseHours: 2,
};

const MINUTE = 60_000;
const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function minutesOf(clock: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  if (!match) throw new RangeError(`service hours: expected HH:MM, got "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function at(day: Date, minutes: number): Date {
  const date = new Date(day);
  date.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  return date;
}

function startOfDay(date: Date): Date {
  const day = new Date(date);
  day.setHours(0, 0, 0, 0);
  return day;
}

function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / (24 * 60 * MINUTE));
}

/**
 * The moment `workMinutes` of service time after `now`, rounded up to the next half hour (never past
 * closing time). Outside service hours the clock starts at the next opening.
 */
export function serviceDeadline(now: Date, hours: ServiceHours, workMinutes: number): Date {
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  const days = new Set(hours.days.length ? hours.days : [0, 1, 2, 3, 4, 5, 6]);
  if (close <= open) throw new RangeError('service hours: close must be after open');
  let left = workMinutes;
  let day = startOfDay(now);
  for (let guard = 0; guard < 14; guard++, day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
    if (!days.has(day.getDay())) continue;
    const opening = at(day, open);
    const closing = at(day, close);
    const from = new Date(Math.max(opening.getTime(), guard === 0 ? now.getTime() : opening.getTime()));
    if (from >= closing) continue;
    const available = (closing.getTime() - from.getTime()) / MINUTE;
    if (left <= available) {
      const end = new Date(from.getTime() + left * MINUTE);
      const rounded = new Date(Math.ceil(end.getTime() / (30 * MINUTE)) * 30 * MINUTE);
      return rounded > closing ? closing : rounded;
    }
    left -= available;
  }
  // No service day within two weeks (an empty or odd schedule): plain clock time.
  return new Date(now.getTime() + workMinutes * MINUTE);
}

function clockZh(date: Date): string {
  return `${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function clockEn(date: Date): string {
  const hours = date.getHours() % 12 || 12;
  const minutes = date.getMinutes();
  return `${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''} ${date.getHours() < 12 ? 'AM' : 'PM'}`;
}

/** "今天 16:30 前" / "by 4:30 PM today", relative to `now`. */
export function formatDeadline(date: Date, now: Date, lang: Lang): string {
  const ahead = daysBetween(now, date);
  if (lang === 'zh') {
    const day =
      ahead === 0
        ? '今天'
        : ahead === 1
          ? '明天'
          : ahead < 7
            ? WEEKDAYS_ZH[date.getDay()]!
            : `${date.getMonth() + 1}月${date.getDate()}日`;
    return `${day} ${clockZh(date)} 前`;
  }
  const day =
    ahead === 0
      ? 'today'
      : ahead === 1
        ? 'tomorrow'
        : ahead < 7
          ? `on ${WEEKDAYS_EN[date.getDay()]!}`
          : `on ${date.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })}`;
  return `by ${clockEn(date)} ${day}`;
}

/** "11月25日前" / "by Nov 25": a date, for promises measured in days. */
export function formatDate(date: Date, lang: Lang): string {
  return lang === 'zh'
    ? `${date.getMonth() + 1}月${date.getDate()}日前`
    : `by ${date.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })}`;
}

/** The concrete times a suggestion can offer, in one language. */
export interface TimeWords {
  /** Within the response time: "今天 16:30 前" / "by 4:30 PM today". */
  reply: string;
  /** "2 小时内" / "within 2 hours", only when that still falls inside today's service hours. */
  within?: string;
  /** Today's closing time when it is still ahead: "今天 18:00 前" / "by 6 PM today". */
  endOfDay?: string;
  /** The same moment as a start: "今天 16:30 后" / "after 4:30 PM today" (try again after …). */
  after: string;
  /** Two service days out, for promises measured in days: "11月25日前" / "by Nov 25". */
  days: string;
}

// The UI lints on every keystroke with a fresh `now`; the words are computed once per minute.
const cache = new Map<string, TimeWords>();

export function timeWords(now: Date, hours: ServiceHours, lang: Lang): TimeWords {
  const minute = Math.floor(now.getTime() / MINUTE);
  const key = `${lang}|${minute}|${hours.days.join(',')}|${hours.open}|${hours.close}|${hours.responseHours ?? ''}`;
  let words = cache.get(key);
  if (!words) {
    words = computeTimeWords(new Date(minute * MINUTE), hours, lang);
    if (cache.size >= 16) cache.delete(cache.keys().next().value!);
    cache.set(key, words);
  }
  return { ...words };
}

function computeTimeWords(now: Date, hours: ServiceHours, lang: Lang): TimeWords {
  const responseHours = hours.responseHours ?? 2;
  const reply = serviceDeadline(now, hours, responseHours * 60);
  const sameDay = daysBetween(now, reply) === 0;
  const closing = at(now, minutesOf(hours.close));
  const servesToday = new Set(hours.days).has(now.getDay()) && now < closing;
  const openMinutes = minutesOf(hours.close) - minutesOf(hours.open);
  const days = serviceDeadline(now, hours, 2 * openMinutes);
  const replyWords = formatDeadline(reply, now, lang);
  const after = lang === 'zh' ? replyWords.replace(/前$/, '后') : replyWords.replace(/^by /, 'after ');
  const words: TimeWords = { reply: replyWords, after, days: formatDate(days, lang) };
  if (sameDay && reply.getTime() - now.getTime() <= (responseHours * 60 + 30) * MINUTE)
    words.within = lang === 'zh' ? `${responseHours} 小时内` : `within ${responseHours} hour${responseHours === 1 ? '' : 's'}`;
  if (servesToday && sameDay && reply.getTime() !== closing.getTime()) words.endOfDay = formatDeadline(closing, now, lang);
  return words;
}
