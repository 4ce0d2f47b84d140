/** Ribbon clicks that arrive before the session exists wait for it, and every click is completed. */
import { dispatcher, handleCommand, resetRibbonQueue, type RibbonEvent } from '../../src/startup/ribbon-queue';

const event = (log: string[], id: string): RibbonEvent => ({ completed: () => log.push(`completed:${id}`) });

beforeEach(() => {
  resetRibbonQueue();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

test('a click before the handler exists is handled, in order, once the handler is set', () => {
  const log: string[] = [];
  const run = dispatcher('runCheck', 60_000);
  run(event(log, '1'));
  run(event(log, '2'));
  expect(log).toEqual([]);
  handleCommand('runCheck', (e) => {
    log.push('handled');
    e.completed();
  });
  expect(log).toEqual(['handled', 'completed:1', 'handled', 'completed:2']);
  run(event(log, '3')); // later clicks go straight to the handler
  expect(log.slice(4)).toEqual(['handled', 'completed:3']);
  jest.advanceTimersByTime(120_000); // handled clicks are not completed a second time
  expect(log.filter((l) => l.startsWith('completed'))).toHaveLength(3);
});

test('a click that waits too long is completed anyway (the pane bundle never came)', () => {
  const log: string[] = [];
  dispatcher('runCheck', 60_000)(event(log, '1'));
  jest.advanceTimersByTime(59_999);
  expect(log).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(log).toEqual(['completed:1']);
  handleCommand('runCheck', () => log.push('handled')); // it is not handed over afterwards
  expect(log).toEqual(['completed:1']);
});

test('commands are kept apart by name', () => {
  const log: string[] = [];
  dispatcher('other', 60_000)(event(log, 'o'));
  handleCommand('runCheck', () => log.push('runCheck'));
  expect(log).toEqual([]);
});
