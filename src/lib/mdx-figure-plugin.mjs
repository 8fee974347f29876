// Plain JavaScript so that astro.config.mjs can import it before TypeScript is set up.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Punctuation that must stay on the line of the number before it ("120.6 billion,"). */
const TRAILING_PUNCTUATION = /^[.,;:!?…)\]}’”"']+/;

/**
 * A Sätteri mdast plugin (Astro's Markdown processor) for <Figure /> elements in MDX:
 * - `file` tells the element where it stands ("content/story/00-introduction.mdx:13"), so that a
 *   claim the data no longer supports fails the build naming the place to fix;
 * - `after` hands it the punctuation that follows it, because the number is rendered as a button,
 *   an atomic inline after which a line may break, which would strand the comma on the next line.
 * @param {{ fileURL: URL | undefined }} context
 */
export function mdxFigurePlugin(context) {
  const path = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : 'an MDX file';
  /**
   * @param {any} node
   * @param {any} ctx
   * @returns {any}
   */
  const visit = (node, ctx) => {
    if (node.name !== 'Figure') return undefined;
    const attributes = [...node.attributes];
    const has = (/** @type {string} */ name) =>
      attributes.some((/** @type {any} */ a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if (!has('file')) {
      const line = node.position?.start?.line;
      attributes.push({ type: 'mdxJsxAttribute', name: 'file', value: line ? `${path}:${line}` : path });
    }
    const parent = ctx.parent(node);
    const index = ctx.indexOf(node);
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const punctuation = next?.type === 'text' ? TRAILING_PUNCTUATION.exec(next.value)?.[0] : undefined;
    if (punctuation && !has('after')) {
      attributes.push({ type: 'mdxJsxAttribute', name: 'after', value: punctuation });
      const rest = next.value.slice(punctuation.length);
      if (rest) ctx.replaceNode(next, { type: 'text', value: rest });
      else ctx.removeNode(next);
    }
    return { ...node, attributes };
  };
  return { name: 'mdx-figure', options: { position: true }, mdxJsxTextElement: visit, mdxJsxFlowElement: visit };
}
