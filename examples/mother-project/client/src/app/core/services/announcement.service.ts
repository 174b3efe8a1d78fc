import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { Announcement, AnnouncementQuery, CreateAnnouncement } from '../models/announcement.model';
import { PagedResult } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** News posts with a publish window and pinning: AnnouncementsController (api/announcements). */
@Injectable({ providedIn: 'root' })
export class AnnouncementService {
  private readonly baseUrl = `${environment.apiUrl}/announcements`;

  constructor(private http: HttpClient) {}

  /** Live posts for the current reader (staff also get Staff-only posts), pinned first, newest next. */
  getFeed(): Observable<Announcement[]> {
    return this.http.get<Announcement[]>(`${this.baseUrl}/feed`);
  }

  /** Staff overview of every post, whatever its window. */
  getAnnouncements(query: AnnouncementQuery = {}): Observable<PagedResult<Announcement>> {
    return this.http.get<PagedResult<Announcement>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getAnnouncement(id: string): Observable<Announcement> {
    return this.http.get<Announcement>(`${this.baseUrl}/${id}`);
  }

  createAnnouncement(announcement: CreateAnnouncement): Observable<Announcement> {
    return this.http.post<Announcement>(this.baseUrl, announcement);
  }

  updateAnnouncement(id: string, announcement: CreateAnnouncement): Observable<Announcement> {
    return this.http.put<Announcement>(`${this.baseUrl}/${id}`, announcement);
  }

  /** Pins or unpins; at most three posts are pinned at once, the API refuses a fourth. */
  setPinned(id: string, pinned: boolean): Observable<Announcement> {
    // The action binds a bare JSON boolean ([FromBody] bool pinned).
    return this.http.put<Announcement>(`${this.baseUrl}/${id}/pin`, JSON.stringify(pinned), {
      headers: { 'Content-Type': 'application/json' }
    });
  }

  /** Ends the publish window now instead of deleting the post. */
  withdraw(id: string): Observable<Announcement> {
    return this.http.post<Announcement>(`${this.baseUrl}/${id}/withdraw`, {});
  }
}
