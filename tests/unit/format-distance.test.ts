import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../src/i18n/format-distance';

describe('formatDistance', () => {
  it('writes km or miles for the language, with a decimal comma in French', () => {
    expect(formatDistance(8.25, 'km', 'en')).toBe('8.3 km');
    expect(formatDistance(8.25, 'km', 'fr')).toBe('8,3 km');
    expect(formatDistance(100, 'mi', 'en')).toBe('62 mi');
    expect(formatDistance(1609.344, 'mi', 'fr')).toMatch(/^1\s000 mi$/u);
    expect(formatDistance(0, 'km', 'en')).toBe('0.0 km');
  });
});
