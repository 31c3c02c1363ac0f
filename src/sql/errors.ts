/** A question that cannot be answered as asked: the handler's 400, with words saying what to change. */
export class QuestionError extends Error {
  readonly code = 'question';
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'QuestionError';
  }
}
