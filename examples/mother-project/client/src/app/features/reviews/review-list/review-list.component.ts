import { DatePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { Review } from '../../../core/models/review.model';
import { AuthService } from '../../../core/services/auth.service';
import { NotificationService } from '../../../core/services/notification.service';
import { ReviewService } from '../../../core/services/review.service';
import { TruncatePipe } from '../../../shared/pipes/truncate.pipe';

/** Reviews under a book; members who borrowed it can write one, staff moderate. */
@Component({
  selector: 'bn-review-list',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule, TruncatePipe],
  templateUrl: './review-list.component.html',
  styleUrl: './review-list.component.scss'
})
export class ReviewListComponent implements OnChanges {
  @Input({ required: true }) bookId!: string;
  /** Deep link from the moderation e-mail (?review=<id>): shown on top even while pending. */
  @Input() highlightId?: string;

  readonly stars = [1, 2, 3, 4, 5];
  reviews: Review[] = [];
  highlighted?: Review;
  expanded = new Set<string>();

  readonly form = this.fb.nonNullable.group({
    rating: [5, [Validators.required, Validators.min(1), Validators.max(5)]],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(120)]],
    body: ['', Validators.maxLength(2000)]
  });

  constructor(
    private fb: FormBuilder,
    private reviewService: ReviewService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get canReview(): boolean {
    return this.authService.hasRole('Member');
  }

  ngOnChanges(): void {
    this.load();
    if (this.highlightId) {
      this.reviewService.getReview(this.highlightId).subscribe((review) => (this.highlighted = review));
    }
  }

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.reviewService.createReview({ bookId: this.bookId, ...this.form.getRawValue() }).subscribe(() => {
      this.notifications.info('Thanks! Your review will appear once a librarian has approved it.');
      this.form.reset();
    });
  }

  approve(review: Review): void {
    this.reviewService.approveReview(review.id).subscribe(() => this.load());
  }

  remove(review: Review): void {
    if (confirm('Delete this review?')) {
      this.reviewService.deleteReview(review.id).subscribe(() => this.load());
    }
  }

  toggle(review: Review): void {
    if (!this.expanded.delete(review.id)) {
      this.expanded.add(review.id);
    }
  }

  private load(): void {
    this.highlighted = undefined;
    this.reviewService.getBookReviews(this.bookId).subscribe((reviews) => (this.reviews = reviews));
  }
}
