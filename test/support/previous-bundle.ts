/**
 * The workflow bundle of an earlier release, built from git: what a worker ran before an upgrade. The sources of
 * the commit (workflows/ and libs/) are taken out with `git archive` and bundled as scripts/bundle-workflows.ts
 * bundles today's (the same bundler, the same entry point), with the @kc/* paths of the repository's tsconfig
 * pointed at that commit's libs. Built once per commit (and SDK version) into test-output/previous-bundles/
 * (git-ignored). A copy of the bundle built this way is committed under test/fixtures/previous-bundles/ (gzip), so a
 * shallow clone without the commit still runs the test; without either, it fails with a message that says so.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DefaultLogger, bundleWorkflowCode } from '@temporalio/worker';

const REPO_ROOT = resolve(__dirname, '..', '..');
const CACHE = join(REPO_ROOT, 'test-output', 'previous-bundles');
const COMMITTED = join(REPO_ROOT, 'test', 'fixtures', 'previous-bundles');
const LIBS = ['domain', 'persistence', 'notifications', 'config', 'devstack', 'calendar'];

function git(args: string[], options: { input?: Buffer } = {}): Buffer {
  return execFileSync('git', ['-C', REPO_ROOT, ...args], { input: options.input, maxBuffer: 256 * 1024 * 1024 });
}

function sdkVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('@temporalio/workflow/package.json'), 'utf8')) as { version: string })
    .version;
}

/** The committed copy of the bundle of `commit` for this SDK, unpacked into the cache, or null. */
function committedBundle(commit: string): string | null {
  const name = existsSync(COMMITTED)
    ? readdirSync(COMMITTED).find(
        (f) => f.startsWith(`workflow-bundle-${commit.slice(0, 7)}`) && f.endsWith(`-sdk-${sdkVersion()}.js.gz`),
      )
    : undefined;
  if (!name) return null;
  const target = join(CACHE, name.replace(/\.gz$/, ''));
  if (!existsSync(target)) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(target, gunzipSync(readFileSync(join(COMMITTED, name))));
  }
  return target;
}

/** The path of the bundle of `commit` (a full or short hash): the committed copy, else built from git once. */
export async function previousWorkflowBundle(commit: string): Promise<string> {
  const committed = committedBundle(commit);
  if (committed) return committed;
  let full: string;
  try {
    full = git(['rev-parse', '--verify', `${commit}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new Error(
      `Không tìm thấy commit ${commit} trong lịch sử git (bản sao nông?) / commit ${commit} is not in this clone's ` +
        `history: the upgrade test builds the previous release's workflows from git (run "git fetch --unshallow")`,
    );
  }
  // The SDK the bundle was made with is part of it: a bundle cached under another SDK version is built again.
  const sdk = sdkVersion();
  const target = join(CACHE, `workflow-bundle-${full.slice(0, 12)}-sdk-${sdk}.js`);
  if (existsSync(target)) return target;

  const sources = mkdtempSync(join(tmpdir(), `kc-bundle-${full.slice(0, 7)}-`));
  try {
    const archive = git(['archive', '--format=tar', full, 'workflows', 'libs']);
    execFileSync('tar', ['-x', '-C', sources], { input: archive, maxBuffer: 256 * 1024 * 1024 });
    // Packages resolve from the repository's node_modules (the same versions the release was built with).
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(sources, 'node_modules'), 'dir');
    const aliases: Record<string, string> = {};
    for (const lib of LIBS) aliases[`@kc/${lib}`] = join(sources, 'libs', lib, 'src');
    aliases['@kc/workflows'] = join(sources, 'workflows');
    const { code } = await bundleWorkflowCode({
      workflowsPath: join(sources, 'workflows', 'index.ts'),
      logger: new DefaultLogger('WARN'),
      webpackConfigHook: (config) => ({
        ...config,
        resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...aliases } },
      }),
    });
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(target, code);
    return target;
  } finally {
    rmSync(sources, { recursive: true, force: true });
  }
}
