import { AsyncPipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { distinctUntilChanged, filter, switchMap } from 'rxjs';

import { Book } from '../../../core/models/book.model';
import { CreateReservation } from '../../../core/models/reservation.model';
import { AuthService } from '../../../core/services/auth.service';
import { BookService } from '../../../core/services/book.service';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';
import { ReservationService } from '../../../core/services/reservation.service';

const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/i;

/**
 * Places a hold (reservations/new?bookId=…). Shows how long the queue is before the member joins it;
 * staff can place the hold on behalf of a member at the desk.
 */
@Component({
  selector: 'bn-reservation-form',
  standalone: true,
  imports: [AsyncPipe, ReactiveFormsModule, RouterLink],
  templateUrl: './reservation-form.component.html',
  styleUrl: './reservation-form.component.scss'
})
export class ReservationFormComponent implements OnInit {
  @Input() bookId?: string;
  @Input() memberId?: string;

  readonly branches$ = this.branchService.getBranches();

  readonly form = this.fb.nonNullable.group({
    bookId: ['', [Validators.required, Validators.pattern(OBJECT_ID_PATTERN)]],
    pickupBranchCode: ['', Validators.required],
    memberId: ['', Validators.pattern(OBJECT_ID_PATTERN)]
  });

  book?: Book;
  /** Members already waiting for the book (the API's count of Waiting holds). */
  waitingCount?: number;
  saving = false;

  constructor(
    private fb: FormBuilder,
    private reservationService: ReservationService,
    private bookService: BookService,
    private branchService: BranchService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    if (this.isStaff) {
      this.form.controls.memberId.addValidators(Validators.required);
    }

    const bookId$ = this.form.controls.bookId.valueChanges.pipe(
      distinctUntilChanged(),
      filter((id) => OBJECT_ID_PATTERN.test(id))
    );
    bookId$.pipe(switchMap((id) => this.bookService.getBook(id))).subscribe((book) => (this.book = book));
    bookId$
      .pipe(switchMap((bookId) => this.reservationService.getReservations({ bookId, status: 'Waiting', pageSize: 1 })))
      .subscribe((page) => (this.waitingCount = page.totalCount));

    this.form.patchValue({ bookId: this.bookId ?? '', memberId: this.memberId ?? '' });
  }

  place(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { memberId, ...rest } = this.form.getRawValue();
    // Members reserve for themselves: the API takes the member from the token.
    const reservation: CreateReservation = { ...rest, memberId: this.isStaff ? memberId : undefined };

    this.saving = true;
    this.reservationService.placeReservation(reservation).subscribe({
      next: (placed) => {
        this.notifications.success(`"${placed.bookTitle}" reserved — you are number ${placed.queuePosition} in line.`);
        this.router.navigate(['/reservations'], { queryParams: { placed: placed.id } });
      },
      error: () => (this.saving = false)
    });
  }
}
