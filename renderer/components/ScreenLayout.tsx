import type { ReactNode } from 'react';

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
      <div className="screen-content">{children}</div>
      {!actionsFirst && bar}
    </div>
  );
}
