import { ApiError } from '../../app/contract/errors';
import { type CallContext, type KioskApiHandlers, kioskApi } from '../../app/contract/kioskApi';
import { isMethodName } from '../../app/contract/methodNames';
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
  try {
    return await (handlers[method] as AnyHandler)(parsed.data, ctx);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    console.error(`linli: ${method} failed:`, error);
    throw storageUnavailable(error) ?? new ApiError('internal', 'Internal error');
  }
}
