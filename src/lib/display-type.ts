/**
 * Display type (headlines, titles, share text): a typographic apostrophe and quotes instead of the
 * typewriter ones, and no full stop at the end of a headline, as print and screen desks set them.
 * The words are left alone.
 */
export function displayType(text: string): string {
  return text
    .trim()
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/'/g, '’')
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/(?<!\.)\.$/, '');
}
