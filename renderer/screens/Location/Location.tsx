import { useId } from 'react';
import { LIMITS } from '../../../app/domain/limits';
import { FieldError } from '../../components/FieldError';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';
import { AddressBook } from './AddressBook';
import './Location.css';

/** Where it happened: the centre's buildings, units and landmarks as buttons when it has an address book, or free text; optional. */
export function Location({ ctx, send, config, t }: ScreenProps) {
  const id = useId();
  const next = () => send({ type: 'user.next' });
  const book = config.addressBook;
  // Skipping is offered while the place is empty, as an ordinary button: the main one is always Next.
  const skip = ctx.location.trim() === '' && (
    <button type="button" className="btn" onClick={next}>
      {t('common.skip')}
    </button>
  );
  return (
    <ScreenLayout primary={{ label: t('common.next'), onClick: next }} secondary={skip || undefined}>
      {book && <AddressBook book={book} location={ctx.location} language={ctx.language} send={send} t={t} />}
      <div className="field location-field">
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
    </ScreenLayout>
  );
}
