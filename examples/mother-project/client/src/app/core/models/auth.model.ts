import { Address } from './member.model';

export type UserRole = 'Member' | 'Librarian' | 'Admin';

/** Mirrors UserDto. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  roles: UserRole[];
  memberId?: string;
}

/** Mirrors LoginRequestDto. */
export interface LoginRequest {
  email: string;
  password: string;
}

/** Mirrors RegisterRequestDto. */
export interface RegisterRequest extends LoginRequest {
  firstName: string;
  lastName: string;
  address: Address;
}

/** Mirrors AuthResponseDto. */
export interface AuthResponse {
  accessToken: string;
  expiresAt: string;
  user: User;
}
