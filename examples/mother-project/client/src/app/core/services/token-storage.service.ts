import { Injectable } from '@angular/core';

import { AuthResponse, User } from '../models/auth.model';

const ACCESS_TOKEN_ITEM = 'booknest.accessToken';
const EXPIRES_AT_ITEM = 'booknest.expiresAt';
const USER_ITEM = 'booknest.user';

/**
 * Keeps the session in sessionStorage so closing the browser logs the user out
 * (shared desk computers at the branches).
 */
@Injectable({ providedIn: 'root' })
export class TokenStorageService {
  save(response: AuthResponse): void {
    sessionStorage.setItem(ACCESS_TOKEN_ITEM, response.accessToken);
    sessionStorage.setItem(EXPIRES_AT_ITEM, response.expiresAt);
    sessionStorage.setItem(USER_ITEM, JSON.stringify(response.user));
  }

  getAccessToken(): string | null {
    const expiresAt = sessionStorage.getItem(EXPIRES_AT_ITEM);
    if (!expiresAt || new Date(expiresAt).getTime() <= Date.now()) {
      return null;
    }
    return sessionStorage.getItem(ACCESS_TOKEN_ITEM);
  }

  getUser(): User | null {
    const raw = sessionStorage.getItem(USER_ITEM);
    return raw && this.getAccessToken() ? (JSON.parse(raw) as User) : null;
  }

  clear(): void {
    sessionStorage.removeItem(ACCESS_TOKEN_ITEM);
    sessionStorage.removeItem(EXPIRES_AT_ITEM);
    sessionStorage.removeItem(USER_ITEM);
  }
}
