import { DatePipe, LowerCasePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, map, of } from 'rxjs';

import { DeclineOutcome, Donation } from '../../../core/models/donation.model';
import { CopyCondition } from '../../../core/models/inventory-item.model';
import { BookService } from '../../../core/services/book.service';
import { DonationService } from '../../../core/services/donation.service';
import { NotificationService } from '../../../core/services/notification.service';

const BARCODE_PATTERN = /^BN-\d{8}$/;
const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/i;
/** Worn or damaged donations are not shelved; the API enforces the same rule. */
const SHELVABLE: CopyCondition[] = ['New', 'Good'];

/** One donation through assessment, then accepted into the inventory or declined. */
@Component({
  selector: 'bn-donation-detail',
  standalone: true,
  imports: [DatePipe, LowerCasePipe, ReactiveFormsModule, RouterLink],
  templateUrl: './donation-detail.component.html',
  styleUrl: './donation-detail.component.scss'
})
export class DonationDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  readonly conditions: CopyCondition[] = ['New', 'Good', 'Worn', 'Damaged'];
  readonly outcomes: { value: DeclineOutcome; label: string }[] = [
    { value: 'BookSale', label: 'Friends of the library book sale' },
    { value: 'ReturnedToDonor', label: 'Returned to the donor' },
    { value: 'Recycled', label: 'Recycled' }
  ];

  readonly assessForm = this.fb.nonNullable.group({
    condition: ['Good' as CopyCondition, Validators.required],
    notes: ['', Validators.maxLength(500)]
  });
  readonly acceptForm = this.fb.nonNullable.group({
    bookId: ['', [Validators.required, Validators.pattern(OBJECT_ID_PATTERN)]],
    barcode: ['', [Validators.required, Validators.pattern(BARCODE_PATTERN)]],
    branchCode: ['', Validators.required]
  });
  readonly declineForm = this.fb.nonNullable.group({
    outcome: ['BookSale' as DeclineOutcome, Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(300)]]
  });

  donation?: Donation;

  constructor(
    private fb: FormBuilder,
    private donationService: DonationService,
    private bookService: BookService,
    private notifications: NotificationService
  ) {}

  get canAccept(): boolean {
    return !!this.donation?.condition && SHELVABLE.includes(this.donation.condition);
  }

  ngOnChanges(): void {
    this.donationService.getDonation(this.id).subscribe((donation) => this.show(donation));
  }

  assess(): void {
    const { condition, notes } = this.assessForm.getRawValue();
    this.donationService
      .assessDonation(this.id, { condition, notes: notes || undefined })
      .subscribe((donation) => this.show(donation));
  }

  accept(): void {
    if (this.acceptForm.invalid) {
      this.acceptForm.markAllAsTouched();
      return;
    }
    this.donationService.acceptDonation(this.id, this.acceptForm.getRawValue()).subscribe((donation) => {
      this.notifications.success(`Shelved as copy ${this.acceptForm.controls.barcode.value}.`);
      this.show(donation);
    });
  }

  decline(): void {
    if (this.declineForm.invalid) {
      this.declineForm.markAllAsTouched();
      return;
    }
    this.donationService.declineDonation(this.id, this.declineForm.getRawValue()).subscribe((donation) => {
      this.notifications.info('Donation declined.');
      this.show(donation);
    });
  }

  private show(donation: Donation): void {
    this.donation = donation;
    this.acceptForm.patchValue({ branchCode: donation.receivedAtBranchCode });
    if (donation.status === 'Assessed') {
      this.findCatalogueTitle(donation).subscribe((bookId) => {
        if (bookId) {
          this.acceptForm.patchValue({ bookId });
        }
      });
    }
  }

  /** Pre-fills the catalogue title when the donated ISBN is already known. */
  private findCatalogueTitle(donation: Donation): Observable<string | undefined> {
    if (!donation.isbn) {
      return of(undefined);
    }
    return this.bookService
      .getBooks({ search: donation.isbn, pageSize: 1 })
      .pipe(map((page) => page.items.find((b) => b.isbn === donation.isbn)?.id));
  }
}
