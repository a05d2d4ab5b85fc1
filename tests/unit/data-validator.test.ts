import { describe, expect, it } from 'vitest';
import { formatProblem, loadYamlList, type Problem, type RawRecord } from '../../data/scripts/load-yaml';
import { buildNetwork } from '../../data/scripts/trace-rail';
import { normaliseName, validateData, type Geography } from '../../data/scripts/validate';

/** A toy geography: the border runs along 45°N from 75°W to 71°W; QC north of it, VT south of it. */
const square = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const geo: Geography = {
  border: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [-75, 45],
            [-71, 45],
          ],
        },
      },
    ],
  },
  regions: [
    {
      type: 'Feature',
      properties: { code: 'QC' },
      geometry: { type: 'Polygon', coordinates: square(-75, 45, -71, 47) },
    },
    {
      type: 'Feature',
      properties: { code: 'VT' },
      geometry: { type: 'Polygon', coordinates: square(-75, 43, -71, 45) },
    },
  ],
};

const source =
  '    sources:\n      - { url: https://example.org/a, published: 2024-05-02, checked: 2025-01-28 }\n';
const facilityYaml = (id: string, extra = '', position = 'lon: -72.7\n    lat: 45.3') => `
  - id: ${id}
    name: Facility ${id}
    operator: Operator
    category: fab
    tags: [mems]
    status: operating
    city: Bromont
    region: QC
    country: CA
    ${position}
    precision: city
    coord_source: https://example.org/coords
    description_en: A fab.
    description_fr: Une usine.
${source}${extra}`;

const crossing = `
  - id: poe-a
    kind: port-of-entry
    name: Crossing A
    name_ca: A (QC)
    name_us: A (VT)
    region_ca: QC
    region_us: VT
    lon: -73.0
    lat: 45.0
    precision: site
    coord_source: https://example.org/coords
    commercial: true
    hours_en: Open 24 hours
    hours_fr: Ouvert 24 heures sur 24
    description_en: A crossing.
    description_fr: Un poste frontalier.
${source}`;

const route = (waypoints: string, crossesAt = 'poe-a') => `
  - id: road
    mode: highway
    name: Road
    route_numbers_ca: [A-1]
    route_numbers_us: [I-1]
    crosses_at: ${crossesAt}
    description_en: A road.
    description_fr: Une route.
${source}    waypoints: ${waypoints}
`;

function records(file: string, yaml: string): RawRecord[] {
  const { records, problems } = loadYamlList(file, yaml);
  expect(problems).toEqual([]);
  return records;
}

function check(input: { facilities?: string; nodes?: string; routes?: string }): Problem[] {
  return validateData(
    {
      facilities: records('data/facilities/test.yaml', input.facilities ?? facilityYaml('good')),
      nodes: records('data/logistics/nodes.yaml', input.nodes ?? crossing),
      routes: records(
        'data/logistics/routes.yaml',
        input.routes ?? route('[[-73.2, 45.5], [-73.0, 45.0], [-73.1, 44.5]]'),
      ),
    },
    geo,
    '2026-11-25',
  ).problems;
}

/** The one problem a fixture must produce, as the message a data editor reads. */
function onlyProblem(input: Parameters<typeof check>[0]): string {
  const problems = check(input);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  const [first] = problems;
  if (!first) throw new Error('no problem');
  return formatProblem(first);
}

describe('the data validator', () => {
  it('accepts good records', () => {
    expect(check({})).toEqual([]);
  });

  it('rejects an unknown field, naming file, record, line and field', () => {
    expect(onlyProblem({ facilities: facilityYaml('x', '    colour: red\n') })).toBe(
      'data/facilities/test.yaml, record x, line 2: field "colour": unknown field (see data/README.md)',
    );
  });

  it('rejects a missing required field', () => {
    const yaml = facilityYaml('x').replace('    operator: Operator\n', '');
    expect(onlyProblem({ facilities: yaml })).toMatch(/record x, line 2: field "operator": is required/);
  });

  it('rejects a bad enum value and an unknown tag', () => {
    expect(
      onlyProblem({ facilities: facilityYaml('x').replace('status: operating', 'status: thriving') }),
    ).toMatch(/field "status": /);
    expect(
      onlyProblem({ facilities: facilityYaml('x').replace('tags: [mems]', 'tags: [mems, magic]') }),
    ).toMatch(/field "tags\.1": /);
  });

  it('rejects coordinates out of range', () => {
    expect(onlyProblem({ facilities: facilityYaml('x', '', 'lon: -272.7\n    lat: 45.3') })).toMatch(
      /field "lon": /,
    );
  });

  it('rejects coordinates outside the corridor', () => {
    expect(onlyProblem({ facilities: facilityYaml('x', '', 'lon: -122.4\n    lat: 37.8') })).toMatch(
      /field "lon\/lat": \(-122\.4, 37\.8\) is outside the corridor/,
    );
  });

  it('recognises swapped latitude and longitude', () => {
    expect(onlyProblem({ facilities: facilityYaml('x', '', 'lon: 45.3\n    lat: -72.7') })).toMatch(
      /latitude and longitude look swapped .* write lon: -72.7, lat: 45.3/,
    );
  });

  it('rejects coordinates in another province or state than the record says', () => {
    expect(onlyProblem({ facilities: facilityYaml('x', '', 'lon: -72.7\n    lat: 44.5') })).toMatch(
      /field "lon\/lat": .* km outside QC/,
    );
  });

  it('rejects a country that does not match the region', () => {
    expect(onlyProblem({ facilities: facilityYaml('x').replace('country: CA', 'country: US') })).toMatch(
      /field "country": US does not match region QC/,
    );
  });

  it('rejects duplicate ids across files', () => {
    const problems = check({ facilities: facilityYaml('poe-a') });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /nodes\.yaml, record poe-a, line 2: field "id": duplicate id "poe-a" \(first used in data\/facilities\/test\.yaml, line 2\)/,
      ),
    ]);
  });

  it('rejects the same facility twice at the same place under different ids', () => {
    const twice =
      facilityYaml('first') +
      facilityYaml('second').replace('name: Facility second', 'name: FACILITY  first');
    expect(onlyProblem({ facilities: twice })).toMatch(
      /record second, .*field "name": same facility as "first"/,
    );
  });

  it('accepts two facilities with different names in the same city', () => {
    expect(check({ facilities: facilityYaml('one') + facilityYaml('two') })).toEqual([]);
  });

  it('rejects a record without sources, a malformed URL and a malformed or future date', () => {
    const noSources = facilityYaml('x').replace(source, '    sources: []\n');
    expect(onlyProblem({ facilities: noSources })).toMatch(/field "sources": needs at least one source/);
    const badUrl = facilityYaml('x').replace('https://example.org/a', 'example.org/a');
    expect(onlyProblem({ facilities: badUrl })).toMatch(/field "sources\.0\.url": must be an http\(s\) URL/);
    const javascriptUrl = facilityYaml('x').replace('https://example.org/coords', 'javascript:alert(1)');
    expect(onlyProblem({ facilities: javascriptUrl })).toMatch(
      /field "coord_source": must be an http\(s\) URL/,
    );
    const badDate = facilityYaml('x').replace('2025-01-28', '28/01/2025');
    expect(onlyProblem({ facilities: badDate })).toMatch(
      /field "sources\.0\.checked": must be a date written YYYY-MM-DD/,
    );
    const future = facilityYaml('x').replace('2025-01-28', '2031-01-01');
    expect(onlyProblem({ facilities: future })).toMatch(
      /field "sources\.0\.checked": 2031-01-01 is in the future/,
    );
    const unchecked = facilityYaml('x').replace(', checked: 2025-01-28', '');
    expect(onlyProblem({ facilities: unchecked })).toMatch(/field "sources\.0\.checked"/);
    const publishedLater = facilityYaml('x').replace('2024-05-02', '2025-02-01');
    expect(onlyProblem({ facilities: publishedLater })).toMatch(
      /field "sources\.0\.published": published 2025-02-01 is after checked 2025-01-28/,
    );
    const publishedFuture = facilityYaml('x').replace('2024-05-02', '2032-02-01');
    expect(onlyProblem({ facilities: publishedFuture })).toMatch(
      /field "sources\.0\.published": 2032-02-01 is in the future/,
    );
    const twice = facilityYaml('x').replace(
      source,
      `${source}      - { url: 'http://EXAMPLE.org/a/#notes', checked: 2026-01-01, note: again, note_fr: encore }\n`,
    );
    expect(onlyProblem({ facilities: twice })).toMatch(
      /record x, .*field "sources\.1\.url": the same source as sources\.0 \(merge their notes into one entry\)/,
    );
  });

  it('requires every note in both languages (sources and investment)', () => {
    const withNotes = (sourceNotes: string, investment = '') =>
      facilityYaml('x', investment).replace(
        source,
        `    sources:\n      - { url: https://example.org/a, checked: 2025-01-28${sourceNotes} }\n`,
      );
    expect(check({ facilities: withNotes(', note: supports it, note_fr: le confirme') })).toEqual([]);
    expect(onlyProblem({ facilities: withNotes(', note: supports it') })).toMatch(
      /record x, .*field "sources\.0\.note_fr": a note needs its French translation in note_fr/,
    );
    expect(onlyProblem({ facilities: withNotes(', note_fr: le confirme') })).toMatch(
      /field "sources\.0\.note": a French note_fr needs its English note/,
    );
    const investment = '    investment: { amount: 5, currency: CAD, year: 2024, note: first phase }\n';
    expect(onlyProblem({ facilities: withNotes('', investment) })).toMatch(
      /field "investment\.note_fr": a note needs its French translation/,
    );
  });

  it('requires the process in both languages', () => {
    expect(
      check({ facilities: facilityYaml('x', '    process: GaN HEMT\n    process_fr: HEMT au GaN\n') }),
    ).toEqual([]);
    expect(onlyProblem({ facilities: facilityYaml('x', '    process: GaN HEMT\n') })).toMatch(
      /record x, .*field "process_fr": a process needs its French translation in process_fr/,
    );
    expect(onlyProblem({ facilities: facilityYaml('x', '    process_fr: HEMT au GaN\n') })).toMatch(
      /field "process": a French process_fr needs its English process/,
    );
  });

  it('rejects years out of order and a closing year on an open facility', () => {
    expect(
      onlyProblem({ facilities: facilityYaml('x', '    year_announced: 2020\n    year_opened: 2018\n') }),
    ).toMatch(/field "year_opened": 2018 is before year_announced 2020/);
    expect(onlyProblem({ facilities: facilityYaml('x', '    year_closed: 2020\n') })).toMatch(
      /field "status": is "operating" but year_closed is 2020/,
    );
  });

  it('rejects a port of entry that is not on the border, or lacks a side', () => {
    expect(onlyProblem({ nodes: crossing.replace('lat: 45.0', 'lat: 45.2'), routes: '' })).toMatch(
      /record poe-a, .*field "lon\/lat": a port-of-entry must sit on the border, but is 22\.\d km from it/,
    );
    expect(onlyProblem({ nodes: crossing.replace('    name_us: A (VT)\n', ''), routes: '' })).toMatch(
      /field "name_us": is required for a port-of-entry/,
    );
  });

  it('requires a port of entry to say whether it clears trucks, and hours in both languages', () => {
    expect(onlyProblem({ nodes: crossing.replace('    commercial: true\n', ''), routes: '' })).toMatch(
      /record poe-a, .*field "commercial": is required for a port-of-entry/,
    );
    expect(onlyProblem({ nodes: crossing.replace(/ {4}hours_fr: .*\n/, ''), routes: '' })).toMatch(
      /record poe-a, .*field "hours_fr": hours are given in English and French, both or neither/,
    );
  });

  it('rejects a route that does not cross the border where it says it does', () => {
    expect(onlyProblem({ routes: route('[[-73.2, 45.5], [-73.1, 45.2]]') })).toMatch(
      /record road, .*field "waypoints": says it crosses at "poe-a" but never crosses the border/,
    );
    expect(onlyProblem({ routes: route('[[-72.2, 45.5], [-72.1, 44.5]]') })).toMatch(
      /field "waypoints": says it crosses at "poe-a" but crosses the border 6\d\.\d km from it/,
    );
    expect(
      onlyProblem({ routes: route('[[-73.2, 45.5], [-73.0, 45.0], [-73.1, 44.5]]', 'nowhere') }),
    ).toMatch(/field "crosses_at": "nowhere" is not a node id/);
  });

  it('rejects a line that strays more than 2 km from a checkpoint on the real alignment', () => {
    const line = '[[-73.2, 45.5], [-73.0, 45.0], [-73.1, 44.5]]';
    // (-73.1, 45.25) is on the first segment; 0.03° of longitude is about 2.3 km at 45° N.
    const withCheckpoint = (lon: number) =>
      `${route(line)}    checkpoints: [{ name: Station, lon: ${lon}, lat: 45.25 }]\n`;
    expect(check({ routes: withCheckpoint(-73.1) })).toEqual([]);
    expect(check({ routes: withCheckpoint(-73.115) })).toEqual([]);
    expect(onlyProblem({ routes: withCheckpoint(-73.13) })).toMatch(
      /record road, .*field "checkpoints\.0": the line passes 2\.\d km from "Station" \(at most 2 km\)/,
    );
  });

  it('traces a rail line through its via points along the rail network, and checks it like any line', () => {
    const railNetwork = buildNetwork({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { uident: 1 },
          geometry: {
            type: 'LineString',
            coordinates: [
              [-73.2, 45.5],
              [-73.25, 45.25],
              [-73.0, 45.0],
              [-73.1, 44.5],
            ],
          },
        },
      ],
    });
    const via = `
  - id: rail
    mode: rail
    name: Rail
    route_numbers_ca: [CN]
    route_numbers_us: [NECR]
    crosses_at: poe-a
    description_en: A railway.
    description_fr: Un chemin de fer.
${source}    via:
      - { name: North, lon: -73.2, lat: 45.5 }
      - { name: South, lon: -73.1, lat: 44.5 }
`;
    const run = (yaml: string, withNetwork = true) =>
      validateData(
        {
          facilities: records('f.yaml', facilityYaml('good')),
          nodes: records('n.yaml', crossing),
          routes: records('data/logistics/routes.yaml', yaml),
        },
        withNetwork ? { ...geo, railNetwork } : geo,
        '2026-11-25',
      );
    const good = run(via);
    expect(good.problems).toEqual([]);
    expect(good.data.routes[0]?.line).toEqual([
      [-73.2, 45.5],
      [-73.25, 45.25],
      [-73.0, 45.0],
      [-73.1, 44.5],
    ]);
    expect(run(via, false).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/record rail, .*field "via": via points need the rail network/),
    ]);
    const both = via.replace('    via:\n', '    waypoints: [[-73.2, 45.5], [-73.1, 44.5]]\n    via:\n');
    expect(run(both).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /field "waypoints": give either waypoints or via points \(exactly one of the two\)/,
      ),
    ]);
    const neither = route('[[-73.2, 45.5]]').replace(/ {4}waypoints: .*\n/, '');
    expect(onlyProblem({ routes: neither })).toMatch(
      /field "waypoints": give either waypoints or via points/,
    );
  });

  it('rejects a route that crosses the border without naming its crossing', () => {
    const yaml = route('[[-73.2, 45.5], [-73.0, 45.0], [-73.1, 44.5]]').replace(
      '    crosses_at: poe-a\n',
      '',
    );
    expect(onlyProblem({ routes: yaml })).toMatch(
      /field "crosses_at": the line crosses the Canada–US border but names no crossing/,
    );
  });

  it('reports YAML syntax errors and a file that is not a list', () => {
    const broken = loadYamlList('data/facilities/bad.yaml', '- id: x\n  name: [unclosed\n');
    expect(broken.problems[0]?.field).toBe('(yaml)');
    expect(broken.problems[0]?.file).toBe('data/facilities/bad.yaml');
    const notList = loadYamlList('data/facilities/bad.yaml', 'id: x\n');
    expect(notList.problems.map(formatProblem)).toEqual([
      'data/facilities/bad.yaml: field "(file)": must be a YAML list of records (- id: ...)',
    ]);
  });

  it('treats text as data: markup in a description is kept verbatim, never interpreted', () => {
    const yaml = facilityYaml('x').replace(
      'description_en: A fab.',
      'description_en: "<script>alert(1)</script>"',
    );
    const { data, problems } = validateData(
      { facilities: records('f.yaml', yaml), nodes: [], routes: [] },
      geo,
      '2026-11-25',
    );
    expect(problems).toEqual([]);
    expect(data.facilities[0]?.description_en).toBe('<script>alert(1)</script>');
  });

  it('folds accents, case and punctuation when comparing names', () => {
    expect(normaliseName('Université de Sherbrooke')).toBe(normaliseName('UNIVERSITE  de sherbrooke!'));
  });
});

describe('figures in a description are facts of the record', () => {
  const withDescription = (description: string, extra = '') =>
    facilityYaml('x', extra).replace('    description_en: A fab.', `    description_en: ${description}`);

  it('accepts an investment figure that matches investment.amount within its stated rounding', () => {
    const investment = (amount: number, currency = 'USD') =>
      `    investment: { amount: ${amount}, currency: ${currency}, year: 2024 }\n`;
    expect(check({ facilities: withDescription('A USD 1.5 billion fab.', investment(1500000000)) })).toEqual(
      [],
    );
    expect(check({ facilities: withDescription('A USD 1.5 billion fab.', investment(1520000000)) })).toEqual(
      [],
    );
    expect(
      check({ facilities: withDescription('More than USD 15 billion invested.', investment(15400000000)) }),
    ).toEqual([]);
    expect(check({ facilities: withDescription('USD 15B+ invested.', investment(16000000000)) })).toEqual([]);
    expect(
      check({ facilities: withDescription('A 218 million CAD project.', investment(218450000, 'CAD')) }),
    ).toEqual([]);
    expect(
      check({ facilities: withDescription('It received CAD 925,000 in 2025.', investment(925000, 'CAD')) }),
    ).toEqual([]);
  });

  it('rejects a money figure that investment does not carry, naming file, record and field', () => {
    expect(
      onlyProblem({
        facilities: withDescription('GlobalFoundries reports more than USD 15 billion invested.'),
      }),
    ).toBe(
      'data/facilities/test.yaml, record x, line 2: field "investment": description_en states "USD 15 billion" but the record has no investment (add it with its source, or remove the figure from both descriptions)',
    );
    const other = '    investment: { amount: 1600000000, currency: USD, year: 2024 }\n';
    expect(onlyProblem({ facilities: withDescription('A USD 1.5 billion fab.', other) })).toMatch(
      /record x, .*field "investment\.amount": description_en states "USD 1\.5 billion" but investment is USD 1600000000/,
    );
    const cad = '    investment: { amount: 1500000000, currency: CAD, year: 2024 }\n';
    expect(onlyProblem({ facilities: withDescription('A USD 1.5 billion fab.', cad) })).toMatch(
      /field "investment\.amount"/,
    );
  });

  it('leaves prices and trade figures out: acquisitions, sales, exports', () => {
    expect(
      check({
        facilities: withDescription(
          'It was acquired by Applied Materials in 2011 for about 4.9 billion USD.',
        ),
      }),
    ).toEqual([]);
    expect(
      check({
        facilities: withDescription("Semiconductors are Vermont's leading export (USD 650 million in 2023)."),
      }),
    ).toEqual([]);
  });

  it('requires employees for a job count', () => {
    expect(onlyProblem({ facilities: withDescription('It plans about 9,000 jobs.') })).toMatch(
      /record x, .*field "employees": description_en states "9,000 jobs" but the record has no employees/,
    );
    expect(check({ facilities: withDescription('In 2012 staff moved to the new building.') })).toEqual([]);
    expect(onlyProblem({ facilities: withDescription('It will create 1,500 direct jobs.') })).toMatch(
      /"1,500 direct jobs"/,
    );
    expect(
      check({
        facilities: withDescription('It employs 300 people.', '    employees: { count: 300, year: 2024 }\n'),
      }),
    ).toEqual([]);
  });

  it('requires a wafer size in wafer_sizes_mm and a process node in process', () => {
    expect(
      onlyProblem({ facilities: withDescription('A 300 mm fab.', '    wafer_sizes_mm: [200]\n') }),
    ).toMatch(
      /record x, .*field "wafer_sizes_mm": description_en states "300 mm" but wafer_sizes_mm is \[200\]/,
    );
    expect(
      check({ facilities: withDescription('A 200-mm fab.', '    wafer_sizes_mm: [150, 200]\n') }),
    ).toEqual([]);
    expect(onlyProblem({ facilities: withDescription('A 2 nm chip.') })).toMatch(
      /field "process": description_en states "2 nm" but process is missing/,
    );
    expect(
      check({
        facilities: withDescription(
          'A 40 nm line.',
          '    process: 40 nm and 65 nm CMOS\n    process_fr: CMOS de 40 nm et 65 nm\n',
        ),
      }),
    ).toEqual([]);
    expect(check({ facilities: withDescription('Photoresist for 193-nm immersion lithography.') })).toEqual(
      [],
    );
  });
});
