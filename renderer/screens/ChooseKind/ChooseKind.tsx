import { KINDS } from '../../../app/domain/kinds';
import { KindIcon, LookupIcon } from '../../components/Icon';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/** 办事 / 投诉 / 建议 as three very large buttons, and a fourth to check the progress of one left before. */
export function ChooseKind({ ctx, send, t }: ScreenProps) {
  return (
    <ScreenLayout>
      <div className="options big-choice">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn option"
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
        <button type="button" className="btn option" data-option onClick={() => send({ type: 'user.checkProgress' })}>
          <LookupIcon />
          <span>
            {t('lookup.choose')}
            <span className="hint">{t('lookup.chooseHint')}</span>
          </span>
        </button>
      </div>
    </ScreenLayout>
  );
}
