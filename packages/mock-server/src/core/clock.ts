/**
 * The controllable clock. Virtual time runs `speed` times faster than real time (default 60: one
 * real second is one virtual minute), and `advance(ms)` jumps ahead, so a 72-hour RPL review can be
 * watched in a demo or skipped in a test. Scheduled tasks run when virtual time passes them: the
 * app calls `runDue()` before each request, and `advance` runs them at once.
 *
 * Time travel is exact (decisions/0024): while a task runs, `now()` answers the task's due instant,
 * not the end of the jump that reached it, so whatever the task stamps or schedules from `now()`
 * is what it would have been had time moved in small steps.
 */
export interface Clock {
  now(): number;
  advance(ms: number): void;
  /** Runs `task(arg)` once virtual time reaches `at` (an argument instead of a closure per task). */
  schedule<T = undefined>(at: number, task: (arg: T) => void, arg?: T): number;
  cancel(id: number): void;
  /** Forgets every scheduled task (the app's reset: the work of the old world must not run). */
  cancelAll(): void;
  runDue(): number;
  setSpeed(speed: number): void;
  /** Back to the start: the virtual time and speed it was created with, no task scheduled. */
  reset(): void;
  readonly pending: number;
}

export interface ClockOptions {
  /** Virtual ms per real ms; 0 freezes time (tests). */
  speed?: number;
  /** The virtual time at creation (default: the real time). */
  start?: number;
  /** The real time source, injectable so tests of the clock itself need no fake timers. */
  realNow?: () => number;
}

interface Task {
  at: number;
  id: number;
  run: (arg: unknown) => void;
  arg: unknown;
}

/** A binary min-heap ordered by time, then by scheduling order (ties run first-in, first-out). */
class TaskQueue {
  private readonly heap: Task[] = [];
  get size(): number {
    return this.heap.length;
  }
  clear(): void {
    this.heap.length = 0;
  }
  peek(): Task | undefined {
    return this.heap[0];
  }
  push(task: Task): void {
    const heap = this.heap;
    heap.push(task);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Task, heap[parent] as Task)) break;
      [heap[i], heap[parent]] = [heap[parent] as Task, heap[i] as Task];
      i = parent;
    }
  }
  pop(): Task | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left] as Task, heap[smallest] as Task)) smallest = left;
        if (right < heap.length && before(heap[right] as Task, heap[smallest] as Task)) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest] as Task, heap[i] as Task];
        i = smallest;
      }
    }
    return top;
  }
}

const before = (a: Task, b: Task) => a.at < b.at || (a.at === b.at && a.id < b.id);

export function createClock(options: ClockOptions = {}): Clock {
  const realNow = options.realNow ?? Date.now;
  const initialSpeed = options.speed ?? 60;
  let speed = initialSpeed;
  let anchorReal = realNow();
  let anchorVirtual = options.start ?? anchorReal;
  let nextId = 1;
  const queue = new TaskQueue();
  const cancelled = new Set<number>();
  /** The due instant of the task running now: what `now()` answers while it runs. */
  let running: number | null = null;

  const virtualNow = () => anchorVirtual + (realNow() - anchorReal) * speed;
  const now = () => running ?? virtualNow();

  function runDue(): number {
    let ran = 0;
    const outer = running;
    try {
      // Tasks may schedule more tasks; a due one scheduled now runs in this same pass, in time order.
      for (let task = queue.peek(); task && task.at <= virtualNow(); task = queue.peek()) {
        queue.pop();
        if (cancelled.delete(task.id)) continue;
        // Never before a task that already ran in this pass (a task scheduled in the past).
        running = Math.max(task.at, running ?? task.at);
        task.run(task.arg);
        ran++;
      }
    } finally {
      running = outer;
    }
    return ran;
  }

  return {
    now,
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError('advance(ms) needs a non-negative number of milliseconds');
      anchorVirtual += ms;
      runDue();
    },
    schedule(at, run, arg) {
      const id = nextId++;
      queue.push({ at, id, run: run as (arg: unknown) => void, arg });
      return id;
    },
    cancel(id) {
      cancelled.add(id);
    },
    cancelAll() {
      queue.clear();
      cancelled.clear();
    },
    reset() {
      queue.clear();
      cancelled.clear();
      anchorReal = realNow();
      anchorVirtual = options.start ?? anchorReal;
      speed = initialSpeed;
    },
    runDue,
    setSpeed(next) {
      anchorVirtual = now();
      anchorReal = realNow();
      speed = next;
    },
    get pending() {
      return queue.size - cancelled.size;
    },
  };
}

/** A clock that moves only when told to: for tests. */
export function createManualClock(start = Date.UTC(2025, 0, 1)): Clock {
  return createClock({ speed: 0, start });
}
