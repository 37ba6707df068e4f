// The mlsd command line: filled in by the checker feature.
export {};
