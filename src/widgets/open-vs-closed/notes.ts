/** The two notes under the chart, one per view of the switch: the view draws them, height.ts measures them. */
export const NOTE_ALL =
  'Open-source models, once downloaded, run locally, on customers’ own GPU clusters or in post-training on the cloud, without API calls.';

export function noteCounted(downloads: string): string {
  return `Only API calls show up as counted usage. How much of the ${downloads} became cloud revenue is “difficult to calculate directly”.`;
}
