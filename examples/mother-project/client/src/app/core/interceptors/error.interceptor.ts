import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { AuthService } from '../services/auth.service';
import { NotificationService } from '../services/notification.service';

interface ProblemDetails {
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

/**
 * Shows the ProblemDetails written by the API's ExceptionHandlingMiddleware as a toast and sends
 * the user to the login page when the session has expired. Validation errors (400) are left to forms.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const notifications = inject(NotificationService);
  const authService = inject(AuthService);
  const router = inject(Router);

  return next(req).pipe(
    catchError((error: HttpErrorResponse) => {
      const problem = (error.error ?? {}) as ProblemDetails;

      if (error.status === 401) {
        authService.logout();
        router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      } else if (error.status === 0) {
        notifications.error('The BookNest server cannot be reached. Please try again.');
      } else if (error.status !== 400) {
        notifications.error(problem.detail ?? problem.title ?? 'Something went wrong.');
      }

      return throwError(() => error);
    })
  );
};
