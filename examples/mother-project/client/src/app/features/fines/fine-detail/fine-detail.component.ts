import { CurrencyPipe, DatePipe, DecimalPipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { Fine } from '../../../core/models/fine.model';
import { AuthService } from '../../../core/services/auth.service';
import { FineService } from '../../../core/services/fine.service';
import { NotificationService } from '../../../core/services/notification.service';

const MIN_REASON_LENGTH = 10;

/**
 * One fine with how it was computed. Members pay outstanding fines online; staff can waive one
 * with a written reason (kept for the audit of waived fees).
 */
@Component({
  selector: 'bn-fine-detail',
  standalone: true,
  imports: [CurrencyPipe, DatePipe, DecimalPipe, ReactiveFormsModule, RouterLink],
  templateUrl: './fine-detail.component.html',
  styleUrl: './fine-detail.component.scss'
})
export class FineDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  readonly minReasonLength = MIN_REASON_LENGTH;
  readonly reasonControl = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(MIN_REASON_LENGTH), Validators.maxLength(500)]
  });

  fine?: Fine;
  paying = false;
  showWaiveForm = false;

  constructor(
    private fineService: FineService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  /** What the fee would have been without the cap. */
  get uncappedAmount(): number {
    return this.fine ? this.fine.daysLate * this.fine.dailyRate : 0;
  }

  ngOnChanges(): void {
    this.fineService.getFine(this.id).subscribe((fine) => (this.fine = fine));
  }

  pay(): void {
    if (!this.fine || !confirm(`Pay ${this.fine.amount.toFixed(2)} EUR now?`)) {
      return;
    }

    this.paying = true;
    this.fineService.payFine(this.fine.id).subscribe({
      next: (paid) => {
        this.fine = paid;
        this.paying = false;
        this.notifications.success(`Paid ${paid.amount.toFixed(2)} EUR.`);
      },
      // Declined by the gateway: the interceptor shows the reason, the fine stays outstanding.
      error: () => (this.paying = false)
    });
  }

  waive(): void {
    if (!this.fine || this.reasonControl.invalid) {
      this.reasonControl.markAsTouched();
      return;
    }

    this.fineService.waiveFine(this.fine.id, { reason: this.reasonControl.value.trim() }).subscribe((waived) => {
      this.fine = waived;
      this.showWaiveForm = false;
      this.reasonControl.reset();
      this.notifications.success('Fine waived.');
    });
  }
}
