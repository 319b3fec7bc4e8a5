// ajv options of the manifest validator; shared by the precompiled module and the in-process fallback.
export const MANIFEST_AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;
