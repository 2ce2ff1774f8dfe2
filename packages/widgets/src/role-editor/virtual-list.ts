import { type ReactiveController, type ReactiveControllerHost, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** Every row has this height, so the scroll position alone says which rows are on screen. */
export const ROW_HEIGHT = 56;
/** Rows rendered above and below the visible ones, so a fast scroll shows no blank gap. */
const OVERSCAN = 10;
/** Never more rows in the DOM than this, however tall the viewport. */
const MAX_RENDERED = 200;

/** What the list shows: how many rows, each row's template, and which rows must be loaded. */
export interface RowSource {
  /** `undefined` while there is no list to show (loading, error, empty). */
  total(): number | undefined;
  row(index: number, active: boolean): unknown;
  need(first: number, last: number): void;
}

/**
 * The windowing of the users list, written so that scrolling never forces a layout the frame would
 * not do anyway (issue #10's scroll budget):
 * - the scroll position is read **once per frame**, in a `requestAnimationFrame` callback that
 *   coalesces every scroll event of the frame, before anything is written;
 * - the viewport's height comes from a `ResizeObserver` (delivered after layout), never from
 *   `clientHeight`;
 * - rows have a fixed height, so positions are arithmetic, and the rows are keyed by index (the
 *   template uses `repeat`), so a row that stays in the window is not touched when the window moves;
 * - only the window plus overscan is rendered, plus the row that holds the keyboard focus;
 * - the rows are rendered by the list into its rowgroup (`.body`, which the host's template leaves
 *   empty), so a scroll frame renders the rows only, not the whole editor.
 *
 * Keyboard: one row is the list's tab stop (roving `tabindex`); arrows, Page Up/Down, Home and End
 * move it. That row stays rendered while it is scrolled out of view, so focus is never dropped to
 * the page, and it is focused again where it is when the admin comes back.
 */
export class VirtualList implements ReactiveController {
  /** The first row in view, and how many rows the viewport shows. */
  firstVisible = 0;
  visibleCount = 12;
  /** The row that is the list's tab stop (and has the focus when the list has it). */
  active = 0;
  /** Whether the focus should move to the active row once it is rendered (after a key press). */
  private focusPending = false;
  /** The active row moved by a key press since the last render. */
  private keyMoved = false;
  private viewport?: HTMLElement;
  /** The scroll position last read (or set), and the viewport's height, in pixels. */
  private top = 0;
  private height = ROW_HEIGHT * 12;
  private frame = 0;
  private readonly resize = new ResizeObserver((entries) => {
    this.height = entries[entries.length - 1]?.contentRect.height ?? 0;
    const count = Math.max(1, Math.ceil(this.height / ROW_HEIGHT));
    if (count !== this.visibleCount) {
      this.visibleCount = count;
      this.paint();
    }
  });

  constructor(
    host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
    private readonly source: RowSource,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resize.disconnect();
    this.viewport = undefined;
  }

  hostUpdated() {
    const viewport = this.root().querySelector<HTMLElement>('.viewport') ?? undefined;
    if (viewport !== this.viewport) {
      if (this.viewport) this.resize.unobserve(this.viewport);
      this.viewport = viewport;
      if (viewport) this.resize.observe(viewport);
      // The list came back (a reload after a change): where it was, not at the top, so the row
      // the admin was on is still in view.
      if (viewport && this.top > 0) viewport.scrollTop = this.top;
    }
    this.paint();
  }

  /** Renders the rows into the rowgroup (without updating the host) and asks for the pages they show. */
  paint() {
    const total = this.source.total();
    const body = this.root().querySelector<HTMLElement>('.body');
    if (total === undefined || !body) return;
    // The list got shorter (a user removed, another search): the tab stop stays on a row that exists.
    this.active = Math.min(this.active, total - 1);
    const rows = this.rows(total);
    render(
      repeat(
        rows,
        (index) => index,
        (index) => this.source.row(index, index === this.active),
      ),
      body,
    );
    const { first, last } = this.range(total);
    this.source.need(first, last);
    this.source.need(this.active, this.active);
    if (this.focusPending) this.focusActive();
  }

  /** The rows in the window: the visible ones with overscan, at most MAX_RENDERED. */
  range(total: number) {
    const first = Math.max(0, this.firstVisible - OVERSCAN);
    const last = Math.min(
      total - 1,
      this.firstVisible + this.visibleCount + OVERSCAN,
      first + MAX_RENDERED - 1,
    );
    return { first, last };
  }

  /** The rows to render: the window, then the active row if it is outside. */
  rows(total: number): number[] {
    const { first, last } = this.range(total);
    const rows: number[] = [];
    for (let index = first; index <= last; index++) rows.push(index);
    if (this.active < total && (this.active < first || this.active > last)) rows.push(this.active);
    return rows;
  }

  /**
   * Focuses the active row once it is rendered (its button once its page is loaded), unless the
   * admin puts the focus somewhere else first: after a change took a user out of the list, the row
   * that took their place.
   */
  focusActiveRow() {
    this.focusPending = true;
    this.paint();
  }

  /** A new query: back to the top, the first row active. */
  restart() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.viewport?.scrollTo({ top: 0 });
    this.firstVisible = this.top = 0;
    this.active = 0;
    this.focusPending = this.keyMoved = false;
  }

  /** Scroll events only ask for a frame; the position is read there, once. */
  onScroll = () => {
    if (!this.frame) this.frame = requestAnimationFrame(this.read);
  };

  private read = () => {
    this.frame = 0;
    this.top = this.viewport?.scrollTop ?? 0;
    const first = Math.floor(this.top / ROW_HEIGHT);
    if (first !== this.firstVisible) {
      this.firstVisible = first;
      this.paint();
    }
  };

  /** Focus entering a row (a click, Tab): that row becomes the tab stop. */
  onFocusIn = (event: FocusEvent) => {
    const row = (event.target as Element).closest('[aria-rowindex]');
    const index = Number(row?.getAttribute('aria-rowindex')) - 2;
    if (index >= 0 && index !== this.active) {
      this.active = index;
      this.paint();
    }
  };

  /** Arrows, Page Up/Down, Home and End move the active row through all `total` rows. */
  onKeyDown = (event: KeyboardEvent) => {
    const total = this.source.total() ?? 0;
    const page = Math.max(1, this.visibleCount - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
      Home: 0,
      End: total - 1,
    };
    const next = moves[event.key];
    if (next === undefined || total === 0) return;
    event.preventDefault();
    this.active = Math.min(total - 1, Math.max(0, next));
    // Scroll by arithmetic, no layout read: the row just under the sticky head (at most a row
    // high) when it is above the view, its bottom edge at the viewport's bottom when below.
    const rowTop = this.active * ROW_HEIGHT;
    const target =
      rowTop < this.top
        ? rowTop
        : rowTop + 2 * ROW_HEIGHT > this.top + this.height
          ? rowTop + 2 * ROW_HEIGHT - this.height
          : undefined;
    if (target !== undefined) {
      this.top = Math.max(0, target);
      this.firstVisible = Math.floor(this.top / ROW_HEIGHT);
      this.viewport?.scrollTo({ top: this.top });
    }
    this.focusPending = this.keyMoved = true;
    this.paint();
  };

  /**
   * Focuses the active row's button after a key press, or its placeholder cell while its page loads
   * and then the button, unless the admin has put the focus somewhere else meanwhile.
   */
  private focusActive() {
    const row = this.root().querySelector(`.body [aria-rowindex="${this.active + 2}"]`);
    const button = row?.querySelector<HTMLElement>('button.name');
    const target = button ?? row?.querySelector<HTMLElement>('[tabindex]');
    if (!row || !target) return;
    const focused = (this.root() as ShadowRoot).activeElement;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (this.keyMoved || lost || (focused && row.contains(focused))) target.focus({ preventScroll: true });
    this.keyMoved = false;
    if (button) this.focusPending = false;
  }
}
