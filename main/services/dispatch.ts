import { ApiError } from '../../app/contract/errors';
import { type CallContext, type KioskApiHandlers, kioskApi, type ParsedArgsOf } from '../../app/contract/kioskApi';
import { isMethodName, type MethodName } from '../../app/contract/methodNames';
import { storageUnavailable } from '../store/storageFailure';
import { issueField, plainMessages } from '../validation/issues';

type AnyHandler = (args: unknown, ctx: CallContext) => unknown;

/**
 * Runs one KioskApi call for either transport: checks the method, the
 * caller's access and the arguments (against the contract's schema), then
 * the handler. Resolves with the result; rejects only with an ApiError, and
 * never with internals: anything else is logged here and answered
 * 'unavailable' (a storage failure, such as a full disk) or 'internal'.
 */
export async function dispatch(
  handlers: KioskApiHandlers,
  method: string,
  rawArgs: unknown,
  ctx: CallContext,
): Promise<unknown> {
  const args = checkedArgs(method, rawArgs, ctx);
  try {
    return await (handlers[method as MethodName] as AnyHandler)(args, ctx);
  } catch (error) {
    throw asApiError(method, error);
  }
}

/**
 * What dispatch checks before a handler runs, for a transport that answers a method in its own way (the
 * browser host's streamed export): the method, the caller's access, the arguments against the contract.
 * Returns the parsed arguments; throws an ApiError.
 */
export function checkedArgs<M extends MethodName>(method: M, rawArgs: unknown, ctx: CallContext): ParsedArgsOf<M>;
export function checkedArgs(method: string, rawArgs: unknown, ctx: CallContext): unknown;
export function checkedArgs(method: string, rawArgs: unknown, ctx: CallContext): unknown {
  if (!isMethodName(method)) throw new ApiError('not-found', `There is no method "${method.slice(0, 64)}"`);
  const spec = kioskApi[method];
  // Before parsing, so a caller without a session learns nothing from validation messages.
  if (spec.access !== 'resident' && ctx.staffSession === null) {
    throw new ApiError('unauthorized', 'Sign in as staff first');
  }
  const parsed = spec.args.safeParse(rawArgs === undefined ? {} : rawArgs, { error: plainMessages });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issueField(issue);
    throw new ApiError('invalid', `${field || 'arguments'}: ${issue.message}`, field || undefined);
  }
  return parsed.data;
}

/** A handler's failure as the caller may see it: its own ApiError, else logged and answered without internals. */
export function asApiError(method: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(`linli: ${method} failed:`, error);
  return storageUnavailable(error) ?? new ApiError('internal', 'Internal error');
}
