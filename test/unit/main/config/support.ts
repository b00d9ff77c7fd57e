import { ConfigError, parseConfig } from '../../../../main/config/config';

/** The ConfigError `run` throws; the test fails if it throws nothing, or something else. */
export function configErrorFrom(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** The ConfigError parseConfig gives for `value` read from config.json. */
export function configError(value: unknown): ConfigError {
  return configErrorFrom(() => parseConfig(value, 'config.json'));
}
