import { UserFacingError } from '../../errors';

/** A submission refused as a whole: exit code 2, one message, nothing written. */
export class SubmissionRefused extends UserFacingError {
  constructor(messageId: string, messageEn: string) {
    super(messageId, messageEn, 2);
    this.name = 'SubmissionRefused';
  }
}

export function refuse(messageId: string, messageEn: string): never {
  throw new SubmissionRefused(messageId, messageEn);
}
