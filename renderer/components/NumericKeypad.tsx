import type { TFunction } from 'i18next';
import './NumericKeypad.css';

interface Props {
  t: TFunction;
  onDigit(digit: string): void;
  onDelete(): void;
  onClear(): void;
}

const ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** A large on-screen number pad, laid out like a telephone's. */
export function NumericKeypad({ t, onDigit, onDelete, onClear }: Props) {
  return (
    <fieldset className="keypad plain">
      <legend className="sr-only">{t('contact.phone.keypad')}</legend>
      {ROWS.flat().map((d) => (
        <button key={d} type="button" className="btn keypad-key" onClick={() => onDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" className="btn keypad-key keypad-word" onClick={onClear}>
        {t('contact.phone.clear')}
      </button>
      <button type="button" className="btn keypad-key" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="btn keypad-key keypad-word" onClick={onDelete}>
        {t('contact.phone.delete')}
      </button>
    </fieldset>
  );
}
