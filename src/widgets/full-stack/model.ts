import type { FigureSet } from '../../data/figures';
import { LAYERS, STEPS, type LayerId, type StepText } from './layers';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Chip extends Rect {
  label: string;
}

export interface LayerShape extends Rect {
  id: LayerId;
  step: number;
  name: string;
  role: string;
  titleY: number;
  chips: Chip[];
  /** Where the request's marker sits when the reader has followed it down to this layer. */
  stopY: number;
}

export interface StepShape extends StepText {
  /** The part of the request's route lit at this step. */
  route: string;
  /** The marker on the route, where the request is now. */
  marker: { x: number; y: number };
}

export interface FullStackModel {
  width: number;
  height: number;
  customer: Rect;
  result: Rect;
  layers: LayerShape[];
  steps: StepShape[];
  /** The whole route, drawn faintly: down on the left, under the stack, back up on the right. */
  route: string;
  requestX: number;
  responseX: number;
  /** Arrowheads: the request going down, the response arriving back at the top. */
  heads: { down: string; up: string };
  summary: string;
}

const TOP = 58;
const TITLE = 30;
const CHIP_H = 26;
const CHIP_GAP = 6;
const PAD = 10;
const LAYER_GAP = 12;

/**
 * One API call's route through the stack. The geometry is the same whatever the reader marks weak;
 * what changes (highlight, weak layers, discounted response) is CSS state over these shapes.
 */
export function fullStackModel(_figures: FigureSet, width = 400): FullStackModel {
  const requestX = 16;
  const responseX = width - 16;
  const left = 34;
  const right = width - 34;
  const inner = right - left - 2 * PAD;

  let y = TOP;
  const layers = LAYERS.map((layer, i): LayerShape => {
    const height = TITLE + layer.chipRows.length * (CHIP_H + CHIP_GAP) + PAD - CHIP_GAP;
    const chips = layer.chipRows.flatMap((row, r) => {
      const chipWidth = (inner - (row.length - 1) * CHIP_GAP) / row.length;
      return row.map((label, c) => ({
        x: left + PAD + c * (chipWidth + CHIP_GAP),
        y: y + TITLE + r * (CHIP_H + CHIP_GAP),
        width: chipWidth,
        height: CHIP_H,
        label,
      }));
    });
    const shape = {
      id: layer.id,
      step: i + 1,
      name: layer.name,
      role: layer.role,
      x: left,
      y,
      width: right - left,
      height,
      titleY: y + 20,
      chips,
      stopY: y + height / 2,
    };
    y += height + LAYER_GAP;
    return shape;
  });

  const start = 44;
  const bottom = y + 4;
  const route = `M${requestX},${start}V${bottom}H${responseX}V${start}`;
  const steps = STEPS.map((step): StepShape => {
    const layer = layers.find((l) => l.id === step.layer);
    if (layer) {
      return { ...step, route: `M${requestX},${start}V${layer.stopY}`, marker: { x: requestX, y: layer.stopY } };
    }
    return { ...step, route, marker: { x: responseX, y: start + 14 } };
  });

  return {
    width,
    height: bottom + 10,
    customer: { x: 0, y: 0, width: 170, height: 40 },
    result: { x: width - 170, y: 0, width: 170, height: 40 },
    layers,
    steps,
    route,
    requestX,
    responseX,
    heads: {
      down: `${requestX},${TOP + 2} ${requestX - 5},${TOP - 7} ${requestX + 5},${TOP - 7}`,
      up: `${responseX},${start} ${responseX - 5},${start + 9} ${responseX + 5},${start + 9}`,
    },
    summary: `An enterprise customer's API call goes down through ${layers
      .map((l) => `${l.name} (${l.chips.map((c) => inSentence(c.label)).join(', ')})`)
      .join(', then ')}, and the response comes back up through all of them.`,
  };
}

/** "Store data" → "store data" inside a sentence; "GPU cluster scheduling" keeps its acronym. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
