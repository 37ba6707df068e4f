import type { MlsdConfig } from './config';

export interface ConfigProblem {
  message: string;
  /** 0-based position in the config file. */
  line: number;
  character: number;
}

export interface ParsedConfig {
  /** The valid part of the configuration; defaults stand in for whatever was invalid. */
  config: MlsdConfig;
  problems: ConfigProblem[];
}
