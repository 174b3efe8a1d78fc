import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { CreateStudyRoom, RoomAvailability, StudyRoom, StudyRoomQuery } from '../models/study-room.model';
import { toHttpParams } from '../utils/http-params';

/** Study rooms and their free slots: StudyRoomsController (api/studyrooms). */
@Injectable({ providedIn: 'root' })
export class StudyRoomService {
  private readonly baseUrl = `${environment.apiUrl}/studyrooms`;

  constructor(private http: HttpClient) {}

  getRooms(query: StudyRoomQuery = {}): Observable<StudyRoom[]> {
    return this.http.get<StudyRoom[]>(this.baseUrl, { params: toHttpParams(query) });
  }

  getRoom(id: string): Observable<StudyRoom> {
    return this.http.get<StudyRoom>(`${this.baseUrl}/${id}`);
  }

  /** Free and taken slots of one day (date as yyyy-MM-dd); today when no date is given. */
  getAvailability(id: string, date?: string): Observable<RoomAvailability> {
    return this.http.get<RoomAvailability>(`${this.baseUrl}/${id}/availability`, { params: toHttpParams({ date }) });
  }

  createRoom(room: CreateStudyRoom): Observable<StudyRoom> {
    return this.http.post<StudyRoom>(this.baseUrl, room);
  }

  /** Closing a room for booking fails while upcoming bookings remain. */
  setBookable(id: string, isBookable: boolean): Observable<StudyRoom> {
    // The action binds a bare JSON boolean ([FromBody] bool isBookable).
    return this.http.put<StudyRoom>(`${this.baseUrl}/${id}/bookable`, JSON.stringify(isBookable), {
      headers: { 'Content-Type': 'application/json' }
    });
  }
}
