import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { PagedResult } from '../models/paged-result.model';
import {
  CreateReservation,
  ExpireReservationsResult,
  Reservation,
  ReservationQuery,
  ReservationQueue
} from '../models/reservation.model';
import { toHttpParams } from '../utils/http-params';

/** Holds queue on books: ReservationsController (api/reservations). */
@Injectable({ providedIn: 'root' })
export class ReservationService {
  private readonly baseUrl = `${environment.apiUrl}/reservations`;

  constructor(private http: HttpClient) {}

  getReservations(query: ReservationQuery = {}): Observable<PagedResult<Reservation>> {
    return this.http.get<PagedResult<Reservation>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getMemberReservations(memberId: string): Observable<Reservation[]> {
    return this.http.get<Reservation[]>(`${this.baseUrl}/member/${memberId}`);
  }

  getBookQueue(bookId: string): Observable<ReservationQueue> {
    return this.http.get<ReservationQueue>(`${this.baseUrl}/book/${bookId}/queue`);
  }

  placeReservation(reservation: CreateReservation): Observable<Reservation> {
    return this.http.post<Reservation>(this.baseUrl, reservation);
  }

  cancelReservation(id: string): Observable<Reservation> {
    return this.http.post<Reservation>(`${this.baseUrl}/${id}/cancel`, {});
  }

  /** Staff set a returned copy aside for the first member in the queue; starts the pickup window. */
  markReady(id: string, inventoryItemId: string): Observable<Reservation> {
    return this.http.post<Reservation>(`${this.baseUrl}/${id}/ready`, { inventoryItemId });
  }

  /** Expires holds not picked up in time and moves the next members in the queue up. */
  expireOverdue(): Observable<ExpireReservationsResult> {
    return this.http.post<ExpireReservationsResult>(`${this.baseUrl}/expire`, {});
  }
}
