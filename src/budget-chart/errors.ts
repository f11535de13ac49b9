import { LoadError } from '../core/loader.js';

/** A CSV file without a column the widget needs: the error names the column. */
export class MissingColumnError extends LoadError {
  constructor(readonly column: string) {
    super('invalid', 'invalid');
    this.name = 'MissingColumnError';
    this.message = `invalid: the CSV has no column "${column}"`;
  }
}
