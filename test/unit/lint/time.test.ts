import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_HOURS, formatDeadline, serviceDeadline, timeWords } from '../../../utils/lint/time';

const weekdays = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' };
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes); // Nov 2026; the 23rd is a Monday

describe('serviceDeadline', () => {
  it.each([
    ['inside hours, rounded up to the half hour', at(23, 14, 10), 120, at(23, 16, 30)],
    ['carries over to the next service day', at(23, 17, 30), 120, at(24, 10, 30)],
    ['before opening starts at opening', at(24, 7, 0), 120, at(24, 11, 0)],
    ['skips the weekend', at(27, 17, 0), 120, at(30, 10, 0)],
  ])('%s', (_name, now, minutes, expected) => {
    expect(serviceDeadline(now, weekdays, minutes)).toEqual(expected);
  });

  it('rounds up, but never past closing time', () => {
    expect(serviceDeadline(at(23, 16, 40), { ...weekdays, close: '17:45' }, 60)).toEqual(at(23, 17, 45));
  });
});

describe('timeWords', () => {
  it('offers a reply time, a window and the end of the day while the team is in', () => {
    expect(timeWords(at(23, 14, 10), DEFAULT_SERVICE_HOURS, 'zh')).toEqual({
      reply: '今天 16:30 前',
      after: '今天 16:30 后',
      within: '2 小时内',
      endOfDay: '今天 18:00 前',
      days: '11月25日前',
    });
    expect(timeWords(at(23, 14, 10), DEFAULT_SERVICE_HOURS, 'en')).toEqual({
      reply: 'by 4:30 PM today',
      after: 'after 4:30 PM today',
      within: 'within 2 hours',
      endOfDay: 'by 6 PM today',
      days: 'by Nov 25',
    });
  });

  it('names the next working day after hours, and no "today" window', () => {
    expect(timeWords(at(27, 19, 0), weekdays, 'zh')).toEqual({
      reply: '周一 11:00 前',
      after: '周一 11:00 后',
      days: '12月1日前',
    });
    expect(formatDeadline(at(24, 11), at(23, 20), 'en')).toBe('by 11 AM tomorrow');
  });

  it('rejects service hours it cannot read', () => {
    expect(() => serviceDeadline(at(23, 9), { days: [1], open: '9am', close: '18:00' }, 60)).toThrow(/HH:MM/);
  });
});
