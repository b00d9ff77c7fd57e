import { useState } from 'react';
import { CATEGORIES_PER_PAGE, pageCount } from '../../../app/domain/catalogue';
import { CategoryIcon } from '../../components/Icon';
import { OptionGroup } from '../../components/OptionGroup';
import { ScreenLayout } from '../../components/ScreenLayout';
import { categoryLabel, findEntry } from '../../shell/catalogueText';
import type { ScreenProps } from '../../shell/screenProps';

/** The kind's categories, each with its icon, all on one screen (paged only beyond twelve). */
export function ChooseCategory({ ctx, send, config, t }: ScreenProps) {
  const entries = config.catalogue.filter((c) => c.kind === ctx.kind);
  const pages = pageCount(entries.length);
  const chosenIndex = entries.findIndex((c) => c.code === ctx.category);
  const [page, setPage] = useState(chosenIndex >= 0 ? Math.floor(chosenIndex / CATEGORIES_PER_PAGE) : 0);
  const shown = entries.slice(page * CATEGORIES_PER_PAGE, (page + 1) * CATEGORIES_PER_PAGE);
  const pager = pages > 1 && (
    <div className="row pager">
      <button type="button" className="btn" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('common.prevPage')}
      </button>
      <p aria-live="polite">{t('common.page', { page: page + 1, total: pages })}</p>
      <button type="button" className="btn" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t('common.nextPage')}
      </button>
    </div>
  );
  return (
    <ScreenLayout secondary={pager || undefined}>
      <OptionGroup
        className="options category-options"
        large
        values={shown.map((entry) => entry.code)}
        isChosen={(code) => ctx.category === code}
        label={(code) => (
          <>
            <CategoryIcon code={code} />
            <span>{categoryLabel(findEntry(config, code), code, ctx.language, t)}</span>
          </>
        )}
        onChoose={(code) => send({ type: 'user.chooseCategory', category: code })}
      />
    </ScreenLayout>
  );
}
