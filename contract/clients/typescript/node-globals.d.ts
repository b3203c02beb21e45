// The Node.js globals scenario.mts uses. @types/node is not among contract/'s pinned packages, and
// tsconfig.json sets "types": [] so that a copy some other package brought along is not picked up.
declare const process: {
  readonly env: Readonly<Record<string, string | undefined>>;
  exitCode: number | undefined;
};
