import type { TFunction } from 'i18next';
import type { Progress } from '../../../app/dialog/progress';
import { focusOnMount } from './focusOnMount';

interface Props {
  /** The screen's question. */
  title: string;
  /** Changes with each new screen and language: the heading is mounted anew and takes focus. */
  headingKey: string;
  progress: Progress | null;
  centre: string | null;
  t: TFunction;
}

/**
 * Where the resident is: the step of the form ("第 2 步，共 6 步", with a bar
 * of as many segments), the centre's name, and the screen's question as the
 * heading, which takes focus for screen readers on each new screen.
 */
export function Header({ title, headingKey, progress, centre, t }: Props) {
  return (
    <header className="kiosk-header">
      {(progress || centre) && (
        <div className="header-meta">
          {progress && (
            <div className="step" data-step>
              <span>{t('app.stepOf', { current: progress.current, total: progress.total })}</span>
              <span className="step-bar" aria-hidden="true">
                {Array.from({ length: progress.total }, (_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the segments are positions, nothing else
                  <span key={i} className={i < progress.current ? 'done' : undefined} />
                ))}
              </span>
            </div>
          )}
          {centre && <span className="centre">{centre}</span>}
        </div>
      )}
      <h1 key={headingKey} ref={focusOnMount} tabIndex={-1} data-heading>
        {title}
      </h1>
    </header>
  );
}
