// Which Lighthouse run of a page the benchmark reports.

/**
 * The run with the median performance score (the only category that varies much between runs), among the runs
 * whose first paint was not held; among all runs when every one was.
 */
export function medianRun(attempts) {
  const clean = attempts.filter((attempt) => attempt.paintHeld === false);
  const pool = clean.length ? clean : attempts;
  const sorted = [...pool].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return {
    ...sorted[Math.floor(sorted.length / 2)],
    runs: attempts.length,
    cleanRuns: clean.length,
    performanceByRun: attempts.map((attempt) => ({
      score: attempt.scores.performance ?? null,
      held: attempt.paintHeld,
    })),
  };
}
