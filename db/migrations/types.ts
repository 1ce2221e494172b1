import type { Db } from '../open';

export interface Migration {
  version: number;
  /** Recorded with the version: a database whose recorded name differs was made by another build. */
  name: string;
  up(db: Db): void;
}
