import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { environment } from '../../../environments/environment';
import { TokenStorageService } from '../services/token-storage.service';

/** Adds "Authorization: Bearer <token>" to every call to our own API (never to third-party URLs). */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const accessToken = inject(TokenStorageService).getAccessToken();

  if (!accessToken || !req.url.startsWith(environment.apiUrl)) {
    return next(req);
  }

  return next(req.clone({ setHeaders: { Authorization: `Bearer ${accessToken}` } }));
};
