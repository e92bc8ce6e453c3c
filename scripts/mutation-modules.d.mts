/** Types for mutation-modules.mjs (plain JS so that stryker.config.mjs can import it). */
export declare const MUTATION_MODULES: Record<string, { mutate: string[]; tests: string[] }>
