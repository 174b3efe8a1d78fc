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

/** Talks, story hours and their registrations with waitlist: LibraryEventsController (api/libraryevents). */
@Injectable({ providedIn: 'root' })
export class LibraryEventService {
  private readonly baseUrl = `${environment.apiUrl}/libraryevents`;

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

  /** Staff only; the reason is passed in the query string. */
  cancelEvent(id: string, reason?: string): Observable<LibraryEvent> {
    return this.http.post<LibraryEvent>(`${this.baseUrl}/${id}/cancel`, {}, { params: toHttpParams({ reason }) });
  }

  /** Takes a seat, or a waitlist place when full; staff may pass a memberId to register someone at the desk. */
  register(eventId: string, memberId?: string): Observable<EventRegistration> {
    return this.http.post<EventRegistration>(`${this.baseUrl}/${eventId}/registrations`, {}, {
      params: toHttpParams({ memberId })
    });
  }

  /** Frees the seat (the first waitlisted member moves up) or leaves the waitlist; staff may pass a memberId. */
  unregister(eventId: string, memberId?: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${eventId}/registrations`, { params: toHttpParams({ memberId }) });
  }
}
