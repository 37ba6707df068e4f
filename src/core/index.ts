// Public entry of dist/core.js: the checker, config validation and the catalogue.
export type { CheckOptions, CheckOutcome, Checker, DiagramParser, DiagramSyntaxError, ItemState, FindingDetail } from './api';
export type { FileReport, JsonReport, Finding, ItemReport, ItemStatus } from './report';
export type { Catalogue, ChecklistItem, Framework, FrameworkStep, ProblemFamily, Severity } from './framework';
export type { ConfigProblem, ParsedConfig } from './configValidation';
export { checkAnswer, createChecker, catalogueFor } from './checker';
export { parseConfig } from './configValidation';
export { builtinCatalogue, builtinFrameworks, builtinItems, itemById } from './catalogue/builtin';
export { frameworkOf, DEFAULT_FRAMEWORK } from './catalogue/resolve';
export { CROSS_CHECK_RULES } from './checklist/crossChecks';
export { snippetToText } from './snippetText';
