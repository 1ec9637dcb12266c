// The one number formatter of the results: the results page, the print page, the .docx report and
// the campaign table all format through here, so a figure reads the same everywhere. Rounding is
// half away from zero on the decimal digits as written (1.005 → 1.01), not on the binary double,
// and independent of the locale (figures are compared across the page, the paper and Word).

/** Shown where a figure is missing. */
export const NO_FIGURE = '—';

type Figure = number | null | undefined;

/** `value` rounded to `digits` decimals and written with exactly that many (no exponent, no "-0"). */
export function formatDecimal(value: Figure, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_FIGURE;
  const magnitude = Math.abs(value);
  // Shift by the decimal exponent in text, so 1.005 is rounded as 1.005 and not as 1.00499999…
  const [mantissa, exponent = '0'] = String(magnitude).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  const integer = String(shifted).padStart(digits + 1, '0');
  const text = digits > 0 ? `${integer.slice(0, -digits)}.${integer.slice(-digits)}` : integer;
  return value < 0 && shifted !== 0 ? `-${text}` : text;
}

/** A proportion in [0, 1] as a percentage with one decimal: 0.0234 → "2.3 %". */
export function formatPercent(proportion: Figure): string {
  if (proportion === null || proportion === undefined || !Number.isFinite(proportion)) return NO_FIGURE;
  return `${formatDecimal(proportion * 100, 1)} %`;
}

/** A 95 % interval of proportions: "[1.2 %, 4.5 %]". */
export function formatInterval(lower: Figure, upper: Figure): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined) return NO_FIGURE;
  return `[${formatPercent(lower)}, ${formatPercent(upper)}]`;
}

/** A score (points) with two decimals: 92.5 → "92.50". */
export function formatScore(points: Figure): string {
  return formatDecimal(points, 2);
}
