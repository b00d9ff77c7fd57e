// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArgsOf, KioskApi } from '../../../../app/contract/kioskApi';
import { KioskApiError } from '../../../../renderer/api/client';
import { OnBehalf } from '../../../../renderer/staff/OnBehalf';
import { CONFIG } from '../screens/support';
import { render, setup } from './support';

/** submitOnBehalf answering from a script: the real check is the server's (test/unit/main/services/onBehalfHandlers.test.ts). */
function fakeApi(answers: (() => unknown)[]) {
  const sent: ArgsOf<'submitOnBehalf'>[] = [];
  const api = {
    submitOnBehalf: async (args: ArgsOf<'submitOnBehalf'>) => {
      sent.push(args);
      return answers.shift()!();
    },
  } as unknown as KioskApi;
  return { api, sent };
}

const renderForm = (api: KioskApi) =>
  render(<OnBehalf api={api} config={CONFIG} language="zh-CN" t={setup('zh-CN')} />);

describe('代办登记: staff enter a request for a resident', () => {
  it('names each missing field at the field, and sends nothing', async () => {
    const user = userEvent.setup();
    const { api, sent } = fakeApi([]);
    renderForm(api);
    await user.click(screen.getByRole('button', { name: '保存登记' }));
    expect(screen.getByRole('combobox', { name: '类型' })).toHaveAccessibleDescription('请选择类型。');
    expect(screen.getByRole('combobox', { name: '类别' })).toHaveAccessibleDescription('请选择类别。');
    expect(screen.getByRole('textbox', { name: '居民反映的问题' })).toBeInvalid();
    expect(sent).toEqual([]);
  });

  it('sends the draft with the channel, and shows the reference to read to the resident', async () => {
    const user = userEvent.setup();
    const { api, sent } = fakeApi([() => ({ id: 9, ref: '1234567', createdAt: '2026-11-26T09:20:00+08:00' })]);
    renderForm(api);
    await user.click(screen.getByRole('radio', { name: '到服务台来' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '类型' }), 'service');
    await user.selectOptions(screen.getByRole('combobox', { name: '类别' }), 'svc.health');
    await user.type(screen.getByRole('textbox', { name: '居民反映的问题' }), '想预约家庭医生');
    await user.type(screen.getByRole('textbox', { name: '居民电话（可不填；办事必须留）' }), '13800138000{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('已登记。请把编号读给居民：123 4567');
    expect(sent).toEqual([
      {
        draft: {
          kind: 'service',
          category: 'svc.health',
          description: '想预约家庭医生',
          contact: { anonymous: false, phone: '13800138000' },
          language: 'zh-CN',
        },
        channel: 'walk-in',
      },
    ]);
    await user.click(screen.getByRole('button', { name: '再登记一件' }));
    expect(screen.getByRole('combobox', { name: '类型' })).toHaveValue('');
  });

  it('shows the server’s refusal at the field it names', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi([
      () => {
        throw new KioskApiError(
          'invalid',
          'draft.contact.anonymous: a service request needs a contact',
          'draft.contact.anonymous',
        );
      },
    ]);
    renderForm(api);
    await user.selectOptions(screen.getByRole('combobox', { name: '类型' }), 'service');
    await user.selectOptions(screen.getByRole('combobox', { name: '类别' }), 'svc.health');
    await user.type(screen.getByRole('textbox', { name: '居民反映的问题' }), '问社保');
    await user.click(screen.getByRole('button', { name: '保存登记' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/请填写有效的电话号码/);
    expect(screen.getByRole('textbox', { name: '居民电话（可不填；办事必须留）' })).toBeInvalid();
  });
});
