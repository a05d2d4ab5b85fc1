import type { MapHandle } from '../../map/map-handle';

/** The map handle export uses, registered by <ExportSource> inside the map (null when there is no map). */
let current: MapHandle | null = null;
export function setExportMap(map: MapHandle | null): void {
  current = map;
}
export function exportMap(): MapHandle | null {
  return current;
}

export interface LegendEntry {
  color: string;
  label: string;
}

export interface ImageParts {
  /** The map as drawn, at `pixelRatio` device pixels per CSS pixel. */
  map: HTMLCanvasElement;
  pixelRatio: number;
  title: string;
  subtitle: string;
  legend: readonly LegendEntry[];
  scale: { px: number; label: string };
  /** The date line and the attribution line, already in the interface language. */
  date: string;
  attribution: string;
}

const HEADER = 58;
const LINE = 20;
const PAD = 12;

/**
 * The exported image: a title band, the map, and a footer with the legend of what is shown, a scale bar,
 * the date and the data attribution, all drawn at the map's pixel ratio.
 */
export function composeMapImage(parts: ImageParts): HTMLCanvasElement {
  const r = parts.pixelRatio;
  const width = parts.map.width / r;
  const probe = document.createElement('canvas').getContext('2d');
  // The legend wraps onto as many lines as the width needs.
  const legendLines = layoutLegend(parts.legend, width - 2 * PAD, probe);
  const footer = PAD + legendLines.length * LINE + LINE * 2 + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = parts.map.width;
  canvas.height = Math.round((HEADER + parts.map.height / r + footer) * r);
  const g = canvas.getContext('2d');
  if (!g) return canvas;
  g.scale(r, r);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, canvas.height / r);
  g.fillStyle = '#111827';
  g.font = '600 20px system-ui, sans-serif';
  g.textBaseline = 'top';
  g.fillText(parts.title, PAD, 10, width - 2 * PAD);
  g.font = '14px system-ui, sans-serif';
  g.fillStyle = '#374151';
  g.fillText(parts.subtitle, PAD, 36, width - 2 * PAD);
  g.drawImage(parts.map, 0, HEADER, width, parts.map.height / r);
  let y = HEADER + parts.map.height / r + PAD;
  g.font = '13px system-ui, sans-serif';
  for (const line of legendLines) {
    for (const item of line) {
      g.fillStyle = item.entry.color;
      g.beginPath();
      g.arc(item.x + 6, y + 7, 6, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#111827';
      g.fillText(item.entry.label, item.x + 16, y);
    }
    y += LINE;
  }
  // Scale bar, then the date and the attribution.
  g.strokeStyle = '#111827';
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(PAD, y + 4);
  g.lineTo(PAD, y + 10);
  g.lineTo(PAD + parts.scale.px, y + 10);
  g.lineTo(PAD + parts.scale.px, y + 4);
  g.stroke();
  g.fillStyle = '#111827';
  g.fillText(parts.scale.label, PAD + parts.scale.px + 8, y + 1);
  y += LINE;
  g.fillStyle = '#4b5563';
  g.font = '12px system-ui, sans-serif';
  g.fillText(`${parts.date} · ${parts.attribution}`, PAD, y + 2, width - 2 * PAD);
  return canvas;
}

function layoutLegend(
  legend: readonly LegendEntry[],
  width: number,
  g: CanvasRenderingContext2D | null,
): { entry: LegendEntry; x: number }[][] {
  const lines: { entry: LegendEntry; x: number }[][] = [[]];
  let x = PAD;
  if (g) g.font = '13px system-ui, sans-serif';
  for (const entry of legend) {
    const w = 16 + (g ? g.measureText(entry.label).width : entry.label.length * 7) + 18;
    if (x + w > width + PAD && x > PAD) {
      lines.push([]);
      x = PAD;
    }
    lines[lines.length - 1]?.push({ entry, x });
    x += w;
  }
  return lines.filter((l) => l.length > 0);
}

/**
 * A scale bar of a round length no longer than `maxPx` CSS pixels at the map's centre latitude and zoom
 * (MapLibre's 512 px tiles on a sphere of the WGS 84 equatorial radius, as its own scale control).
 */
export function scaleBar(
  lat: number,
  zoom: number,
  maxPx: number,
  unit: 'km' | 'mi',
): { px: number; length: number } {
  const metresPerPx = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  const unitMetres = unit === 'km' ? 1000 : 1609.344;
  const maxLength = (maxPx * metresPerPx) / unitMetres;
  const magnitude = 10 ** Math.floor(Math.log10(maxLength));
  const step = [5, 2, 1].find((s) => s * magnitude <= maxLength) ?? 1;
  const length = step * magnitude;
  return { px: (length * unitMetres) / metresPerPx, length };
}
