import { describe, expect, it } from 'vitest';
import { createClock, createManualClock } from './clock.js';

describe('createClock', () => {
  it('runs virtual time `speed` times faster than the injected real time', () => {
    let real = 1_000;
    const clock = createClock({ speed: 60, start: 0, realNow: () => real });
    real += 1_000;
    expect(clock.now()).toBe(60_000);
    clock.setSpeed(1);
    real += 1_000;
    expect(clock.now()).toBe(61_000);
  });

  it('runs due tasks in time order on advance, including tasks they schedule', () => {
    const clock = createManualClock(0);
    const log: string[] = [];
    clock.schedule(200, () => log.push('b'));
    clock.schedule(100, () => {
      log.push('a');
      clock.schedule(150, () => log.push('a2'));
    });
    clock.schedule(500, () => log.push('late'));
    clock.advance(300);
    expect(log).toEqual(['a', 'a2', 'b']);
    expect(clock.pending).toBe(1);
  });

  it('hands a task the argument it was scheduled with (one function for many tasks)', () => {
    const clock = createManualClock(0);
    const seen: string[] = [];
    const record = (name: string) => seen.push(name);
    clock.schedule(20, record, 'second');
    clock.schedule(10, record, 'first');
    clock.advance(30);
    expect(seen).toEqual(['first', 'second']);
  });

  it('cancelAll forgets every scheduled task', () => {
    const clock = createManualClock(0);
    const log: string[] = [];
    clock.schedule(100, () => log.push('a'));
    const b = clock.schedule(200, () => log.push('b'));
    clock.cancel(b);
    clock.cancelAll();
    expect(clock.pending).toBe(0);
    clock.schedule(300, () => log.push('c'));
    clock.advance(1_000);
    expect(log).toEqual(['c']);
  });

  it('runs tasks due at the same time first-in, first-out', () => {
    const clock = createManualClock(0);
    const log: number[] = [];
    for (let i = 0; i < 5; i++) clock.schedule(10, () => log.push(i));
    clock.advance(10);
    expect(log).toEqual([0, 1, 2, 3, 4]);
  });

  it('skips cancelled tasks', () => {
    const clock = createManualClock(0);
    const log: string[] = [];
    const id = clock.schedule(10, () => log.push('x'));
    clock.cancel(id);
    clock.advance(20);
    expect(log).toEqual([]);
  });

  it('runs due tasks when real time passes them (runDue)', () => {
    let real = 0;
    const clock = createClock({ speed: 2, start: 0, realNow: () => real });
    let ran = false;
    clock.schedule(100, () => {
      ran = true;
    });
    real = 49;
    expect(clock.runDue()).toBe(0);
    real = 50;
    expect(clock.runDue()).toBe(1);
    expect(ran).toBe(true);
  });

  it('answers a task its due instant as now(), not the end of the jump (decisions/0024)', () => {
    const clock = createManualClock(0);
    const stamps: number[] = [];
    clock.schedule(100, () => {
      stamps.push(clock.now());
      // A follow-up counted from the task's own instant falls inside the same jump.
      clock.schedule(clock.now() + 50, () => stamps.push(clock.now()));
    });
    clock.advance(1_000);
    expect(stamps).toEqual([100, 150]);
    expect(clock.now()).toBe(1_000);
  });

  it('answers the due instant in runDue too, when real time has passed the task', () => {
    let real = 0;
    const clock = createClock({ speed: 1, start: 0, realNow: () => real });
    let stamped = -1;
    clock.schedule(10, () => {
      stamped = clock.now();
    });
    real = 500;
    clock.runDue();
    expect(stamped).toBe(10);
    expect(clock.now()).toBe(500);
  });

  it('reset turns the clock back to its start and speed and forgets every task', () => {
    let real = 0;
    const clock = createClock({ speed: 2, start: 1_000, realNow: () => real });
    clock.schedule(5_000, () => {
      throw new Error('must not run');
    });
    clock.advance(3_000);
    clock.setSpeed(0);
    real = 100;
    clock.reset();
    expect(clock.now()).toBe(1_000);
    expect(clock.pending).toBe(0);
    real = 200;
    expect(clock.now()).toBe(1_200);
    clock.advance(10_000);
  });

  it('rejects a negative advance', () => {
    expect(() => createManualClock().advance(-1)).toThrow(RangeError);
  });
});
