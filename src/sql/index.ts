/** `kpi-widgets/sql`: KPI questions to parameterised SQL, per dialect. DOM-free; for servers. */
export type { Dialect, ColumnType, TableColumn } from './dialect.js';
export { postgres } from './postgres.js';
export { duckdb } from './duckdb.js';
export { SQL_FORMS, type SqlForm, type SqlPart, type Unit } from './forms.js';
export { compileKpi, GROUP_FIELDS, QuestionError, type CompileInput, type Compiled, type Statement, type TableInfo } from './compile.js';
export { resolveQuestion, type KpiQuestion, type Limits, type ResolvedQuestion } from './question.js';
export { answerQuestion, type AnswerOptions, type KpiAnswer, type GroupRow, type RunStatement } from './answer.js';
export { KpiQuestionDoc, KpiAnswerDoc } from './schemas.js';
