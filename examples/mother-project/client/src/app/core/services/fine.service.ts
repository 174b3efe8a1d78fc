import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { AssessFine, Fine, FineQuery, MemberFines, WaiveFine } from '../models/fine.model';
import { PagedResult } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Late fees per loan — assess, waive, pay: FinesController (api/fines). */
@Injectable({ providedIn: 'root' })
export class FineService {
  private readonly baseUrl = `${environment.apiUrl}/fines`;

  constructor(private http: HttpClient) {}

  getFines(query: FineQuery = {}): Observable<PagedResult<Fine>> {
    return this.http.get<PagedResult<Fine>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getFine(id: string): Observable<Fine> {
    return this.http.get<Fine>(`${this.baseUrl}/${id}`);
  }

  /** All fines of one member with the outstanding total; members may only read their own. */
  getMemberFines(memberId: string): Observable<MemberFines> {
    return this.http.get<MemberFines>(`${this.baseUrl}/member/${memberId}`);
  }

  /** Computes the fee from the loan's days late with the configured daily rate and cap. */
  assessFine(request: AssessFine): Observable<Fine> {
    return this.http.post<Fine>(`${this.baseUrl}/assess`, request);
  }

  waiveFine(id: string, request: WaiveFine): Observable<Fine> {
    return this.http.post<Fine>(`${this.baseUrl}/${id}/waive`, request);
  }

  /** Charges the member through the payment gateway behind the API (IPaymentGatewayClient). */
  payFine(id: string): Observable<Fine> {
    return this.http.post<Fine>(`${this.baseUrl}/${id}/pay`, {});
  }
}
