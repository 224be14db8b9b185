import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './format';

describe('calendar dates', () => {
  it('writes a day as readers in Jakarta do, in either language, whatever the time zone', () => {
    expect(formatCalendarDate('2025-05-20')).toBe('20 Mei 2025');
    expect(formatCalendarDate('2025-12-31', 'en-GB')).toBe('31 December 2025');
  });
});
