import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Punctuation that must stay on the line of the number before it ("120.6 billion,"). */
const TRAILING_PUNCTUATION = /^[.,;:!?…)\]}’”"']+/;

/** The parts of Sätteri's MDX JSX nodes and visitor context this plugin reads. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  name?: string | null;
  attributes: JsxAttribute[];
  position?: { start?: { line?: number } };
}
interface MdastNode {
  type: string;
  value?: string;
}
interface VisitContext {
  parent(node: JsxElement): { children: MdastNode[] } | undefined;
  indexOf(node: JsxElement): number | undefined;
  replaceNode(node: MdastNode, replacement: MdastNode): void;
  removeNode(node: MdastNode): void;
}

/**
 * A Sätteri mdast plugin (Astro's Markdown processor) for <Figure /> elements in MDX:
 * - `file` tells the element where it stands ("content/story/00-introduction.mdx:13"), so that a
 *   claim the data no longer supports fails the build naming the place to fix;
 * - `after` hands it the punctuation that follows it, to go inside the number's `white-space: nowrap`
 *   wrapper: a line may break after the element, which would strand the comma on the next line.
 */
export function mdxFigurePlugin(context: { fileURL: URL | undefined }) {
  const path = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : 'an MDX file';
  const visit = (node: JsxElement, ctx: VisitContext): JsxElement | undefined => {
    if (node.name !== 'Figure') return undefined;
    const attributes = [...node.attributes];
    const has = (name: string) => attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if (!has('file')) {
      const line = node.position?.start?.line;
      attributes.push({ type: 'mdxJsxAttribute', name: 'file', value: line ? `${path}:${line}` : path });
    }
    const parent = ctx.parent(node);
    const index = ctx.indexOf(node);
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const text = next?.type === 'text' ? (next.value ?? '') : '';
    const punctuation = TRAILING_PUNCTUATION.exec(text)?.[0];
    if (next && punctuation && !has('after')) {
      attributes.push({ type: 'mdxJsxAttribute', name: 'after', value: punctuation });
      const rest = text.slice(punctuation.length);
      if (rest) ctx.replaceNode(next, { type: 'text', value: rest });
      else ctx.removeNode(next);
    }
    return { ...node, attributes };
  };
  return { name: 'mdx-figure', options: { position: true }, mdxJsxTextElement: visit, mdxJsxFlowElement: visit };
}
