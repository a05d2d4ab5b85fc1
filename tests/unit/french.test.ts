import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareDollars, englishLeftovers, hasGenericEnglish } from '../../data/scripts/text-checks';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';

type Props = Record<string, unknown> & {
  id: string;
  name: string;
  name_fr?: string;
  sources?: { note?: string; note_fr?: string }[];
  investment?: { note?: string; note_fr?: string };
};
const read = (name: string): Props[] =>
  (
    JSON.parse(readFileSync(`public/geo/${name}`, 'utf8')) as { features: { properties: Props }[] }
  ).features.map((f) => f.properties);
const records = [
  ...read('facilities.geojson'),
  ...read('logistics-nodes.geojson'),
  ...read('routes.geojson'),
];
const str = (v: unknown) => (typeof v === 'string' ? [v] : []);

/** Every French text of a record the interface shows. */
const frenchTexts = (p: Props) => [
  ...str(p['description_fr']),
  ...str(p['hours_fr']),
  ...str(p['process_fr']),
  ...str(p.investment?.note_fr),
  ...(p.sources ?? []).flatMap((s) => str(s.note_fr)),
];
const allTexts = (p: Props) => [
  ...frenchTexts(p),
  ...str(p['description_en']),
  ...str(p['hours_en']),
  ...str(p['process']),
  ...str(p.investment?.note),
  ...(p.sources ?? []).flatMap((s) => str(s.note)),
];

describe('money says its currency, in both languages', () => {
  it('flags "$100 million" and "17,1 M$" but not US$, CA$, C$, « M$ CA », « $ US »', () => {
    expect(bareDollars('a $100 million plant')).toHaveLength(1);
    expect(bareDollars('un projet de 17,1 M$ situé')).toHaveLength(1);
    expect(bareDollars('US$100M, CA$5M, C$1 billion, 218,5 M$ CA, 925 000 $ CA, 3 G$ US')).toEqual([]);
  });

  it('holds for every record text', () => {
    const bare = records.flatMap((p) =>
      allTexts(p).flatMap((t) => bareDollars(t).map((x) => `${p.id}: ${x}`)),
    );
    expect(bare).toEqual([]);
  });
});

describe('the French interface has no English left in it', () => {
  it('detects English words outside proper names and quotes', () => {
    expect(englishLeftovers('le siège social of the company')).not.toEqual([]);
    expect(
      englishLeftovers(
        'financé par le CHIPS and Science Act et la Port Authority of New York and New Jersey',
      ),
    ).toEqual([]);
    expect(englishLeftovers('« opened in 2012 » (the plant)')).toEqual([]);
  });

  it('in every French text of every record, with French typography', () => {
    const plainSpace = records.flatMap((p) =>
      [...frenchTexts(p), ...str(p.name_fr)].filter((t) => / [:;!?»]|« /.test(t)).map((t) => `${p.id}: ${t}`),
    );
    expect(plainSpace).toEqual([]);
    const left = records.flatMap((p) =>
      frenchTexts(p).flatMap((t) => englishLeftovers(t).map((x) => `${p.id}: ${x}`)),
    );
    expect(left).toEqual([]);
  });

  it('in names: a generic English part ("Kopin headquarters", "MACOM Lowell wafer fab") has a French form', () => {
    expect(hasGenericEnglish('Kopin headquarters')).toBe(true);
    expect(hasGenericEnglish('AIM Photonics Test, Assembly and Packaging (TAP) Facility')).toBe(false);
    const missing = records
      .filter((p) => hasGenericEnglish(p.name) && (p.name_fr === undefined || hasGenericEnglish(p.name_fr)))
      .map((p) => `${p.id}: ${p.name_fr ?? p.name}`);
    expect(missing).toEqual([]);
  });

  it('in every message of the French catalogue, with French typography', () => {
    const messages = Object.entries(fr);
    expect(messages.flatMap(([key, text]) => englishLeftovers(text).map((x) => `${key}: ${x}`))).toEqual([]);
    // A no-break space before « : ; ! ? » and inside guillemets, never an ordinary space.
    expect(messages.filter(([, text]) => / [:;!?»]|« /.test(text)).map(([key]) => key)).toEqual([]);
    // Every message is translated: the same text as in English only for words both languages share.
    const shared = new Set([
      'Routes',
      'Notes',
      'Distance',
      'Sources',
      'Suggestions',
      'Pause',
      'Centre',
      'site',
      'campus',
      'Code',
    ]);
    const same = messages.filter(
      ([key, text]) =>
        text === en[key as keyof typeof en] &&
        !/^(region|country)\./.test(key) &&
        !shared.has(text) &&
        /[a-z]{4,}/i.test(text.replace(/\{\w+\}/g, '').replace(/\bpoint\b/, '')),
    );
    expect(same.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
