import { type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';

interface Primary {
  label: string;
  onClick(): void;
  /** While the kiosk is busy with it (a lookup on its way): shown and announced as disabled. */
  disabled?: boolean;
}

interface Props {
  children: ReactNode;
  /** The screen's main action (下一步, 确认提交 …): always the same box in the same place, bottom right. */
  primary?: Primary;
  /** Other actions (跳过, 朗读联系方式 …), drawn as ordinary buttons at the bar's other end. */
  secondary?: ReactNode;
  /**
   * The action bar first in reading order, though drawn at the bottom: on the
   * review screen a keypad user reaches 确认提交 before the five 修改 buttons.
   */
  actionsFirst?: boolean;
}

/**
 * A kiosk screen: its content, which grows to fill the space between the
 * header and the action bar (and alone scrolls, when the largest text needs
 * it), and the action bar, fixed above the footer.
 */
export function ScreenLayout({ children, primary, secondary, actionsFirst = false }: Props) {
  const content = useRef<HTMLDivElement>(null);
  const moreBelow = useMoreBelow(content);
  const bar = (primary || secondary) && (
    <div className="action-bar" data-action-bar>
      <div className="action-secondary">{secondary}</div>
      {primary && (
        <button
          type="button"
          className="btn btn-primary action-primary"
          data-primary
          disabled={primary.disabled}
          onClick={primary.onClick}
        >
          {primary.label}
        </button>
      )}
    </div>
  );
  return (
    <div className="screen">
      {actionsFirst && bar}
      <div className="screen-content" ref={content}>
        {children}
      </div>
      {/* Seen, not read: a screen reader and the keypad reach what is below by moving on to it. */}
      {moreBelow && (
        <div className="more-below" aria-hidden="true" data-more-below>
          <span />
        </div>
      )}
      {!actionsFirst && bar}
    </div>
  );
}

/**
 * Whether the content region holds more than it shows below (at the larger text sizes a review's last
 * rows, a receipt's countdown): a senior does not look for a scroll bar, so the screen shows an arrow.
 * The arrow lies over the region's lower edge and takes no room, so showing it changes nothing measured here.
 */
function useMoreBelow(content: RefObject<HTMLDivElement | null>): boolean {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const region = content.current;
    if (!region) return;
    const measure = () => setMore(region.scrollHeight - region.scrollTop - region.clientHeight > 2);
    measure();
    region.addEventListener('scroll', measure, { passive: true });
    // jsdom (the component tests) has no ResizeObserver; every browser the kiosk runs in has.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(region);
    for (const child of region.children) observer?.observe(child);
    return () => {
      observer?.disconnect();
      region.removeEventListener('scroll', measure);
    };
  });
  return more;
}
