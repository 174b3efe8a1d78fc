import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { PagedResult } from '../models/paged-result.model';
import { CreateRoomBooking, RoomBooking, RoomBookingQuery } from '../models/room-booking.model';
import { toHttpParams } from '../utils/http-params';

/** Study room bookings, check-in and cancellation: RoomBookingsController (api/roombookings). */
@Injectable({ providedIn: 'root' })
export class RoomBookingService {
  private readonly baseUrl = `${environment.apiUrl}/roombookings`;

  constructor(private http: HttpClient) {}

  /** Staff search every booking; a member always gets their own, newest first. */
  getBookings(query: RoomBookingQuery = {}): Observable<PagedResult<RoomBooking>> {
    return this.http.get<PagedResult<RoomBooking>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getBooking(id: string): Observable<RoomBooking> {
    return this.http.get<RoomBooking>(`${this.baseUrl}/${id}`);
  }

  /** 409 when the slot overlaps another booking or the member would exceed two hours that day. */
  bookRoom(booking: CreateRoomBooking): Observable<RoomBooking> {
    return this.http.post<RoomBooking>(this.baseUrl, booking);
  }

  cancelBooking(id: string): Observable<RoomBooking> {
    return this.http.post<RoomBooking>(`${this.baseUrl}/${id}/cancel`, {});
  }

  /** Allowed from 10 minutes before the start until 15 minutes after it. */
  checkIn(id: string): Observable<RoomBooking> {
    return this.http.post<RoomBooking>(`${this.baseUrl}/${id}/check-in`, {});
  }
}
