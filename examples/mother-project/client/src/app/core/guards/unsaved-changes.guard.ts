import { CanDeactivateFn } from '@angular/router';

/** Implemented by long forms (e.g. a purchase order with many lines) that must not be left by accident. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * Asks before navigating away from a form with unsaved edits.
 * Usage: { path: 'acquisitions/new', component: AcquisitionFormComponent, canDeactivate: [unsavedChangesGuard] }
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) {
    return true;
  }
  return confirm('You have unsaved changes. Leave this page and lose them?');
};
