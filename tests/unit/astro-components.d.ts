// svelte-check reads the tests with plain TypeScript, which cannot open .astro files; `astro check` types
// them from the files themselves. The unit tests render components with the Container API only.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
