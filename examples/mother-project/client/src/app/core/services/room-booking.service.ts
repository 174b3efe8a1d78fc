import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, shareReplay } from 'rxjs';

import { environment } from '../../../environments/environment';
import { CreateRoomBooking, RoomBooking, RoomSchedule, StudyRoom } from '../models/room-booking.model';
import { toHttpParams } from '../utils/http-params';

/** Study rooms, their schedule and bookings: RoomBookingsController (api/room-bookings). */
@Injectable({ providedIn: 'root' })
export class RoomBookingService {
  private readonly baseUrl = `${environment.apiUrl}/room-bookings`;

  private rooms$?: Observable<StudyRoom[]>;

  constructor(private http: HttpClient) {}

  getRooms(): Observable<StudyRoom[]> {
    this.rooms$ ??= this.http.get<StudyRoom[]>(`${this.baseUrl}/rooms`).pipe(shareReplay(1));
    return this.rooms$;
  }

  /** Taken slots of one room on one day (date as yyyy-MM-dd). */
  getSchedule(roomId: string, date: string): Observable<RoomSchedule> {
    return this.http.get<RoomSchedule>(`${this.baseUrl}/rooms/${roomId}/schedule`, { params: toHttpParams({ date }) });
  }

  getMyBookings(includePast = false): Observable<RoomBooking[]> {
    return this.http.get<RoomBooking[]>(`${this.baseUrl}/mine`, { params: toHttpParams({ includePast }) });
  }

  /** Staff: every booking of a branch on one day, for the front desk. */
  getBranchDay(branchCode: string, date: string): Observable<RoomBooking[]> {
    return this.http.get<RoomBooking[]>(this.baseUrl, { params: toHttpParams({ branchCode, date }) });
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
