import { KINDS } from '../../../app/domain/kinds';
import { KindIcon, LookupIcon } from '../../components/Icon';
import type { ScreenProps } from '../../shell/screenProps';

/** 办事 / 投诉 / 建议 as three very large buttons, and a fourth to check the progress of one left before. */
export function ChooseKind({ ctx, send, t }: ScreenProps) {
  return (
    <div className="big-choice">
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="btn"
          data-option
          aria-pressed={ctx.kind === kind ? true : undefined}
          onClick={() => send({ type: 'user.chooseKind', kind })}
        >
          <KindIcon kind={kind} />
          <span>
            {t(`kinds.${kind}.label`)}
            <span className="hint">{t(`kinds.${kind}.hint`)}</span>
          </span>
        </button>
      ))}
      <button type="button" className="btn" data-option onClick={() => send({ type: 'user.checkProgress' })}>
        <LookupIcon />
        <span>
          {t('lookup.choose')}
          <span className="hint">{t('lookup.chooseHint')}</span>
        </span>
      </button>
    </div>
  );
}
