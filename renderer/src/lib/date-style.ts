import type { Settings } from '../../../shared/contract';

export type DateStyle = Settings['dateStyle'];
