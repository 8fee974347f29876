import type { Figure } from '../../data/figure-schema';
import { derived, describe, periodLabel, type FigureSet } from '../../data/figures';
import { formatQualified } from '../../data/format';
import { bandFor } from '../kit/bands';
import { logLayout, type LogLayout } from './log-layout';
import { motorolaRows } from './rows';
import type { WidgetLayouts } from '../types';

export type { LogLayout } from './log-layout';

export interface MotorolaModel {
  width: number;
  /** One scale: a log axis, where each step is ×10 (a linear axis left the forecast a dot nobody could see). */
  log: LogLayout;
  /** The 2000 figure over the forecast, in words, with the hedge the two figures give it: "about 100 times". */
  missLabel: string;
  arithmetic: string;
  /** The figures in sentences, for the alternative text. */
  summary: string;
  logDesc: string;
}

export function motorolaModel(set: FigureSet, width: number): MotorolaModel {
  const rows = motorolaRows(set);
  const [forecast, actual, later] = [rows[0].figure, rows[1].figure, rows[2].figure];
  const miss = derived(set, 'mobile-forecast-miss');
  // The derived ratio is of the recorded numbers; its hedge comes from theirs (src/data/hedges.ts).
  const missLabel = describe(miss, { words: true });
  // Arrangement follows the band, positions the exact width: a band's layouts are all one height.
  const room = bandFor(width).min;
  const log = logLayout(rows, `${missLabel} the forecast`, width, room);
  const count = (f: Figure) => formatQualified(f.value, f.unit, f.qualifier, { bare: true });
  // The ratio as a reader can check it, hedges kept ("= 100×" alone would drop them).
  const year = periodLabel(actual.period);
  const summary =
    `Motorola’s president forecast ${count(forecast)} mobile phone users in China by ${periodLabel(forecast.period)}. ` +
    `The article gives ${count(actual)} for ${year}, ` +
    `${missLabel} the forecast (${count(actual)} ÷ ${count(forecast)}), and ${count(later)} ${periodLabel(later.period)}.`;
  const steps = log.miss.steps.length;
  const marks = [
    log.points.some((p) => p.isFloor) && 'an arrow marks a figure the article gives as a floor (“exceeded”)',
    log.points.some((p) => p.isApprox) && 'a dashed ring marks one it gives as “about”',
  ].filter(Boolean);

  return {
    width,
    log,
    missLabel,
    arithmetic: miss.arithmetic,
    summary,
    logDesc:
      `${summary} On this log scale every step to the right multiplies by 10, so the forecast sits ` +
      `${steps} ${steps === 1 ? 'step' : 'steps'} short of the ${year} figure` +
      (marks.length ? `; ${marks.join(' and ')}.` : '.'),
  };
}

/** Every chart the view draws, by name: what tests/unit/widget-charts.test.ts checks at every width. */
export const layouts: WidgetLayouts = (set, width) => ({ log: motorolaModel(set, width).log });
