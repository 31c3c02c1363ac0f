// Types for generate.mjs, so demo/vite.config.ts type-checks.
export interface DemoData {
  deals: Record<string, unknown>[];
  leads: Record<string, unknown>[];
  activities: Record<string, unknown>[];
  customers: Record<string, unknown>[];
  costs: Record<string, unknown>[];
  budget: { team: { date: string; value: number }[]; reps: Record<string, { date: string; value: number }[]> };
}
export function generate(today?: Date): DemoData;
/** Every file the demo serves under data/, by name. */
export function demoFiles(today?: Date): { data: DemoData; files: Record<string, string> };
export function writeDemoData(outDir: string, today?: Date): Promise<DemoData>;
