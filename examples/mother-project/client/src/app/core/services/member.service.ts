import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { CreateMember, Member } from '../models/member.model';
import { PagedResult, PageQuery } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Member administration for staff: MembersController (api/members). */
@Injectable({ providedIn: 'root' })
export class MemberService {
  private readonly baseUrl = `${environment.apiUrl}/members`;

  constructor(private http: HttpClient) {}

  getMembers(query: PageQuery = {}): Observable<PagedResult<Member>> {
    return this.http.get<PagedResult<Member>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getMember(id: string): Observable<Member> {
    return this.http.get<Member>(`${this.baseUrl}/${id}`);
  }

  createMember(member: CreateMember): Observable<Member> {
    return this.http.post<Member>(this.baseUrl, member);
  }

  updateMember(id: string, member: CreateMember): Observable<Member> {
    return this.http.put<Member>(`${this.baseUrl}/${id}`, member);
  }

  deactivateMember(id: string): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/${id}/deactivate`, {});
  }
}
