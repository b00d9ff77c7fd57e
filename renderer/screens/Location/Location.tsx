import { useId } from 'react';
import { LIMITS } from '../../../app/domain/limits';
import { FieldError } from '../../components/FieldError';
import type { ScreenProps } from '../../shell/screenProps';
import { AddressBook } from './AddressBook';
import './Location.css';

/** Where it happened: the centre's buildings, units and landmarks as buttons when it has an address book, or free text; optional. */
export function Location({ ctx, send, config, t }: ScreenProps) {
  const id = useId();
  const empty = ctx.location.trim() === '';
  const book = config.addressBook;
  return (
    <div className="location">
      {book && <AddressBook book={book} location={ctx.location} language={ctx.language} send={send} t={t} />}
      <div className="field">
        <label htmlFor={id}>{t('location.label')}</label>
        <input
          id={id}
          type="text"
          value={ctx.location}
          autoComplete="off"
          onChange={(e) => send({ type: 'user.setLocation', text: e.target.value })}
        />
      </div>
      <FieldError ctx={ctx} t={t} values={{ max: LIMITS.location }} />
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => send({ type: 'user.next' })}>
          {empty ? t('common.skip') : t('common.next')}
        </button>
      </div>
    </div>
  );
}
