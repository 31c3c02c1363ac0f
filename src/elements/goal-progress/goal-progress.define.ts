import { defineElement } from '../shared/define.js';
import { GoalProgress } from './goal-progress.js';

export { GoalProgress };

defineElement('goal-progress', GoalProgress);

declare global {
  interface HTMLElementTagNameMap {
    'goal-progress': GoalProgress;
  }
}
