// The directive src/components/widget/hydrate-in-view.ts adds (astro.config.mjs registers it).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:widget'?: boolean;
  }
}

export {};
