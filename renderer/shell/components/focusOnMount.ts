/**
 * A ref that focuses its element as it is mounted. Give the element a `key`
 * that changes with what it heads (a screen, an overlay) to focus it on each
 * new one; being one function, it is not called again on every render.
 */
export const focusOnMount = (el: HTMLElement | null) => el?.focus();
