// The directive src/components/widget/hydrate-in-view.ts adds (astro.config.ts registers it).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:widget'?: boolean;
  }
}

export {};
