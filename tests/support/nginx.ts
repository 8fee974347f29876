import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroBuild, removeBuild } from './astro-build';
import { skipReason } from './system-packages';

export const NGINX = '/usr/sbin/nginx';

/** Why this machine skips the nginx lanes, or undefined: only outside CI, where `bash .ci/run` installs nginx. */
export const nginxSkipReason = () => skipReason('nginx');

/** The first free TCP port on 127.0.0.1 among `candidates`. */
export async function freePort(candidates: number[]): Promise<number> {
  for (const port of candidates) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port among ${candidates.join(', ')}`);
}

/** The sub-path deploy/nginx.conf is written for. */
export const DOCUMENTED_BASE = '/news/tokens/';

/**
 * The documented server block with only its `# EDIT` lines changed for a local run: listen on
 * 127.0.0.1:<port> (no IPv6), serve from `root`, and for another `base` (a build for the host's root: "/")
 * that base in the lines naming the sub-path, as the file's own instructions say. Everything else is the
 * file as shipped.
 */
export function localServerBlock(
  documented: string,
  { port, root, base = DOCUMENTED_BASE }: { port: number; root: string; base?: string },
): string {
  let listened = false;
  const lines = documented.split('\n').flatMap((raw) => {
    if (!/#\s*EDIT\b/.test(raw)) return [raw];
    const line = raw.replaceAll(DOCUMENTED_BASE, base);
    const indent = /^\s*/.exec(line)![0];
    if (/^\s*listen\s/.test(line)) {
      if (listened) return [];
      listened = true;
      return [`${indent}listen 127.0.0.1:${port};`];
    }
    if (/^\s*root\s/.test(line)) return [`${indent}root ${root};`];
    if (/^\s*server_name\s/.test(line)) return [`${indent}server_name localhost;`];
    return [line];
  });
  if (!listened) throw new Error('the server block has no `listen ... # EDIT` line');
  return lines.join('\n');
}

export interface RunningNginx {
  process: ChildProcess;
  pid: number;
  errorLog: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs Debian's nginx in the foreground as a child process, under `prefix` (a temp dir that holds its
 * config, pid, logs and temp files), with `serverBlock` included in the http {} block. `detached`: in a
 * process group of its own, its output in <prefix>/logs/nginx.out, so it outlives the Playwright worker
 * that started it (a set-up project); another process stops it with stopNginxPid(pid).
 */
export async function startNginx(
  prefix: string,
  serverBlock: string,
  port: number,
  { detached = false }: { detached?: boolean } = {},
): Promise<RunningNginx> {
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
  writeFileSync(join(prefix, 'site.conf'), serverBlock);
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // Under root nginx would hand the workers to "nobody", who cannot read a private temp dir.
      asRoot ? 'user root root;' : '',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 128; }',
      'http {',
      `  access_log ${join(prefix, 'logs', 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(prefix, 'temp', kind)};`,
      ),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const errorLog = () => {
    const file = join(prefix, 'logs', 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const check = spawn(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'pipe' });
  let checkOutput = '';
  check.stderr.on('data', (chunk) => (checkOutput += chunk));
  const checkCode = await new Promise<number | null>((resolve) => check.on('close', resolve));
  if (checkCode !== 0) throw new Error(`nginx -t failed:\n${checkOutput}`);

  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf')];
  let piped = '';
  let child: ChildProcess;
  const outFile = join(prefix, 'logs', 'nginx.out');
  if (detached) {
    const out = openSync(outFile, 'a');
    child = spawn(NGINX, args, { detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    child.unref();
  } else {
    child = spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (piped += chunk));
    child.stderr!.on('data', (chunk) => (piped += chunk));
  }
  const output = () => (detached && existsSync(outFile) ? readFileSync(outFile, 'utf8') : piped);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // Ready once it answers.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output()}\n${errorLog()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on port ${port}:\n${output()}\n${errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    process: child,
    pid: child.pid!,
    errorLog,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by whoever adopted it) has stopped serving.
  const stat = `/proc/${pid}/stat`;
  return !(existsSync(stat) && /\) Z /.test(readFileSync(stat, 'utf8')));
};

/** Stops an nginx started with `detached` (by another process: its pid), SIGKILL after 5 s. */
export async function stopNginxPid(pid: number): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (alive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Builds the site with Astro for `base` and `site`, in a folder of its own inside the checkout (so it can run
 * beside other builds: tests/support/astro-build.ts), then copies it to `outDir`, where nginx serves it.
 */
export async function buildSite(options: { base: string; site: string; outDir: string }) {
  const result = await astroBuild('served', { BASE_PATH: options.base, SITE_URL: options.site });
  try {
    if (result.status !== 0) {
      throw new Error(`astro build for ${options.base} failed (${result.status}):\n${result.output.slice(-4000)}`);
    }
    cpSync(result.outDir, options.outDir, { recursive: true });
  } finally {
    removeBuild(result);
  }
}
