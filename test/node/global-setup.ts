/**
 * Starts the throwaway PostgreSQL cluster the engine tests run against, and
 * stops it after them: `npm test` needs nothing running beforehand, only the
 * PostgreSQL binaries (Debian's package; .ci/run installs it when missing).
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    pg: { host: string; port: number; user: string; database: string };
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('pg', { host: cluster.host, port: cluster.port, user: cluster.user, database: cluster.database });
  return () => cluster.stop();
}
