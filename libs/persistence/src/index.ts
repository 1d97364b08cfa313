export * from './entities';
export * from './migrations';
export { createDataSource } from './data-source-factory';
export { runMigrations, revertLastMigration } from './migrate';
export { ProjectEventWriter } from './repositories/project-event-writer';
export { ProjectCodeAllocator } from './repositories/project-code-allocator';
export { UserRepository } from './repositories/user-repository';
export type { NewUser } from './repositories/user-repository';
export * from './repositories/project-queries';
