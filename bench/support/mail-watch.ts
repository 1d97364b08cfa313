/** Every message the catcher keeps, with the moment it was kept, seen through the catcher's log line. */
export interface CaughtMail {
  to: string[];
  subject: string;
  at: number;
}

const MAIL_LINE = /^mail to (.*?): (.*)$/;

export class MailWatch {
  readonly caught: CaughtMail[] = [];

  /** The catcher's `log` option: "mail to a, b: subject" for every message kept, other lines ignored. */
  readonly log = (line: string): void => {
    const match = MAIL_LINE.exec(line);
    if (match) this.caught.push({ to: match[1].split(', '), subject: match[2], at: Date.now() });
  };

  /** Messages to an address that `pattern` matches, caught from index `since` on. */
  matching(pattern: RegExp, since = 0): CaughtMail[] {
    return this.caught.slice(since).filter((m) => m.to.some((address) => pattern.test(address)));
  }
}
