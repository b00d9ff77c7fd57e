import { KINDS } from '../../../app/domain/kinds';
import { KindIcon, LookupIcon } from '../../components/Icon';
import { OptionGroup } from '../../components/OptionGroup';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/screenProps';

/** 办事 / 投诉 / 建议 as three very large buttons, and a fourth to check the progress of one left before. */
export function ChooseKind({ ctx, send, t }: ScreenProps) {
  return (
    <ScreenLayout>
      <OptionGroup
        className="options big-choice"
        large
        values={KINDS}
        isChosen={(kind) => ctx.kind === kind}
        label={(kind) => (
          <>
            <KindIcon kind={kind} />
            <span>
              {t(`kinds.${kind}.label`)}
              <span className="hint">{t(`kinds.${kind}.hint`)}</span>
            </span>
          </>
        )}
        onChoose={(kind) => send({ type: 'user.chooseKind', kind })}
      >
        <button type="button" className="btn option" data-option onClick={() => send({ type: 'user.checkProgress' })}>
          <LookupIcon />
          <span>
            {t('lookup.choose')}
            <span className="hint">{t('lookup.chooseHint')}</span>
          </span>
        </button>
      </OptionGroup>
    </ScreenLayout>
  );
}
