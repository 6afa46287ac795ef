import { expect } from '@open-wc/testing';
import type { FeedInput } from '../../src/feed/schema.js';
import { layoutGrid } from '../../src/internal/program-grid-layout.js';
import { modelOf } from '../helpers/index.js';

type Session = FeedInput['sessions'][number];

/** One day in Copenhagen with these sessions; `at('10:00', '10:30')` writes the times. */
function dayOf(sessions: Session[]) {
  return modelOf({ version: 1, event: { title: 'Layout', timeZone: 'Europe/Copenhagen', language: 'en' }, sessions }).sessions;
}
const at = (start: string, end: string) => ({ start: `2025-05-20T${start}`, end: `2025-05-20T${end}` });

/** id → [row, rowSpan, column, columnSpan], in reading order. */
function placements(sessions: Session[]) {
  const { cells } = layoutGrid(dayOf(sessions), 'Europe/Copenhagen');
  return cells.map((cell) => [cell.session.id, cell.row, cell.rowSpan, cell.column, cell.columnSpan]);
}

describe('layoutGrid', () => {
  it('puts rooms in columns in order of first appearance, rows per 5 minutes, reading order by time then room', () => {
    expect(
      placements([
        { id: 'b', ...at('09:00', '09:30'), title: 'B', room: 'Beta' },
        { id: 'a', ...at('09:00', '09:45'), title: 'A', room: 'Alpha' },
        { id: 'b2', ...at('09:35', '10:00'), title: 'B2', room: 'Beta' },
      ]),
    ).to.deep.equal([
      ['b', 2, 6, 2, 1],
      ['a', 2, 9, 3, 1],
      ['b2', 9, 5, 2, 1],
    ]);
  });

  it('uses the coarsest step every start and length share', () => {
    const sessions = dayOf([
      { id: 'one', ...at('09:00', '09:30'), title: 'One', room: 'A' },
      { id: 'two', ...at('09:30', '10:30'), title: 'Two', room: 'A' },
    ]);
    const layout = layoutGrid(sessions, 'Europe/Copenhagen');
    expect([layout.step, layout.cells.map((cell) => [cell.row, cell.rowSpan])]).to.deep.equal([
      30,
      [
        [2, 1],
        [3, 2],
      ],
    ]);
  });

  it('draws breaks, plenary kinds and sessions without a room across every room when nothing runs beside them', () => {
    expect(
      placements([
        { id: 'welcome', ...at('09:00', '09:15'), kind: 'welcome', title: 'Welcome', room: 'Alpha' },
        { id: 'a', ...at('09:15', '10:00'), title: 'A', room: 'Alpha' },
        { id: 'b', ...at('09:15', '10:00'), title: 'B', room: 'Beta' },
        { id: 'lunch', ...at('10:00', '11:00'), kind: 'meal', title: 'Lunch' },
      ]).map(([id, , , column, span]) => [id, column, span]),
    ).to.deep.equal([
      ['welcome', 2, 2],
      ['a', 2, 1],
      ['b', 3, 1],
      ['lunch', 2, 2],
    ]);
  });

  it('keeps a break that overlaps a session in its own column, so neither is hidden', () => {
    const layout = layoutGrid(
      dayOf([
        { id: 'talk', ...at('10:00', '11:00'), title: 'Talk', room: 'Alpha' },
        { id: 'coffee', ...at('10:30', '10:45'), kind: 'break', title: 'Coffee' },
      ]),
      'Europe/Copenhagen',
    );
    expect(layout.rooms.map((room) => room.name)).to.deep.equal(['Alpha', '']);
    expect(layout.cells.map((cell) => [cell.session.id, cell.column])).to.deep.equal([
      ['talk', 2],
      ['coffee', 3],
    ]);
  });

  it('sets overlapping sessions of one room side by side, each as wide as the sessions beside it allow', () => {
    const layout = layoutGrid(
      dayOf([
        { id: 'first', ...at('10:00', '11:00'), title: 'First', room: 'Alpha' },
        { id: 'second', ...at('10:00', '11:00'), title: 'Second', room: 'Alpha' },
        { id: 'third', ...at('10:30', '10:45'), title: 'Third', room: 'Alpha' },
        { id: 'after', ...at('11:00', '12:00'), title: 'After', room: 'Alpha' },
      ]),
      'Europe/Copenhagen',
    );
    expect(layout.rooms).to.deep.equal([{ name: 'Alpha', column: 2, span: 3 }]);
    expect(layout.cells.map((cell) => [cell.session.id, cell.column, cell.columnSpan])).to.deep.equal([
      ['first', 2, 1],
      ['second', 3, 1],
      ['third', 4, 1],
      ['after', 2, 3],
    ]);
  });

  it('marks the first row and every full hour on the time axis, each spanning the rows to the next', () => {
    const layout = layoutGrid(dayOf([{ id: 'a', ...at('09:30', '11:15'), title: 'A', room: 'Alpha' }]), 'Europe/Copenhagen');
    expect(layout.marks.map(({ row, span }) => [row, span])).to.deep.equal([
      [2, 2],
      [4, 4],
      [8, 1],
    ]);
  });
});
