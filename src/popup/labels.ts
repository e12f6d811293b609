import type { CategoryId } from '../core/categories';
import type { ProfileKey } from '../core/profile';
import { t, type MessageKey } from './i18n';

// Message names may not contain '-', so category ids are mapped rather than interpolated.
const CATEGORY_MESSAGES: Record<CategoryId, { label: MessageKey; explanation: MessageKey; empty: MessageKey }> = {
  'my-motivation': { label: 'categoryMyMotivation', explanation: 'categoryMyMotivationExplanation', empty: 'categoryMyMotivationEmpty' },
  'boss-motivation': { label: 'categoryBossMotivation', explanation: 'categoryBossMotivationExplanation', empty: 'categoryBossMotivationEmpty' },
  'performance-indicator': { label: 'categoryPerformanceIndicator', explanation: 'categoryPerformanceIndicatorExplanation', empty: 'categoryPerformanceIndicatorEmpty' },
  sweetener: { label: 'categorySweetener', explanation: 'categorySweetenerExplanation', empty: 'categorySweetenerEmpty' },
  'objection-answer': { label: 'categoryObjectionAnswer', explanation: 'categoryObjectionAnswerExplanation', empty: 'categoryObjectionAnswerEmpty' },
  'track-record': { label: 'categoryTrackRecord', explanation: 'categoryTrackRecordExplanation', empty: 'categoryTrackRecordEmpty' },
  setup: { label: 'categorySetup', explanation: 'categorySetupExplanation', empty: 'categorySetupEmpty' },
  communication: { label: 'categoryCommunication', explanation: 'categoryCommunicationExplanation', empty: 'categoryCommunicationEmpty' },
};

export const categoryLabel = (id: CategoryId): string => t(CATEGORY_MESSAGES[id].label);
export const categoryExplanation = (id: CategoryId): string => t(CATEGORY_MESSAGES[id].explanation);
/** What an empty group says to invite a first point. */
export const categoryEmpty = (id: CategoryId): string => t(CATEGORY_MESSAGES[id].empty);

function capitalised<K extends string>(key: K): Capitalize<K> {
  return (key.charAt(0).toUpperCase() + key.slice(1)) as Capitalize<K>;
}

export const profileLabel = (key: ProfileKey): string => t(`profile${capitalised(key)}` as const);
export const profileHint = (key: ProfileKey): string => t(`profile${capitalised(key)}Hint` as const);
