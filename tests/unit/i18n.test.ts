import { describe, expect, it } from 'vitest';
import { TAGS } from '../../src/datasets/vocabulary';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { TAG_LABELS } from '../../src/i18n/tags';
import { formatMoney } from '../../src/i18n/format-money';
import { frenchTypography } from '../../src/i18n/french-typography';
import { detectLang, formatNumber, translate } from '../../src/i18n/translate';

describe('message catalogues', () => {
  it('French has every English key, each translated and non-empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr)) expect(value, key).not.toBe('');
  });

  it('every tag has a label in both languages', () => {
    for (const tag of TAGS) {
      expect(TAG_LABELS[tag].en, tag).toBeTruthy();
      expect(TAG_LABELS[tag].fr, tag).toBeTruthy();
    }
  });

  it('fills placeholders as plain text and leaves unknown ones visible', () => {
    expect(translate('en', 'list.count', { count: 3 })).toBe('3 facilities shown');
    expect(translate('fr', 'list.count', { count: 3 })).toBe('3 installations affichées');
    expect(translate('en', 'list.count', { count: 1 })).toBe('1 facility shown');
    expect(translate('en', 'list.count', { count: 0 })).toBe('0 facilities shown');
    // French treats 0 and 1 as singular.
    expect(translate('fr', 'list.count', { count: 0 })).toBe('0 installation affichée');
    expect(translate('en', 'data.error', { file: '<b>x</b>' })).toBe('Could not load <b>x</b>.');
    expect(translate('en', 'data.error')).toBe('Could not load {file}.');
  });

  it('follows the browser language, French or English', () => {
    expect(detectLang(['fr-CA', 'en'])).toBe('fr');
    expect(detectLang(['de-DE', 'en-US'])).toBe('en');
    expect(detectLang(['es'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('formats numbers with a decimal comma in French', () => {
    expect(formatNumber('fr', 1234.5)).toMatch(/^1\s234,5$/u);
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
});

describe('frenchTypography', () => {
  it('puts no-break spaces before « : ; ! ? » and inside guillemets, and leaves URLs alone', () => {
    expect(frenchTypography('coordonnées : 45 ; voir « ceci » https://x.org')).toBe(
      'coordonnées\u00a0: 45\u202f; voir «\u00a0ceci\u00a0» https://x.org',
    );
    expect(frenchTypography(frenchTypography('a : b'))).toBe('a\u00a0: b');
  });
});

describe('formatMoney', () => {
  it('always says which dollar, in each language’s style', () => {
    expect(formatMoney(218_450_000, 'CAD', 'en')).toBe('CA$218.5M');
    expect(formatMoney(1_500_000_000, 'USD', 'en')).toBe('US$1.5B');
    expect(formatMoney(218_450_000, 'CAD', 'fr')).toBe('218,5\u00a0M$\u00a0CA');
    expect(formatMoney(15_000_000_000, 'USD', 'fr')).toBe('15\u00a0G$\u00a0US');
    expect(formatMoney(925_000, 'CAD', 'fr')).toBe('925\u00a0000\u00a0$\u00a0CA');
  });
});
