/**
 * Jest does not apply moduleNameMapper to globalSetup/globalTeardown, which Node's own require loads:
 * this maps the `@kc/*` aliases there with the very patterns jest.config.js gives the tests.
 * (The same hook that tsconfig-paths and module-alias install.)
 */
import Module from 'node:module';
import { join } from 'node:path';

const rootDir = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig = require(join(rootDir, 'jest.config.js')) as {
  projects: Array<{ moduleNameMapper?: Record<string, string> }>;
};
const mappings = Object.entries(jestConfig.projects.find((p) => p.moduleNameMapper)?.moduleNameMapper ?? {}).map(
  ([pattern, target]) => ({ pattern: new RegExp(pattern), target: target.replace('<rootDir>', rootDir) }),
);

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const originalResolve = moduleInternals._resolveFilename;

moduleInternals._resolveFilename = function resolveWithAliases(request: string, ...rest: unknown[]): string {
  for (const { pattern, target } of mappings) {
    const match = pattern.exec(request);
    if (match)
      return originalResolve.call(
        this,
        target.replace(/\$(\d)/g, (_, n: string) => match[Number(n)]),
        ...rest,
      );
  }
  return originalResolve.call(this, request, ...rest);
};
