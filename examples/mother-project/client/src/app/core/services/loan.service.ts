import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { CreateLoan, Loan, LoanQuery } from '../models/loan.model';
import { PagedResult } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Checkout, return, renewal and late fees: LoansController (api/loans). */
@Injectable({ providedIn: 'root' })
export class LoanService {
  private readonly baseUrl = `${environment.apiUrl}/loans`;

  constructor(private http: HttpClient) {}

  getLoans(query: LoanQuery = {}): Observable<PagedResult<Loan>> {
    return this.http.get<PagedResult<Loan>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getLoan(id: string): Observable<Loan> {
    return this.http.get<Loan>(`${this.baseUrl}/${id}`);
  }

  getMemberLoans(memberId: string): Observable<Loan[]> {
    return this.http.get<Loan[]>(`${this.baseUrl}/member/${memberId}`);
  }

  getOverdueLoans(): Observable<Loan[]> {
    return this.http.get<Loan[]>(`${this.baseUrl}/overdue`);
  }

  checkout(loan: CreateLoan): Observable<Loan> {
    return this.http.post<Loan>(this.baseUrl, loan);
  }

  returnLoan(id: string): Observable<Loan> {
    return this.http.post<Loan>(`${this.baseUrl}/${id}/return`, {});
  }

  renewLoan(id: string): Observable<Loan> {
    return this.http.post<Loan>(`${this.baseUrl}/${id}/renew`, {});
  }

  /** Settles the late fee through the payment gateway behind the API. */
  payLateFee(id: string): Observable<Loan> {
    return this.http.post<Loan>(`${this.baseUrl}/${id}/pay-fee`, {});
  }
}
