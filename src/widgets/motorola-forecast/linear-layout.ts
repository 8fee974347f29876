import { scaleLinear } from 'd3-scale';
import { periodLabel } from '../../data/figures';
import { formatQualified, formatTick, formatValue } from '../../data/format';
import { axisTicks, tickLabels } from '../kit/axis';
import { captionMarks } from '../kit/caption';
import type { ChartLayout, Rect, TextMark, Tick } from '../kit/geometry';
import { lensLayout, type LensLayout } from '../kit/lens';
import { fitting, lineHeight, textWidth, wrap } from '../kit/text';
import { hedged } from './hedge';
import type { Row } from './rows';

export interface Bar extends Rect {
  id: string;
  forecast: boolean;
  /** The bar's length as a share of its axis, for the reader when a bar is too thin to see. */
  shareOfAxis: number;
}

/** The linear view: the three figures as bars on one axis, its start magnified below. */
export interface LinearLayout extends ChartLayout {
  /** Each bar's value on a line under its label (narrow) or at the line's right end (wide). */
  stacked: boolean;
  bars: Bar[];
  /** The whole axis behind each bar. */
  tracks: Rect[];
  /** Labelled above the bars, so nothing but the lens's lines runs between them and the magnified part. */
  ticks: Tick[];
  gridTop: number;
  axisY: number;
  lens: Pick<LensLayout, 'lens' | 'magnified' | 'connectors'>;
  inset: { bars: Bar[]; tracks: Rect[]; ticks: Tick[]; axisY: number };
  /** How many times the magnified part is enlarged, from the data (the axis over its window). */
  factor: number;
  windowLabel: string;
  /** "First 100 million users, magnified 10×", over the magnified part. */
  heading: string;
  /** The forecast against the 2000 figure, with the hedge their ratio carries. */
  forecastShare: string;
  /** Set when the forecast's bar is too thin to see on the whole axis. */
  thinNote?: string;
}

const BAR = 16;
const ROW_GAP = 10;

export function linearLayout(
  rows: readonly [Row, Row, Row],
  shareHedge: string,
  width: number,
  room: number,
): LinearLayout {
  const [forecast, actual, later] = [rows[0].figure, rows[1].figure, rows[2].figure];
  const x = scaleLinear().domain([0, later.value]).nice().range([0, width]);
  const axisMax = x.domain()[1]!;
  // The window is the 2000 figure rounded up, never wider than the whole axis.
  const windowMax = Math.min(scaleLinear().domain([0, actual.value]).nice().domain()[1]!, axisMax);
  const factor = axisMax / windowMax;
  const displays = rows.map((r) => formatQualified(r.figure.value, r.figure.unit, r.figure.qualifier));
  const stacked = rows.some((r, i) => textWidth(r.label, 'small', true) + textWidth(displays[i]!, 'small') + 16 > room);
  // A label wider than the band (narrow, with room for the reader's text spacing) wraps; every row
  // keeps the height of the longest, so the band's layouts stay one height.
  const labelLines = rows.map((r) => wrap(r.label, 'small', room, true));
  const extraLines = Math.max(...labelLines.map((lines) => lines.length)) - 1;
  const rowHeight = 13 + (extraLines + (stacked ? 1 : 0)) * lineHeight('small') + 6 + BAR + ROW_GAP;
  const blockHeight = (count: number) => count * rowHeight - ROW_GAP;
  const texts: TextMark[] = [];

  const barRows = (shown: readonly Row[], scale: (v: number) => number, max: number, top: number) => {
    const bars: Bar[] = [];
    let y = top;
    shown.forEach((row, i) => {
      y += 13;
      // Halos: the gridlines run through the gaps these labels sit in.
      labelLines[i]!.forEach((text, l) =>
        texts.push({ x: 0, y: y + l * lineHeight('small'), text, size: 'small', bold: true, halo: true }),
      );
      y += extraLines * lineHeight('small');
      if (stacked) y += lineHeight('small');
      texts.push({
        x: stacked ? 0 : width,
        y,
        text: displays[i]!,
        size: 'small',
        anchor: stacked ? 'start' : 'end',
        halo: true,
      });
      const barY = y + 6;
      const length = Math.min(width, Math.max(0, scale(row.figure.value)));
      bars.push({
        id: row.figure.id,
        forecast: row.forecast,
        x: 0,
        y: barY,
        width: length,
        height: BAR,
        shareOfAxis: (row.figure.value / max) * 100,
      });
      y = barY + BAR + ROW_GAP;
    });
    return { bars, tracks: bars.map((bar) => ({ x: 0, y: bar.y, width, height: BAR })) };
  };

  const ticks = axisTicks(x, width, formatTick);
  texts.push(...tickLabels(ticks, -6));
  const gridTop = 19;
  const outer = barRows(rows, x, axisMax, 20);
  const axisY = 20 + blockHeight(rows.length) + 8;

  let thinNote: string | undefined;
  if ((room * forecast.value) / axisMax < 3) {
    const share = formatValue(outer.bars[0]!.shareOfAxis, 'percent');
    const bar = outer.bars[0]!;
    // The short form where the long one would run past the band's edge.
    thinNote = fitting(
      [`${share} of the axis: too thin to see`, `${share}: too thin to see`],
      'small',
      room - bar.width - 6,
    );
    texts.push({ x: bar.width + 6, y: bar.y + 12.5, text: thinNote, size: 'small', tone: 'muted' });
  }

  // The magnified part shows the forecast and the 2000 figure; the later one runs far off its end.
  const insetRows = rows.slice(0, 2);
  const targetY = axisY + 6 + 28;
  const windowLabel = formatValue(windowMax, 'users');
  const heading = `First ${windowLabel}, magnified ${formatValue(factor, 'times')}`;
  // Wrapped where it is wider than the band (narrow, with room for the reader's text spacing).
  const headingLines = wrap(heading, 'small', room, true);
  const insetTop = targetY + 24 + (headingLines.length - 1) * lineHeight('small');
  const insetAxisY = insetTop + blockHeight(insetRows.length) + 6;
  const { lens, magnified, zoom, connectors } = lensLayout({
    outer: x,
    window: [0, windowMax],
    frames: { y: axisY, height: 0 },
    pad: 6,
    target: { x: 0, y: targetY, width, height: insetAxisY + 24 - targetY },
  });
  headingLines.forEach((text, i) =>
    texts.push({ x: 0, y: targetY + 14 + i * lineHeight('small'), text, size: 'small', bold: true }),
  );
  const inset = barRows(insetRows, zoom, windowMax, insetTop);
  const insetTicks = axisTicks(zoom, width, formatTick);
  texts.push(...tickLabels(insetTicks, insetAxisY));

  const forecastShare = `The forecast is ${hedged(shareHedge, formatValue((forecast.value / actual.value) * 100, 'percent'))} of the ${periodLabel(actual.period)} figure`;
  // x 1: a capital T overhangs its origin by about a pixel.
  const caption = captionMarks([forecastShare], insetAxisY + 19 + 24, room - 1, 1);
  texts.push(...caption.texts);

  return {
    width,
    height: caption.bottom,
    texts,
    stacked,
    bars: outer.bars,
    tracks: outer.tracks,
    ticks,
    gridTop,
    axisY,
    lens: { lens, magnified, connectors },
    inset: { bars: inset.bars, tracks: inset.tracks, ticks: insetTicks, axisY: insetAxisY },
    factor,
    windowLabel,
    heading,
    forecastShare,
    ...(thinNote ? { thinNote } : {}),
  };
}
