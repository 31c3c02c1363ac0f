/** `kpi-widgets/server`: answers widgets' `endpoint` questions from DuckDB or PostgreSQL. Node only. */
export { createKpiHandler, type KpiHandler, type KpiHandlerOptions } from './handler.js';
export { duckDbEngine, postgresEngine, type Engine, type DuckDbOptions } from './engines.js';
