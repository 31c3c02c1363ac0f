/** A throwaway PostgreSQL cluster (pg-cluster.mjs). */
export declare function findPgBin(): string;
export declare function startCluster(): Promise<{ host: string; port: number; user: string; database: string; root: string; stop(): void }>;
