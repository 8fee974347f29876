export function mdxFigurePlugin(context: { fileURL: URL | undefined }): {
  name: string;
  options: { position: boolean };
  mdxJsxTextElement: (node: unknown, ctx: unknown) => unknown;
  mdxJsxFlowElement: (node: unknown, ctx: unknown) => unknown;
};
