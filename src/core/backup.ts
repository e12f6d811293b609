// Placeholder types so the contract compiles; the storage helper replaces this module.
import type { PitchPoint } from './point';
import type { Profile } from './profile';
export const BACKUP_FORMAT = 'remote-pitch-backup';
export const BACKUP_VERSION = 1;
export interface BackupDocument { format: typeof BACKUP_FORMAT; version: number; exportedAt: string; points: PitchPoint[]; profile: Profile }
export interface ImportPlan { adds: number; updates: number; untouched: number }
