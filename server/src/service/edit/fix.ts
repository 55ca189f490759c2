import type { TextEdit } from 'vscode-languageserver-types';
import type { ScalarEdit, ValueChange } from './scalarEdit';

/** One way to fix one diagnostic. */
export interface Fix {
  title: string;
  /** The edit, already proven safe on the document it was made for. */
  edit: TextEdit;
  /** For a change of a scalar's value: what it is, so that fix-all can combine the changes of one scalar. */
  change?: ValueChange;
  /** The proven edit of that change, in offsets. */
  scalar?: ScalarEdit;
}
