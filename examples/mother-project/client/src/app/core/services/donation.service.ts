import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import {
  AcceptDonation,
  AssessDonation,
  CreateDonation,
  DeclineDonation,
  Donation,
  DonationQuery
} from '../models/donation.model';
import { PagedResult } from '../models/paged-result.model';
import { toHttpParams } from '../utils/http-params';

/** Donated books from intake to shelf: DonationsController (api/donations). */
@Injectable({ providedIn: 'root' })
export class DonationService {
  private readonly baseUrl = `${environment.apiUrl}/donations`;

  constructor(private http: HttpClient) {}

  getDonations(query: DonationQuery = {}): Observable<PagedResult<Donation>> {
    return this.http.get<PagedResult<Donation>>(this.baseUrl, { params: toHttpParams(query) });
  }

  getDonation(id: string): Observable<Donation> {
    return this.http.get<Donation>(`${this.baseUrl}/${id}`);
  }

  recordDonation(donation: CreateDonation): Observable<Donation> {
    return this.http.post<Donation>(this.baseUrl, donation);
  }

  assessDonation(id: string, assessment: AssessDonation): Observable<Donation> {
    return this.http.post<Donation>(`${this.baseUrl}/${id}/assess`, assessment);
  }

  /** Adds the book to the inventory as a new copy; only assessed donations in Good or New condition. */
  acceptDonation(id: string, request: AcceptDonation): Observable<Donation> {
    return this.http.post<Donation>(`${this.baseUrl}/${id}/accept`, request);
  }

  declineDonation(id: string, request: DeclineDonation): Observable<Donation> {
    return this.http.post<Donation>(`${this.baseUrl}/${id}/decline`, request);
  }
}
