import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import type { KioskConfigView } from '../../../app/contract/kioskApi';
import type { SendUser } from '../../shell/screenProps';

type Book = NonNullable<KioskConfigView['addressBook']>;
type Names = Record<string, string>;

/** A place's name in the resident's language; the config view gives every language, this only guards an older host. */
export function placeName(names: Names, language: string): string {
  return names[language] ?? Object.values(names)[0] ?? '';
}

interface Props {
  book: Book;
  location: string;
  language: string;
  send: SendUser;
  t: TFunction;
}

/**
 * The centre's buildings, then the chosen building's units, and its
 * landmarks, as buttons that fill the location as typing would ("5号楼 3单元").
 * Which step shows is read from the location itself, so coming back from the
 * review, or typing a building's name, shows the same buttons.
 */
export function AddressBook({ book, location, language, send, t }: Props) {
  const here = location.trim();
  const open = book.buildings.find((b) => {
    const name = placeName(b.name, language);
    return b.units.length > 0 && (here === name || here.startsWith(`${name} `));
  });
  const openName = open ? placeName(open.name, language) : null;
  // A pressed button that goes away would leave keypad focus nowhere: focus moves to the buttons that
  // replace it, once they show (`awaiting` names the building whose units are awaited, '' for the list).
  // Typing a building's name in the text box awaits nothing, so focus stays in the box.
  const hintId = useId();
  const awaiting = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (awaiting.current === null || awaiting.current !== (openName ?? '')) return;
    awaiting.current = null;
    root.current?.querySelector<HTMLElement>('[data-option]')?.focus();
  });
  const set = (text: string, opens: string | null = null) => {
    awaiting.current = opens;
    send({ type: 'user.setLocation', text });
  };

  if (open && openName) {
    return (
      <div className="address-book address-units" ref={root}>
        <Group legend={t('location.units', { building: openName })} grid>
          {open.units.map((unit) => {
            const full = `${openName} ${placeName(unit, language)}`;
            const pressed = here === full;
            return (
              <button
                key={full}
                type="button"
                className="btn"
                data-option
                aria-pressed={pressed}
                onClick={() => set(pressed ? openName : full)}
              >
                {placeName(unit, language)}
              </button>
            );
          })}
        </Group>
        <div className="row">
          <button type="button" className="btn" onClick={() => set('', '')}>
            {t('location.otherPlace')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="address-book" ref={root}>
      <p id={hintId} className="note address-hint">
        {t('location.bookHint')}
      </p>
      <div className="address-groups">
        {book.buildings.length > 0 && (
          <Group legend={t('location.buildings')} describedBy={hintId}>
            {book.buildings.map((b) => {
              const name = placeName(b.name, language);
              return (
                <button
                  key={name}
                  type="button"
                  className="btn"
                  data-option
                  aria-pressed={here === name}
                  onClick={() => set(here === name ? '' : name, b.units.length > 0 ? name : null)}
                >
                  {name}
                </button>
              );
            })}
          </Group>
        )}
        {book.landmarks.length > 0 && (
          <Group legend={t('location.landmarks')} describedBy={hintId}>
            {book.landmarks.map((l) => {
              const name = placeName(l, language);
              return (
                <button
                  key={name}
                  type="button"
                  className="btn"
                  data-option
                  aria-pressed={here === name}
                  onClick={() => set(here === name ? '' : name)}
                >
                  {name}
                </button>
              );
            })}
          </Group>
        )}
      </div>
    </div>
  );
}

/**
 * A named group of places: its name beside its buttons where there is room (named by a span, since a
 * rendered legend cannot be laid out beside them), so that at the largest text the screen still needs no scrolling.
 */
function Group({
  legend,
  describedBy,
  grid = false,
  children,
}: {
  legend: string;
  describedBy?: string;
  /** Laid out as the choice screens' options grid (a building's units) rather than wrapped in rows. */
  grid?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset aria-labelledby={id} aria-describedby={describedBy} className="address-group plain">
      <span id={id} className="address-legend">
        {legend}
      </span>
      <div className={grid ? 'address-options options' : 'address-options'}>{children}</div>
    </fieldset>
  );
}
