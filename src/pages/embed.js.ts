import type { APIRoute } from 'astro';
import { loaderSource } from '../embed/loader-source';

/** The auto-height loader the snippet includes: src/embed/loader.ts, built with the build. */
export const GET: APIRoute = async () =>
  new Response(await loaderSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
