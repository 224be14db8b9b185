import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDuration, formatJakartaDate } from './format';

describe('formatCalendarDate', () => {
  it('writes the day that the date names, whatever the time zone of the server', () => {
    expect(formatCalendarDate('2025-03-10')).toBe('10 Mar 2025');
    expect(formatCalendarDate('2025-12-31', 'en-GB')).toBe('31 Dec 2025');
    expect(formatCalendarDate('2025-05-20', 'id-ID', 'long')).toBe('20 Mei 2025');
    expect(formatCalendarDate('2025-12-31', 'en-GB', 'long')).toBe('31 December 2025');
  });
});

describe('formatJakartaDate', () => {
  it("gives the day in Jakarta, which begins seven hours before London's", () => {
    expect(formatJakartaDate(new Date('2026-06-30T18:30:00Z'))).toBe('1 Jul 2026');
  });
});

describe('formatDuration', () => {
  it('gives seconds to a tenth under a minute, minutes and seconds after', () => {
    expect(formatDuration(1250)).toBe('1,3 dtk');
    expect(formatDuration(184_400)).toBe('3 mnt 4 dtk');
    expect(formatDuration(184_400, 'en-GB')).toBe('3 mins 4 secs');
  });
});
