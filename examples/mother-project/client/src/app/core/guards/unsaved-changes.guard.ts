import { CanDeactivateFn } from '@angular/router';

const DEFAULT_MESSAGE = 'You have unsaved changes. Leave this page and lose them?';

/** Implemented by long forms (e.g. a purchase order with many lines) that must not be left by accident. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * Asks before navigating away from a form with unsaved edits.
 * Routes may word the question with `data: { unsavedChangesMessage: '…' }`.
 * Changing only the query string (e.g. ?supplier=…) stays on the same form and is not asked about.
 * Usage: { path: 'acquisitions/new', component: AcquisitionFormComponent, canDeactivate: [unsavedChangesGuard] }
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component, currentRoute, currentState, nextState) => {
  if (!component.hasUnsavedChanges()) {
    return true;
  }

  if (nextState && pathOf(nextState.url) === pathOf(currentState.url)) {
    return true;
  }

  const message = (currentRoute.data['unsavedChangesMessage'] as string | undefined) ?? DEFAULT_MESSAGE;
  return confirm(message);
};

/** The URL without its query string and fragment. */
function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}
