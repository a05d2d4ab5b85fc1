import { describe, expect, it } from 'vitest';
import { staleRecords, yearsBefore, type DatedRecord } from '../../data/scripts/stale';

const rec = (id: string, published: (string | undefined)[], kind = 'fab'): DatedRecord => ({
  id,
  kind,
  status: 'operating',
  file: 'data/facilities/test.yaml',
  sources: published.map((p) => (p === undefined ? {} : { published: p })),
});

describe('the stale-record list (npm run data:stale)', () => {
  it('counts three years back from today, 29 February included', () => {
    expect(yearsBefore('2026-12-07', 3)).toBe('2023-12-07');
    expect(yearsBefore('2028-02-29', 3)).toBe('2025-02-28');
  });

  it('judges a record by its newest source, not its oldest', () => {
    const { stale } = staleRecords([rec('a', ['2010-01-01', '2025-06-01'])], '2026-12-07');
    expect(stale).toEqual([]);
  });

  it('lists records whose newest source is older than three years, oldest first, with what to show', () => {
    const { stale } = staleRecords(
      [
        rec('recent', ['2024-01-01']),
        rec('b', ['2019-05-01', '2021-03-02']),
        rec('a', ['2015-01-01']),
        rec('edge', ['2023-12-07']),
        rec('just-over', ['2023-12-06'], 'airport'),
      ],
      '2026-12-07',
    );
    expect(stale.map((e) => [e.id, e.newest])).toEqual([
      ['a', '2015-01-01'],
      ['b', '2021-03-02'],
      ['just-over', '2023-12-06'],
    ]);
    expect(stale[2]).toEqual({
      id: 'just-over',
      kind: 'airport',
      status: 'operating',
      file: 'data/facilities/test.yaml',
      newest: '2023-12-06',
    });
  });

  it('lists records with no published date apart, as undated, and ignores undated sources of dated records', () => {
    const { stale, undated } = staleRecords(
      [rec('z', [undefined]), rec('y', [undefined, undefined]), rec('dated', [undefined, '2026-01-01'])],
      '2026-12-07',
    );
    expect(stale).toEqual([]);
    expect(undated.map((e) => e.id)).toEqual(['y', 'z']);
    expect(undated[0]?.newest).toBeUndefined();
  });
});
