import { describeProblem } from '../api.js';
import type { ScreenContext } from '../context.js';
import { h } from '../dom.js';
import { CLOCK_STEPS, type MockClock, type MockControl, type RplDecision } from '../mock-control.js';

export interface DemoControlsState {
  clock: MockClock;
  /** The watched customer's id while an RPL decision can apply, else undefined. */
  rplCustomerId: string | undefined;
  result?: { ok: boolean; text: string };
}

/**
 * The "Demo controls" card: the mock's control API behind buttons (move the virtual clock, decide
 * an RPL review), so a visitor sees every outcome without waiting. Shown only when the backend
 * answers that API (the in-page mock or the standalone one). `after` runs after each action.
 */
export function renderDemoControls(
  state: DemoControlsState,
  control: MockControl,
  context: ScreenContext,
  after: (result: { ok: boolean; text: string }) => void,
) {
  const { t } = context;
  const time = format(state.clock.epochMs, context);
  // One action at a time. Buttons are not disabled meanwhile: a disabled button would drop the
  // keyboard focus, which the re-render puts back on the same action (`data-action`).
  let busy = false;
  const act = (run: () => Promise<{ ok: boolean; text: string }>) => () => {
    if (busy) return;
    busy = true;
    void context.track(run()).then(after);
  };
  const button = (action: string, label: string, onClick: () => void, disabled = false) => {
    const element = h(
      'button',
      { type: 'button', class: 'secondary', disabled, 'data-action': action },
      label,
    );
    element.addEventListener('click', onClick);
    return element;
  };
  const advance = (ms: number) =>
    act(async () => {
      const result = await control.advance(ms);
      return result.problem
        ? { ok: false, text: t('demo.failed', { problem: describeProblem(result.problem, t) }) }
        : { ok: true, text: t('demo.advanced', { time: format(result.data.epochMs, context) }) };
    });
  const decide = (customerId: string, decision: RplDecision) =>
    act(async () => {
      const result = await control.decideRpl(customerId, decision);
      return result.problem
        ? { ok: false, text: t('demo.failed', { problem: describeProblem(result.problem, t) }) }
        : { ok: true, text: t(decision === 'approved' ? 'demo.approved' : 'demo.denied') };
    });
  const rplId = state.rplCustomerId;
  return h(
    'section',
    { class: 'card demo', id: 'demo-controls', 'aria-labelledby': 'demo-title' },
    h('h2', { id: 'demo-title' }, t('demo.title')),
    h('p', { class: 'help' }, t('demo.note')),
    h('p', { id: 'demo-clock' }, t('demo.clock', { time })),
    h(
      'div',
      { role: 'group', 'aria-label': t('demo.advance'), class: 'actions' },
      CLOCK_STEPS.map((step) => button(`advance-${step.ms}`, t(step.label), advance(step.ms))),
    ),
    h(
      'div',
      { role: 'group', 'aria-label': t('demo.rpl'), 'aria-describedby': 'demo-rpl-help', class: 'actions' },
      button('approve', t('demo.approve'), rplId ? decide(rplId, 'approved') : () => {}, !rplId),
      button('deny', t('demo.deny'), rplId ? decide(rplId, 'denied') : () => {}, !rplId),
    ),
    h('p', { class: 'help', id: 'demo-rpl-help' }, t('demo.rplIdle')),
    state.result && !state.result.ok
      ? h('p', { class: 'alert', role: 'alert', id: 'demo-result', tabindex: '-1' }, state.result.text)
      : h('p', { role: 'status', id: 'demo-result', tabindex: '-1' }, state.result?.text ?? ''),
  );
}

/** Virtual time, in UTC (the mock's clock has no time zone of its own). */
const format = (epochMs: number, context: ScreenContext) =>
  `${new Intl.DateTimeFormat(context.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(epochMs)} UTC`;
