import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { digitsOf, expect, startKiosk, test } from './support';

/** All the text of a PDF, page after page, as a person would read it off the paper. */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return text;
}

test('the printed receipt has the centre, the reference in large print, the date, kind and category, and a QR code', async ({
  page,
}) => {
  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '环境卫生' }).click();
  await page.getByRole('button', { name: '楼道脏乱' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  await expect(page.getByTestId('print-receipt')).toBeHidden();
  // Hidden on screen, so not in the accessibility tree: found by its label.
  await expect(page.locator(`svg[aria-label="编号 ${ref.slice(0, 3)} ${ref.slice(3)} 的二维码"] path`)).toHaveCount(1);

  const text = (await pdfText(await page.pdf({ format: 'A6', printBackground: true }))).replace(/\s+/g, ' ');
  expect(text).toContain('邻里社区服务中心');
  expect(text).toContain(`${ref.slice(0, 3)} ${ref.slice(3)}`);
  expect(text).toMatch(/时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  expect(text).toContain('投诉 · 环境卫生');
  expect(text).toContain('社区工作人员会尽快查看处理');
  // Only the receipt is printed: none of the kiosk's buttons.
  expect(text).not.toContain('完成');
  expect(text).not.toContain('呼叫工作人员');
});
