import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { dialogMachine } from '../../../../app/dialog/dialogMachine';
import { emptyContext, setupDialog } from '../../../../app/dialog/dialogSetup';
import { INPUT } from './support';

type ActionName = keyof typeof dialogMachine.implementations.actions;
type GuardName = keyof typeof dialogMachine.implementations.guards;

/**
 * Runs one of the dialog's actions or guards on `system.reset`, an event none
 * of them reads, in a machine built from the dialog's own setup; returns the
 * error the actor stopped with, or null.
 */
function errorOn(use: { action: ActionName } | { guard: GuardName }): unknown {
  const probe = setupDialog.createMachine({
    id: 'probe',
    context: ({ input }) => emptyContext(input),
    initial: 'start',
    states: { start: {}, done: {} },
    on: {
      // Params are left out: the route guards fail on the event before they read them.
      'system.reset': ('action' in use ? { actions: use.action } : { guard: use.guard, target: '.done' }) as never,
    },
  });
  let error: unknown = null;
  const actor = createActor(probe, { input: INPUT });
  actor.subscribe({ error: (e) => (error = e) });
  actor.start();
  actor.send({ type: 'system.reset' });
  return error;
}

describe('actions and guards that read an event', () => {
  it.each([
    ['applyChoice', 'user.setLanguage'],
    ['togglePhrase', 'user.togglePhrase'],
    ['setFreeText', 'user.setDescription'],
    ['setLocation', 'user.setLocation'],
    ['setName', 'user.setName'],
    ['setPhone', 'user.setPhone'],
    ['keepReceipt', 'submit.done'],
    ['noteSubmitError', 'submit.failed'],
    ['setLookupRef', 'user.setLookupRef'],
    ['setPhoneLast4', 'user.setPhoneLast4'],
    ['keepLookupResult', 'lookup.done'],
    ['noteLookupError', 'lookup.failed'],
  ] as const)('%s throws on the wrong event instead of doing nothing', (action, expected) => {
    expect(String(errorOn({ action }))).toContain(`"${expected}"`);
  });

  it.each([
    ['editLeadsTo', 'user.edit'],
    ['categoryNotOffered', 'user.chooseCategory'],
    ['choosesNamedContact', 'user.chooseAnonymous'],
  ] as const)('%s throws on the wrong event instead of answering no', (guard, expected) => {
    expect(String(errorOn({ guard }))).toContain(`"${expected}"`);
  });

  it('records how any event was given, since every resident event may say', () => {
    expect(errorOn({ action: 'recordInputMode' })).toBeNull();
  });
});
