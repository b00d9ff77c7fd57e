import type { ReactNode } from 'react';

interface Props<T extends string | number | boolean> {
  /** The choices, in the order they are shown, read and reached by the keypad's arrows. */
  values: readonly T[];
  /** Whether a choice is the one chosen now (or one of those chosen, where several may be). */
  isChosen(value: T): boolean;
  /** What a choice says: its visible label is its accessible name. */
  label(value: T): ReactNode;
  onChoose(value: T): void;
  /** The group's own class, which lays the choices out (`options`, `settings-choices` …). */
  className: string;
  /**
   * A screen's options ([data-option]): large, growing into the screen, measured as options. Without
   * it, ordinary buttons (the settings panel's).
   */
  large?: boolean;
  /**
   * Every choice says whether it is pressed, "not pressed" included: a setting or a phrase, which
   * the resident turns on and off. Without it only the chosen answer says so (an answer to a question,
   * which is chosen rather than switched), as the kinds and the categories do.
   */
  toggles?: boolean;
  /** Anything after the choices in the same group (the kinds' "check progress"). */
  children?: ReactNode;
}

/**
 * A group of choices as buttons, the chosen one (or ones) pressed and shown with a tick: the kinds,
 * the categories, the describe screen's phrases, anonymity, the verdict's answers and the settings'
 * sizes and colours are all this one shape.
 */
export function OptionGroup<T extends string | number | boolean>({
  values,
  isChosen,
  label,
  onChoose,
  className,
  large = false,
  toggles = false,
  children,
}: Props<T>) {
  return (
    <div className={className} data-count={values.length}>
      {values.map((value) => {
        const chosen = isChosen(value);
        return (
          <button
            key={String(value)}
            type="button"
            className={large ? 'btn option' : 'btn'}
            data-option={large || undefined}
            aria-pressed={chosen || (toggles ? false : undefined)}
            onClick={() => onChoose(value)}
          >
            {label(value)}
          </button>
        );
      })}
      {children}
    </div>
  );
}
