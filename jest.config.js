/**
 * Three tiers: fast unit tests beside the code, integration tests in test/ against real components, and fault tests
 * in test/faults/ (components killed and restarted; minutes long). Jest runs every project by default, so the npm
 * scripts select them: `npm test` unit and integration, `npm run test:faults` faults.
 */
const moduleNameMapper = {
  '^@kc/(domain|persistence|notifications|config|devstack|calendar|documents)$': '<rootDir>/libs/$1/src',
  '^@kc/(domain|persistence|notifications|config|devstack|calendar|documents)/(.*)$': '<rootDir>/libs/$1/src/$2',
  '^@kc/workflows$': '<rootDir>/workflows',
  '^@kc/workflows/(.*)$': '<rootDir>/workflows/$1',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  // Integration tests wait on real servers (a killed worker's tasks time out after seconds).
  testTimeout: 120000,
  /**
   * `npm test` runs one file at a time in one worker process (--maxWorkers=1), which jest replaces once a file has
   * left its heap above this. Run in band, the one process grew to 4 GB over the run (each file loads the API, the
   * worker and their modules anew), its garbage collection slowed every later file, and the accessibility walk took
   * 709 s there against 191 s alone (1,170 s on CI's machine, where it failed).
   */
  workerIdleMemoryLimit: '768MB',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/workflows', '<rootDir>/scripts'],
      testMatch: ['**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/', '<rootDir>/test/cluster/'],
      moduleNameMapper,
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      displayName: 'faults',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/faults'],
      testMatch: ['**/*.test.ts'],
      moduleNameMapper,
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // npm run test:cluster: two worker and two API processes on the Temporal server on PostgreSQL.
      displayName: 'cluster',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/cluster'],
      testMatch: ['**/*.test.ts'],
      moduleNameMapper,
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
