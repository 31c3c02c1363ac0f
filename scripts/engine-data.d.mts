/** Generated deals for bench:engine and the demo (engine-data.mjs). */
export declare const cacheDir: string;
export declare function dealsSql(n: number): string;
export declare function dealsFile(n: number, format: 'parquet' | 'csv'): Promise<string>;
