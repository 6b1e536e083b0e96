// An expected failure at start-up whose message is written for the clerk, not for a developer.
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
