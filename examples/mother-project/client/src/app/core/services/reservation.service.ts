import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { PagedResult } from '../models/paged-result.model';
import { CreateReservation, ReadyForPickup, Reservation, ReservationQuery } from '../models/reservation.model';
import { toHttpParams } from '../utils/http-params';

/** Holds queue on books: ReservationsController (api/reservations). */
@Injectable({ providedIn: 'root' })
export class ReservationService {
  private readonly baseUrl = `${environment.apiUrl}/reservations`;

  constructor(private http: HttpClient) {}

  getReservations(query: ReservationQuery = {}): Observable<PagedResult<Reservation>> {
    return this.http.get<PagedResult<Reservation>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getReservation(id: string): Observable<Reservation> {
    return this.http.get<Reservation>(`${this.baseUrl}/${id}`);
  }

  placeReservation(reservation: CreateReservation): Observable<Reservation> {
    return this.http.post<Reservation>(this.baseUrl, reservation);
  }

  cancelReservation(id: string): Observable<Reservation> {
    return this.http.post<Reservation>(`${this.baseUrl}/${id}/cancel`, {});
  }

  /** Puts a returned copy on the hold shelf for the next member waiting for the book. */
  markNextReady(bookId: string, request: ReadyForPickup): Observable<Reservation> {
    return this.http.post<Reservation>(`${this.baseUrl}/book/${bookId}/ready`, request);
  }

  /** The member collected the held copy; the loan itself is checked out through LoanService. */
  fulfilReservation(id: string): Observable<Reservation> {
    return this.http.post<Reservation>(`${this.baseUrl}/${id}/fulfil`, {});
  }

  /** Expires holds not collected in time and passes their copies on; answers the expired holds. */
  expireOverdue(): Observable<Reservation[]> {
    return this.http.post<Reservation[]>(`${this.baseUrl}/expire`, {});
  }
}
