/**
 * Figures in a facility's English description must be facts of the record (data/README.md, "Figures in
 * descriptions"): a money figure (other than a price or trade figure) matches `investment`, a job count needs `employees`, a wafer size is
 * in `wafer_sizes_mm` and a process node in `process`. Used by validate.ts.
 */

/**
 * Words that make a money figure a price or a trade figure rather than money put into the site, when one of
 * them is among the PRICE_WINDOW words before it: "acquired by X for USD 430 million", "exports (USD 650 million)".
 */
export const PRICE_WORDS =
  /^(acquire|acquires|acquired|acquiring|acquisition|sold|sale|sell|sells|bought|buy|purchase|purchased|export|exports|import|imports|revenue|revenues|sales)$/i;
const PRICE_WINDOW = 8;

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  b: 1e9,
};
const CURRENCY: Record<string, 'USD' | 'CAD'> = {
  USD: 'USD',
  US$: 'USD',
  CAD: 'CAD',
  CA$: 'CAD',
  C$: 'CAD',
};

export interface MoneyFigure {
  text: string;
  currency: 'USD' | 'CAD';
  /** The stated value in whole currency units. */
  value: number;
  /** Half the last stated unit: "USD 1.5 billion" is 1.45–1.55 billion. */
  rounding: number;
  /** "USD 15B+", "more than USD 15 billion", "over…": the amount is at least the value. */
  atLeast: boolean;
  /** False for a price or trade figure (a PRICE_WORDS word just before it): only the others are checked. */
  counted: boolean;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const UNIT = String.raw`(?:\s?(billion|million|thousand|[BMK])\b)?`;
const MONEY = new RegExp(
  String.raw`(USD|CAD|US\$|CA\$|C\$)\s?${NUMBER}${UNIT}(\+)?|${NUMBER}\s(billion|million|thousand)\s(USD|CAD)\b`,
  'g',
);

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}$]+/u).filter(Boolean);
}

/** The money figures of a description (see data/README.md for the phrasings that count). */
export function moneyFigures(text: string): MoneyFigure[] {
  const found: MoneyFigure[] = [];
  for (const m of text.matchAll(MONEY)) {
    const [, cur1, int1, dec1, unit1, plus, int2, dec2, unit2, cur2] = m;
    const currency = CURRENCY[(cur1 ?? cur2 ?? '').toUpperCase()] ?? 'USD';
    const integer = (int1 ?? int2 ?? '0').replace(/,/g, '');
    const decimals = dec1 ?? dec2 ?? '';
    const scale = SCALE[(unit1 ?? unit2 ?? '').toLowerCase()] ?? 1;
    const value = Number(`${integer}.${decimals || '0'}`) * scale;
    const rounding = (scale / 10 ** decimals.length) * 0.5;
    const before = text.slice(0, m.index);
    const atLeast =
      plus !== undefined || /\b(more than|over|at least|upwards of|in excess of)\s+$/i.test(before);
    const price = words(before)
      .slice(-PRICE_WINDOW)
      .some((w) => PRICE_WORDS.test(w));
    found.push({
      text: m[0],
      currency,
      value,
      rounding,
      atLeast,
      counted: !price,
    });
  }
  return found;
}

/** Whether `amount` in `currency` is what the figure states (same currency, within its rounding). */
export function moneyMatches(figure: MoneyFigure, amount: number, currency: string): boolean {
  if (figure.currency !== currency) return false;
  if (figure.atLeast) return amount >= figure.value - figure.rounding;
  return Math.abs(amount - figure.value) <= figure.rounding;
}

/** Job counts: a number followed, within two words, by jobs, employees, workers, staff, people or positions. */
const JOBS =
  /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+){0,2}?(jobs|employees|workers|staff|people|positions)\b/g;
/** Wafer sizes: 50–450 followed by "mm" (a space, no-break space or hyphen between). */
const WAFER = /\b(\d{2,3})[\s\u00a0-]mm\b/g;
/** Process nodes: a number followed by "nm", unless it is a wavelength ("193-nm immersion", "365 nm light"). */
const NODE = /\b(\d+(?:\.\d+)?)[\s\u00a0-]?nm\b(?!\s+(immersion|light|laser|wavelength))/g;

/** A bare four-digit year ("in 2012 staff moved") is not a job count; counts of 1,000 and more take a comma. */
export function jobCounts(text: string): string[] {
  return [...text.matchAll(JOBS)].filter((m) => !/^(18|19|20)\d\d$/.test(m[1] ?? '')).map((m) => m[0]);
}
export function waferSizes(text: string): number[] {
  return [...text.matchAll(WAFER)].map((m) => Number(m[1])).filter((n) => n >= 50 && n <= 450);
}
export function processNodes(text: string): string[] {
  return [...text.matchAll(NODE)].map((m) => m[1] ?? '');
}

export interface FigureFacts {
  description_en: string;
  investment?: { amount: number; currency: string } | undefined;
  employees?: { count: number } | undefined;
  wafer_sizes_mm?: number[] | undefined;
  process?: string | undefined;
}

/** One message per figure in description_en that the record's facts do not carry, with the field to fix. */
export function figureProblems(f: FigureFacts): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const d = f.description_en;
  for (const m of moneyFigures(d).filter((x) => x.counted)) {
    if (!f.investment) {
      out.push({
        field: 'investment',
        message: `description_en states "${m.text}" but the record has no investment (add it with its source, or remove the figure from both descriptions)`,
      });
    } else if (!moneyMatches(m, f.investment.amount, f.investment.currency)) {
      out.push({
        field: 'investment.amount',
        message: `description_en states "${m.text}" but investment is ${f.investment.currency} ${f.investment.amount} (make them agree, or remove the figure from both descriptions)`,
      });
    }
  }
  for (const j of jobCounts(d)) {
    if (!f.employees) {
      out.push({
        field: 'employees',
        message: `description_en states "${j}" but the record has no employees (add them with their source, or remove the figure from both descriptions)`,
      });
    }
  }
  for (const w of waferSizes(d)) {
    if (!(f.wafer_sizes_mm ?? []).includes(w)) {
      out.push({
        field: 'wafer_sizes_mm',
        message: `description_en states "${w} mm" but wafer_sizes_mm is [${(f.wafer_sizes_mm ?? []).join(', ')}]`,
      });
    }
  }
  for (const n of processNodes(d)) {
    const inProcess = new RegExp(String.raw`(^|[^\d.])${n.replace('.', String.raw`\.`)}[\s\u00a0-]?nm\b`);
    if (!inProcess.test(f.process ?? '')) {
      out.push({
        field: 'process',
        message: `description_en states "${n} nm" but process ${f.process === undefined ? 'is missing' : `("${f.process}") does not say it`}`,
      });
    }
  }
  return out;
}
