import { CreateProjectLifecycleSchema1764201600000 } from './1764201600000-create-project-lifecycle-schema';

/** Every migration, in order. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [CreateProjectLifecycleSchema1764201600000];
