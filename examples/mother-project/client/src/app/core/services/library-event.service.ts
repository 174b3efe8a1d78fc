import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import {
  CreateLibraryEvent,
  EventRegistration,
  LibraryEvent,
  LibraryEventQuery
} from '../models/library-event.model';
import { PagedResult } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Talks, story hours and their registrations with waitlist: LibraryEventsController (api/events). */
@Injectable({ providedIn: 'root' })
export class LibraryEventService {
  private readonly baseUrl = `${environment.apiUrl}/events`;

  constructor(private http: HttpClient) {}

  getEvents(query: LibraryEventQuery = {}): Observable<PagedResult<LibraryEvent>> {
    return this.http.get<PagedResult<LibraryEvent>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getEvent(id: string): Observable<LibraryEvent> {
    return this.http.get<LibraryEvent>(`${this.baseUrl}/${id}`);
  }

  createEvent(event: CreateLibraryEvent): Observable<LibraryEvent> {
    return this.http.post<LibraryEvent>(this.baseUrl, event);
  }

  updateEvent(id: string, event: CreateLibraryEvent): Observable<LibraryEvent> {
    return this.http.put<LibraryEvent>(`${this.baseUrl}/${id}`, event);
  }

  /** Staff only: the full list, confirmed seats first, then the waitlist in order. */
  getRegistrations(eventId: string): Observable<EventRegistration[]> {
    return this.http.get<EventRegistration[]>(`${this.baseUrl}/${eventId}/registrations`);
  }

  /** The signed-in member's current registrations (seats and waitlist places) across events. */
  getMyRegistrations(): Observable<EventRegistration[]> {
    return this.http.get<EventRegistration[]>(`${this.baseUrl}/registrations/mine`);
  }

  /** Takes a seat, or a waitlist place when full; staff may pass a memberId to register someone at the desk. */
  register(eventId: string, memberId?: string): Observable<EventRegistration> {
    return this.http.post<EventRegistration>(`${this.baseUrl}/${eventId}/registrations`, { memberId });
  }

  /** Frees the seat; the first waitlisted member is confirmed automatically. */
  unregister(eventId: string, registrationId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${eventId}/registrations/${registrationId}`);
  }
}
