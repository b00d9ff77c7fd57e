import { expect, type Page } from '@playwright/test';
import { CONTRASTS, type Contrast, MIN_TEXT_CONTRAST, TEXT_SIZES, type TextSize } from '../../app/dialog/settings';

/** One combination of the display settings, as the kiosk writes them on <html>. */
export interface Display {
  textSize: TextSize;
  contrast: Contrast;
}

export const EVERY_DISPLAY: Display[] = TEXT_SIZES.flatMap((textSize) =>
  CONTRASTS.map((contrast) => ({ textSize, contrast })),
);

/**
 * Puts the display settings on the page the way the kiosk does (the
 * `data-text-size` and `data-contrast` attributes its settings write on
 * <html>, which all of the styling follows), without walking to the settings
 * panel: so one walk through the screens can check every combination.
 * test/e2e/settings.spec.ts checks that the panel's buttons set the same.
 */
export async function showWith(page: Page, display: Display) {
  await page.evaluate(({ textSize, contrast }) => {
    document.documentElement.dataset.textSize = String(textSize);
    document.documentElement.dataset.contrast = contrast;
  }, display);
}

/** The bars for older eyes and hands, in CSS px (1 CSS px ≥ 1 dp on the kiosk's screens). */
export const BARS = {
  /** Body text at the standard size; every other size scales it. */
  textPx: 28,
  /** 适老化: targets at least 60 dp; WCAG 2.5.5: 44 px. The kiosk's own bar is higher. */
  targetPx: 64,
  gapPx: 8,
  /** The largest text size is at least this many times the standard one. */
  largestScale: 2,
  /** The screen's own part keeps at least this share of the window's height, whatever the header and footer take. */
  mainShare: 0.4,
} as const;

/**
 * The design's own sizes, above the floors: at the standard text size on a
 * window whose shorter side is at least DESIGN.minWindowPx (1920×1080 and
 * 1080×1920), as the kiosk's screens are.
 */
export const DESIGN = {
  minWindowPx: 1080,
  textPx: 32,
  optionTextPx: 40,
  optionPx: 96,
  primaryHeightPx: 96,
  primaryWidthPx: 240,
} as const;

type Box = { x: number; y: number; width: number; height: number };

/** What one screen measured at one display setting. */
export interface Figures {
  display: Display;
  rootPx: number;
  minTextPx: number;
  minContrast: number;
  minTargetPx: number;
  /** The main action's box (下一步, 确认提交 …), where the screen has one. */
  primary: Box | null;
  /** The step shown in the header ("第 2 步，共 6 步"), where there is one. */
  step: string | null;
  /** Options ([data-option]) on the screen, and those wholly in view, neither scrolled away nor cut off. */
  options: number;
  optionsInView: number;
  problems: string[];
}

interface InPageBars {
  minTextPx: number;
  minContrast: number;
  targetPx: number;
  gapPx: number;
  mainShare: number;
  design: typeof DESIGN | null;
}

/** What measureInPage is given: the displays to show one after another, and the bars they are held to. */
interface InPageRequest {
  displays: Display[];
  /** Body text's floor at the standard size, scaled in the page by each size's root font size. */
  textPx: number;
  minContrast: Record<Contrast, number>;
  targetPx: number;
  gapPx: number;
  mainShare: number;
  /** The design's sizes, checked at the standard size only (null: the window is smaller than the design's). */
  design: typeof DESIGN | null;
}

/**
 * Runs in the page: shows each display in turn (as showWith does), measures it, and puts back the
 * settings the kiosk had — one round trip a screen rather than three a display, as the page's
 * layout is synchronous: reading a size after the attributes change lays the page out anew.
 */
function measureInPage(request: InPageRequest): {
  standardRoot: number;
  figures: Figures[];
} {
  const root = document.documentElement;
  const kiosks = { textSize: root.dataset.textSize, contrast: root.dataset.contrast };
  const show = (display: Display) => {
    root.dataset.textSize = String(display.textSize);
    root.dataset.contrast = display.contrast;
  };
  const rootPx = () => Number.parseFloat(getComputedStyle(root).fontSize);
  show({ textSize: 0, contrast: 'default' });
  const standardRoot = rootPx();
  const figures: Figures[] = [];
  for (const display of request.displays) {
    show(display);
    const measured = measureNow({
      minTextPx: request.textPx * (rootPx() / standardRoot),
      minContrast: request.minContrast[display.contrast],
      targetPx: request.targetPx,
      gapPx: request.gapPx,
      mainShare: request.mainShare,
      design: display.textSize === 0 ? request.design : null,
    });
    figures.push({ display, ...measured });
  }
  // Back to what the kiosk itself had set, for the rest of the walk.
  root.dataset.textSize = kiosks.textSize ?? '0';
  root.dataset.contrast = kiosks.contrast ?? 'default';
  return { standardRoot, figures };

  /**
   * Measures what is rendered now. Text sizes and colours come from getComputedStyle, the background
   * behind a text from its ancestors' background colours (the kiosk uses no background images), the
   * contrast ratio by WCAG 2's relative luminance formula. Nothing changes the page while it runs, so
   * what an element's ancestors give it (hidden or not, the part their clipping lets show, the
   * background) is worked out once per element and shared by its descendants.
   */
  function measureNow(bars: InPageBars): Omit<Figures, 'display'> {
    const problems: string[] = [];
    const short = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    const styles = new Map<Element, CSSStyleDeclaration>();
    const styleOf = (el: Element) => {
      let s = styles.get(el);
      if (!s) {
        s = getComputedStyle(el);
        styles.set(el, s);
      }
      return s;
    };
    const hiddenMemo = new Map<Element, boolean>();
    /** Not seen: hidden from everyone, or visually hidden for screen readers (a box clipped away to nothing). */
    const hidden = (el: Element): boolean => {
      let h = hiddenMemo.get(el);
      if (h === undefined) {
        h =
          el.matches('.sr-only, [inert], [aria-hidden="true"]') ||
          styleOf(el).clip === 'rect(0px, 0px, 0px, 0px)' ||
          (el.parentElement !== null && hidden(el.parentElement));
        hiddenMemo.set(el, h);
      }
      return h;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && styleOf(el).visibility !== 'hidden' && !hidden(el);
    };
    const clips = (el: Element) => {
      const s = styleOf(el);
      return s.overflowX !== 'visible' || s.overflowY !== 'visible';
    };
    type Edges = [left: number, top: number, right: number, bottom: number];
    const clipMemo = new Map<Element, Edges>();
    /** The part of the page that an element's own clipping, and its ancestors', lets its descendants show. */
    const clipOf = (el: Element | null): Edges => {
      if (!el) return [-Infinity, -Infinity, Infinity, Infinity];
      let edges = clipMemo.get(el);
      if (!edges) {
        edges = clipOf(el.parentElement);
        if (clips(el)) {
          const c = el.getBoundingClientRect();
          edges = [
            Math.max(edges[0], c.left),
            Math.max(edges[1], c.top),
            Math.min(edges[2], c.right),
            Math.min(edges[3], c.bottom),
          ];
        }
        clipMemo.set(el, edges);
      }
      return edges;
    };
    /** The part of an element that its scrolling or clipping ancestors let show. */
    const visibleRect = (el: Element) => {
      const r = el.getBoundingClientRect();
      const c = clipOf(el.parentElement);
      const [left, top, right, bottom] = [
        Math.max(r.left, c[0]),
        Math.max(r.top, c[1]),
        Math.min(r.right, c[2]),
        Math.min(r.bottom, c[3]),
      ];
      return { left, top, right, bottom, empty: right <= left || bottom <= top };
    };

    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const n = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n.length > 3 ? (n[3] ?? 1) : 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const backgrounds = new Map<Element, Rgba>();
    /** The colour behind an element: its own background over its parent's, down to an opaque one (or white). */
    const backgroundOf = (el: Element | null): Rgba => {
      if (!el) return [255, 255, 255, 1];
      let bg = backgrounds.get(el);
      if (!bg) {
        const c = parse(styleOf(el).backgroundColor);
        bg = c[3] >= 1 ? c : c[3] > 0 ? over(c, backgroundOf(el.parentElement)) : backgroundOf(el.parentElement);
        backgrounds.set(el, bg);
      }
      return bg;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (fg: Rgba, bg: Rgba) => {
      const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    };

    let minTextPx = Number.POSITIVE_INFINITY;
    let minContrast = Number.POSITIVE_INFINITY;
    const checkText = (el: Element, text: string, range: Range | null) => {
      const style = styleOf(el);
      const size = Number.parseFloat(style.fontSize);
      minTextPx = Math.min(minTextPx, size);
      if (size < bars.minTextPx - 0.01) problems.push(`text "${short(text)}" is ${size}px`);
      const bg = backgroundOf(el);
      const ratio = contrast(over(parse(style.color), bg), bg);
      minContrast = Math.min(minContrast, ratio);
      if (ratio < bars.minContrast) problems.push(`text "${short(text)}" has contrast ${ratio.toFixed(2)}:1`);
      // Text cut off or pushed out sideways, by its own box's clipping ancestors or by the window.
      const r = range?.getBoundingClientRect() ?? el.getBoundingClientRect();
      const clip = visibleRect(el);
      if (r.left < Math.max(clip.left, 0) - 1 || r.right > Math.min(clip.right, window.innerWidth) + 1) {
        problems.push(`text "${short(text)}" runs out sideways (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !shown(parent)) continue;
      if (visibleRect(parent).empty) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      checkText(parent, node.textContent, range);
      // A word in Latin letters broken across two lines ("managemen / t") reads as two words, or none.
      for (const word of node.textContent.matchAll(/[A-Za-z\u00C0-\u024F'’]{2,}/g)) {
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1)
          problems.push(`the word "${word[0]}" in "${short(node.textContent)}" is broken across lines`);
      }
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (field.value && shown(field)) checkText(field, field.value, null);
    }

    let minTargetPx = Number.POSITIVE_INFINITY;
    const controls = [...document.querySelectorAll('button, input, textarea, a[href], [role="button"]')].filter(shown);
    const seen = controls.map(visibleRect);
    controls.forEach((control, i) => {
      const r = control.getBoundingClientRect();
      minTargetPx = Math.min(minTargetPx, r.width, r.height);
      if (r.width < bars.targetPx || r.height < bars.targetPx) {
        problems.push(`control "${short(control.textContent)}" is ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      // Wholly in the window and not cut off: at every size, as nothing may scroll to bring it into view.
      const v = seen[i]!;
      const inWindow =
        r.left >= -1 && r.top >= -1 && r.right <= window.innerWidth + 1 && r.bottom <= window.innerHeight + 1;
      const whole =
        !v.empty && v.left <= r.left + 1 && v.top <= r.top + 1 && v.right >= r.right - 1 && v.bottom >= r.bottom - 1;
      if (!inWindow || !whole) problems.push(`control "${short(control.textContent)}" is off screen or cut off`);
      // Covered: what a finger at the middle of its visible part would touch is the control itself.
      if (!v.empty) {
        const hit = document.elementFromPoint((v.left + v.right) / 2, (v.top + v.bottom) / 2);
        if (hit && hit !== control && !control.contains(hit)) {
          problems.push(
            `control "${short(control.textContent)}" is covered by "${short(hit.textContent) || hit.tagName}"`,
          );
        }
      }
      const a = seen[i]!;
      if (a.empty) return;
      seen.forEach((b, j) => {
        if (j <= i || b.empty) return;
        const gap = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        if (gap < bars.gapPx) {
          problems.push(
            `controls "${short(control.textContent)}" and "${short(controls[j]!.textContent)}" are ${Math.round(gap)}px apart`,
          );
        }
      });
    });

    // Nothing scrolls, in either direction, at any size (issue 13: a senior does not look for a scroll bar).
    for (const el of document.querySelectorAll('body *')) {
      if (!shown(el) || !clips(el)) continue;
      const s = styleOf(el);
      const name = el.className || el.tagName.toLowerCase();
      if (el.scrollWidth > el.clientWidth + 1 && s.overflowX !== 'visible') problems.push(`${name} scrolls sideways`);
      // A one-line text box with any text in it reports a scroll height 2–3 px over its own in Chromium
      // (its inner editor's box), at every size, with nothing cut off: only other elements count here.
      if (el.scrollHeight > el.clientHeight + 1 && !el.matches('input')) {
        const scrolls = s.overflowY === 'auto' || s.overflowY === 'scroll';
        problems.push(
          `${name} ${scrolls ? 'scrolls' : 'cuts off its content'} (${el.scrollHeight} > ${el.clientHeight})`,
        );
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page overflows sideways');
    if (document.documentElement.scrollHeight > window.innerHeight) problems.push('the page scrolls');
    const main = document.querySelector('.kiosk-main');
    if (main && !hidden(main) && main.clientHeight < bars.mainShare * window.innerHeight) {
      problems.push(`the screen's own part is only ${main.clientHeight}px high`);
    }

    // The design's sizes: text, options and the main action larger than the floors.
    const options = [...document.querySelectorAll('[data-option]')].filter(shown);
    const primaryEl = [...document.querySelectorAll('[data-primary]')].find(shown);
    if (bars.design) {
      const d = bars.design;
      if (minTextPx < d.textPx - 0.01) problems.push(`the smallest text is ${minTextPx}px, not ${d.textPx}`);
      for (const option of options) {
        const r = option.getBoundingClientRect();
        const size = Number.parseFloat(styleOf(option).fontSize);
        if (size < d.optionTextPx - 0.01) problems.push(`option "${short(option.textContent)}" has ${size}px text`);
        if (r.height < d.optionPx)
          problems.push(`option "${short(option.textContent)}" is ${Math.round(r.height)}px high`);
      }
      if (primaryEl) {
        const r = primaryEl.getBoundingClientRect();
        if (r.height < d.primaryHeightPx || r.width < d.primaryWidthPx) {
          problems.push(
            `the main action "${short(primaryEl.textContent)}" is ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
        }
      }
    }

    // The heading takes focus for screen readers; to a resident who touches (or has not yet) it draws no box.
    const heading = document.activeElement;
    if (heading?.matches('[data-heading]')) {
      const s = styleOf(heading);
      if ((s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none') {
        problems.push(`the focused heading draws a box (${s.outlineStyle} ${s.outlineWidth}, ${s.boxShadow})`);
      }
    }

    const box = (el: Element | undefined): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
    };
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      const v = visibleRect(el);
      return (
        !v.empty &&
        v.left <= r.left + 1 &&
        v.top <= r.top + 1 &&
        v.right >= r.right - 1 &&
        v.bottom >= r.bottom - 1 &&
        r.top >= -1 &&
        r.bottom <= window.innerHeight + 1
      );
    };
    const step = document.querySelector('[data-step]');
    return {
      primary: box(primaryEl),
      step: step && shown(step) ? (step.textContent ?? '').trim() : null,
      options: options.length,
      optionsInView: options.filter(inView).length,
      rootPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      minTextPx,
      minContrast,
      minTargetPx,
      problems,
    };
  }
}

/**
 * Measures the screen as it is now at each display setting: every text's
 * size (at least 28 px times the setting's scale) and contrast (at least the
 * mode's MIN_TEXT_CONTRAST), every control's size and spacing, no control
 * covered, cut off or off screen, nothing running out sideways, nothing
 * scrolling at any size (neither the page nor any part of it), the design's
 * sizes (DESIGN) at the standard size on a 1080p window, and no box on the
 * focused heading. Fails
 * with every problem found; returns the figures (with the main action's box,
 * the step shown and the options in view) for the callers' own checks.
 */
export async function measureScreen(page: Page, label: string, displays: Display[] = EVERY_DISPLAY) {
  const window = page.viewportSize();
  const designWindow = window !== null && Math.min(window.width, window.height) >= DESIGN.minWindowPx;
  const measured = await page.evaluate(measureInPage, {
    displays,
    textPx: BARS.textPx,
    minContrast: MIN_TEXT_CONTRAST,
    targetPx: BARS.targetPx,
    gapPx: BARS.gapPx,
    mainShare: BARS.mainShare,
    design: designWindow ? DESIGN : null,
  });
  const { standardRoot } = measured;
  // The callers' own display objects, as they look the figures up by them.
  const figures: Figures[] = measured.figures.map((f, i) => ({ ...f, display: displays[i]! }));
  const problems = figures.flatMap((f) =>
    f.problems.map((p) => `size ${f.display.textSize}, ${f.display.contrast}: ${p}`),
  );
  // Against the standard size measured above, so a group of displays without it still checks the largest.
  const largest = figures.find((f) => f.display.textSize === TEXT_SIZES.at(-1))?.rootPx;
  if (largest !== undefined && largest < BARS.largestScale * standardRoot) {
    problems.push(
      `the largest text (${largest}px) is less than ${BARS.largestScale}× the standard (${standardRoot}px)`,
    );
  }
  expect(problems, `measurements on ${label}`).toEqual([]);
  return figures;
}
