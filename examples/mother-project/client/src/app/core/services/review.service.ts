import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../../environments/environment';
import { CreateReview, Review } from '../models/review.model';

/** Book reviews and moderation: ReviewsController (api/reviews). */
@Injectable({ providedIn: 'root' })
export class ReviewService {
  private readonly baseUrl = `${environment.apiUrl}/reviews`;

  constructor(private http: HttpClient) {}

  getBookReviews(bookId: string): Observable<Review[]> {
    return this.http.get<Review[]>(`${this.baseUrl}/book/${bookId}`);
  }

  getReview(id: string): Observable<Review> {
    return this.http.get<Review>(`${this.baseUrl}/${id}`);
  }

  createReview(review: CreateReview): Observable<Review> {
    return this.http.post<Review>(this.baseUrl, review);
  }

  approveReview(id: string): Observable<Review> {
    return this.http.post<Review>(`${this.baseUrl}/${id}/approve`, {});
  }

  deleteReview(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/${id}`);
  }
}
