import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeStep, PIN_MAX_SHARE, pinFits, type StepBox } from '../../src/components/story/scrolly-steps';

/** Steps in reading order: each starts at or after the previous one's top (inline clauses may share a line). */
const stepsArb = fc
  .array(fc.record({ gap: fc.integer({ min: -30, max: 400 }), height: fc.integer({ min: 20, max: 300 }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => {
    let top = 0;
    return parts.map(({ gap, height }, i): StepBox => {
      top = i === 0 ? 0 : Math.max(top, top + gap);
      const box = { top, bottom: top + height };
      top = box.bottom;
      return box;
    });
  });

/** The boxes after the page has scrolled by `by` px. */
const scrolled = (boxes: StepBox[], by: number) => boxes.map((b) => ({ top: b.top - by, bottom: b.bottom - by }));

describe('activeStep', () => {
  const boxes: StepBox[] = [
    { top: 100, bottom: 200 },
    { top: 180, bottom: 260 },
    { top: 500, bottom: 600 },
  ];

  it('shows the first step before it reaches the line: the graphic is never neutral', () => {
    expect(activeStep(boxes, 99)).toBe(0);
  });

  it('is the last step whose top has reached the line', () => {
    expect(activeStep(boxes, 100)).toBe(0);
    expect(activeStep(boxes, 190)).toBe(1);
    expect(activeStep(boxes, 520)).toBe(2);
  });

  it('keeps the earlier step between two steps', () => {
    expect(activeStep(boxes, 400)).toBe(1);
  });

  it('holds the last step once it has passed the line; none only without steps', () => {
    expect(activeStep(boxes, 600)).toBe(2);
    expect(activeStep(boxes, 601)).toBe(2);
    expect(activeStep(boxes, 5000)).toBe(2);
    expect(activeStep([], 300)).toBeNull();
  });

  it('moves forward, one way, as the reader scrolls down, always on a step, ending on the last', () => {
    fc.assert(
      fc.property(
        stepsArb,
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 60 }),
        (steps, moves) => {
          const line = 400;
          let scroll = -1000;
          let previous = activeStep(scrolled(steps, scroll), line);
          expect(previous).toBe(0);
          for (const move of moves) {
            scroll += move * 20;
            const now = activeStep(scrolled(steps, scroll), line);
            expect(now).not.toBeNull();
            expect(now!).toBeGreaterThanOrEqual(previous!);
            previous = now;
          }
          const pastAll = steps.at(-1)!.bottom + 1;
          expect(activeStep(scrolled(steps, pastAll), line)).toBe(steps.length - 1);
        },
      ),
    );
  });
});

describe('pinFits', () => {
  it('pins a chart only while it leaves half the window or more to read under it', () => {
    // 400% zoom (225 px), 200% (450 px): the iceberg (about 340 px) is never pinned.
    expect(pinFits(344, 225)).toBe(false);
    expect(pinFits(339, 450)).toBe(false);
    expect(pinFits(339, 600)).toBe(false);
    // Phones held upright keep it.
    expect(pinFits(344, 740)).toBe(true);
    expect(pinFits(344, 844)).toBe(true);
    expect(pinFits(PIN_MAX_SHARE * 800, 800)).toBe(true);
    expect(pinFits(PIN_MAX_SHARE * 800 + 1, 800)).toBe(false);
  });
});
