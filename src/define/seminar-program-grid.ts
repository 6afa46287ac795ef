import { SeminarProgramGrid } from '../components/seminar-program-grid/seminar-program-grid.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-program-grid', SeminarProgramGrid);

export { SeminarProgramGrid };
