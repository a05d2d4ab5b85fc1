/**
 * The embed theme: light, dark, or light with an accent colour. An accent must reach WCAG AA contrast
 * (4.5:1) against the panel background for text and focus rings; one that does not is darkened (or, on dark,
 * lightened) until it does, and the console says so.
 */
export interface Theme {
  mode: 'light' | 'dark';
  accent: string;
  /** Why the requested accent was changed, for the console; null when it was used as given. */
  adjusted: string | null;
}

const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#111827';
const DEFAULT_ACCENT = { light: '#1f6fb2', dark: '#7fb7e8' };
export const AA_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Mixes `hex` towards black (or white) in small steps until it reaches AA against `background`. */
function adjust(hex: string, background: string): string {
  const target = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = channels(hex);
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex(start.map((c, i) => c + ((target[i] ?? 0) - c) * t));
    if (contrastRatio(mixed, background) >= AA_CONTRAST) return mixed;
  }
  return toHex(target);
}

/** The theme for a `theme=` parameter: `light` (default), `dark`, or an accent `#rrggbb` (or `rrggbb`). */
export function themeFrom(param: string | null): Theme {
  if (param === 'dark') return { mode: 'dark', accent: DEFAULT_ACCENT.dark, adjusted: null };
  const hex = param && /^#?[0-9a-fA-F]{6}$/.test(param) ? `#${param.replace('#', '').toLowerCase()}` : null;
  if (!hex) return { mode: 'light', accent: DEFAULT_ACCENT.light, adjusted: null };
  if (contrastRatio(hex, LIGHT_BACKGROUND) >= AA_CONTRAST)
    return { mode: 'light', accent: hex, adjusted: null };
  const accent = adjust(hex, LIGHT_BACKGROUND);
  return {
    mode: 'light',
    accent,
    adjusted: `accent ${hex} has a contrast of ${contrastRatio(hex, LIGHT_BACKGROUND).toFixed(2)}:1 against white (WCAG AA needs ${AA_CONTRAST}:1); using ${accent} instead`,
  };
}

/** The CSS custom properties of a theme, set on the document element. */
export function themeVariables(theme: Theme): Record<string, string> {
  return theme.mode === 'dark'
    ? {
        '--accent': theme.accent,
        '--ink': '#f9fafb',
        '--muted': '#cbd5e1',
        '--line': '#374151',
        '--panel': DARK_BACKGROUND,
      }
    : { '--accent': theme.accent };
}

/** Sets a theme's variables on `root` (CSSOM, which the CSP allows) and says in the console what was adjusted. */
export function applyTheme(theme: Theme, root: HTMLElement): void {
  root.dataset['theme'] = theme.mode;
  for (const [name, value] of Object.entries(themeVariables(theme))) root.style.setProperty(name, value);
  if (theme.adjusted) console.warn(`Corridor Map theme: ${theme.adjusted}`);
}
