/** What `npm run cluster:start` reads from the environment; every port can move, so it can run beside `npm start`. */
import { DEFAULT_TASK_QUEUE } from '@kc/domain';
import { readPort, readString } from '@kc/config';
import type { TemporalServerPorts } from './temporal-server';

export interface ClusterSettings {
  /** The round-robin proxy in front of the API processes; they listen on the ports right after it. */
  proxyPort: number;
  apiCount: number;
  workerCount: number;
  temporalPorts: TemporalServerPorts;
  embeddedPostgresPort: number;
  /** The application's database (read model, users); Temporal's two are named by temporalDatabaseNames(). */
  appDatabase: string;
  namespace: string;
  taskQueue: string;
  smtpCatcherPort: number;
  mailUiPort: number;
}

export function readClusterSettings(env: NodeJS.ProcessEnv = process.env): ClusterSettings {
  return {
    proxyPort: readPort(env, 'KC_CLUSTER_PORT', 3100),
    apiCount: 2,
    workerCount: 2,
    temporalPorts: {
      frontend: readPort(env, 'KC_TEMPORAL_PORT', 7233),
      http: readPort(env, 'KC_TEMPORAL_HTTP_PORT', 7243),
      membership: readPort(env, 'KC_TEMPORAL_MEMBERSHIP_PORT', 6933),
    },
    embeddedPostgresPort: readPort(env, 'KC_CLUSTER_PG_PORT', 54339),
    appDatabase: readString(env, 'KC_CLUSTER_APP_DB', 'kc_app'),
    namespace: readString(env, 'TEMPORAL_NAMESPACE', 'default'),
    taskQueue: readString(env, 'TEMPORAL_TASK_QUEUE', DEFAULT_TASK_QUEUE),
    smtpCatcherPort: readPort(env, 'SMTP_CATCHER_PORT', 1025),
    mailUiPort: readPort(env, 'MAIL_UI_PORT', 8025),
  };
}

/** The ports of the API processes behind the proxy. */
export function apiPorts(settings: ClusterSettings): number[] {
  return Array.from({ length: settings.apiCount }, (_, i) => settings.proxyPort + 1 + i);
}
