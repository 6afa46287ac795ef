import { createContext } from '@lit/context';
import type { AgendaModel } from '../feed/model.js';

/** The normalised program that `<seminar-agenda>` provides to the elements inside it. */
export const agendaContext = createContext<AgendaModel | undefined>(Symbol.for('seminar-agenda:model'));
