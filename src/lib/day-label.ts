/**
 * A day (YYYY-MM-DD) as the site writes dates: "December 1, 2026", like the masthead's publication date.
 * Read as UTC, so the words never depend on the machine's time zone.
 */
export function dayLabel(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
