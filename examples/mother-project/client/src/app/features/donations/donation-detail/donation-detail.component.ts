import { DatePipe, LowerCasePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, map, of } from 'rxjs';

import { Donation, DonationDisposal } from '../../../core/models/donation.model';
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
  readonly disposals: { value: DonationDisposal; label: string }[] = [
    { value: 'BookSale', label: 'Friends of the library book sale' },
    { value: 'PassedOn', label: 'Passed on to another library' },
    { value: 'ReturnedToDonor', label: 'Returned to the donor' },
    { value: 'Recycled', label: 'Recycled' }
  ];

  readonly assessForm = this.fb.nonNullable.group({
    condition: ['Good' as CopyCondition, Validators.required],
    notes: ['', Validators.maxLength(500)]
  });
  readonly acceptForm = this.fb.nonNullable.group({
    // May stay empty when the donation's ISBN already matched a catalogue title.
    bookId: ['', Validators.pattern(OBJECT_ID_PATTERN)],
    barcode: ['', [Validators.required, Validators.pattern(BARCODE_PATTERN)]],
    floor: [0, [Validators.min(0), Validators.max(10)]],
    aisle: ['', [Validators.required, Validators.maxLength(10)]],
    shelf: ['', [Validators.required, Validators.maxLength(10)]]
  });
  readonly declineForm = this.fb.nonNullable.group({
    disposal: ['BookSale' as DonationDisposal, Validators.required],
    reason: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]]
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
    const { bookId, ...shelving } = this.acceptForm.getRawValue();
    this.donationService.acceptDonation(this.id, { ...shelving, bookId: bookId || undefined }).subscribe((donation) => {
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
