import { formatNumber, type Lang } from './translate';

/**
 * An amount with a currency no reader can mistake, compact: "CA$218.5M", "US$1.2B" in English,
 * « 218,5 M$ CA », « 1,2 G$ US » in French (the Quebec press's style). Never a bare "$".
 */
export function formatMoney(amount: number, currency: 'CAD' | 'USD', lang: Lang): string {
  const country = currency === 'CAD' ? 'CA' : 'US';
  if (lang === 'en') {
    const number = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(
      amount,
    );
    return `${country}$${number}`;
  }
  // French compact numbers end with their scale ("218,5 M", "1,2 G" in fr-CA); the dollar sign follows it
  // directly, as in « 218,5 M$ », and a plain amount takes a space: « 925 000 $ CA ».
  // Below a million the Quebec press writes the whole amount (« 925 000 $ »), not « 925 k$ ».
  const number =
    amount < 1e6
      ? formatNumber(lang, amount, { maximumFractionDigits: 0 })
      : formatNumber(lang, amount, { notation: 'compact', maximumFractionDigits: 1 });
  const scaled = /\p{L}$/u.test(number);
  return `${number}${scaled ? '' : '\u00a0'}$\u00a0${country}`;
}
