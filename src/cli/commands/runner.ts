// How a command's action hands its exit code back to main().
export type Runner = (load: () => Promise<number>) => () => Promise<void>;
