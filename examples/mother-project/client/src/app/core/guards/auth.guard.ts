import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { UserRole } from '../models/auth.model';
import { AuthService } from '../services/auth.service';

/**
 * Lets signed-in users through; everyone else goes to /login with a returnUrl.
 * Routes can restrict further with `data: { roles: ['Librarian', 'Admin'] }`.
 */
export const authGuard: CanActivateFn = (route, state) => {
  const authService = inject(AuthService);
  const router = inject(Router);

  if (!authService.currentUser) {
    return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  }

  const roles = (route.data['roles'] as UserRole[] | undefined) ?? [];
  if (roles.length > 0 && !authService.hasRole(...roles)) {
    return router.createUrlTree(['/books']);
  }

  return true;
};
