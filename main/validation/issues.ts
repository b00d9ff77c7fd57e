import type * as z from 'zod';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);
const TYPE_NAMES: Record<string, string> = { int: 'whole number', boolean: 'true or false', record: 'object' };

function typeName(expected: string): string {
  const name = TYPE_NAMES[expected];
  return name === 'true or false' ? name : article(name ?? expected);
}

function bound(
  issue: { origin: string; inclusive?: boolean },
  value: number | bigint,
  limit: 'least' | 'most',
): string {
  if (issue.origin === 'string') return `must be at ${limit} ${value} characters`;
  if (issue.origin === 'array') return `must have at ${limit} ${value} item${value === 1 ? '' : 's'}`;
  if (issue.inclusive === false) return `must be ${limit === 'least' ? 'more' : 'less'} than ${value}`;
  return `must be at ${limit} ${value}`;
}

/**
 * Zod's own messages ("Invalid input: expected string, received undefined")
 * are written for developers; staff editing a config file and residents'
 * screens get these instead. Messages a schema sets itself take precedence.
 */
export const plainMessages: z.core.$ZodErrorMap = (issue: RawIssue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${typeName(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      return bound(issue, issue.minimum, 'least');
    case 'too_big':
      return bound(issue, issue.maximum, 'most');
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    case 'invalid_format':
      return issue.format === 'datetime' ? 'must be a date and time with an offset' : 'is not in the expected format';
    default:
      return 'is not valid';
  }
};

/** The field an issue is about, as a dotted path (`contact.phone`, `catalogue.3.code`); '' for the whole value. */
export function issueField(issue: Issue): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  return path.map(String).join('.');
}
