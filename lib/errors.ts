/**
 * An error whose message is written for the person who ran the command or opened the page,
 * in Bahasa Indonesia first and English second. Anything else is a defect and is reported generically.
 */
export class UserFacingError extends Error {
  readonly messageId: string;
  readonly messageEn: string;
  readonly exitCode: number;

  constructor(messageId: string, messageEn: string, exitCode = 1) {
    super(messageEn);
    this.name = 'UserFacingError';
    this.messageId = messageId;
    this.messageEn = messageEn;
    this.exitCode = exitCode;
  }
}
