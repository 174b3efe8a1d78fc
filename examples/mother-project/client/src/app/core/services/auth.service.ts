import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { BehaviorSubject, Observable, map, tap } from 'rxjs';

import { environment } from '../../../environments/environment';
import { AuthResponse, LoginRequest, RegisterRequest, User, UserRole } from '../models/auth.model';
import { TokenStorageService } from './token-storage.service';

/** Login, registration and the current user: AuthController (api/auth). */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly baseUrl = `${environment.apiUrl}/auth`;
  private readonly currentUserSubject: BehaviorSubject<User | null>;

  readonly currentUser$: Observable<User | null>;
  readonly isLoggedIn$: Observable<boolean>;

  constructor(
    private http: HttpClient,
    private tokenStorage: TokenStorageService
  ) {
    this.currentUserSubject = new BehaviorSubject<User | null>(this.tokenStorage.getUser());
    this.currentUser$ = this.currentUserSubject.asObservable();
    this.isLoggedIn$ = this.currentUser$.pipe(map((user) => user !== null));
  }

  get currentUser(): User | null {
    return this.currentUserSubject.value;
  }

  login(request: LoginRequest): Observable<AuthResponse> {
    return this.http
      .post<AuthResponse>(`${this.baseUrl}/login`, request)
      .pipe(tap((response) => this.startSession(response)));
  }

  register(request: RegisterRequest): Observable<AuthResponse> {
    return this.http
      .post<AuthResponse>(`${this.baseUrl}/register`, request)
      .pipe(tap((response) => this.startSession(response)));
  }

  /** Refreshes the cached user from the API, e.g. after roles changed. */
  me(): Observable<User> {
    return this.http.get<User>(`${this.baseUrl}/me`).pipe(tap((user) => this.currentUserSubject.next(user)));
  }

  logout(): void {
    this.tokenStorage.clear();
    this.currentUserSubject.next(null);
  }

  hasRole(...roles: UserRole[]): boolean {
    return this.currentUser?.roles.some((role) => roles.includes(role)) ?? false;
  }

  isStaff(): boolean {
    return this.hasRole('Librarian', 'Admin');
  }

  private startSession(response: AuthResponse): void {
    this.tokenStorage.save(response);
    this.currentUserSubject.next(response.user);
  }
}
