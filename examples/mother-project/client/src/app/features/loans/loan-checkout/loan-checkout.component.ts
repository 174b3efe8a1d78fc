import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { distinctUntilChanged, filter } from 'rxjs';

import { InventoryItem } from '../../../core/models/inventory-item.model';
import { CreateLoan } from '../../../core/models/loan.model';
import { InventoryService } from '../../../core/services/inventory.service';
import { LoanService } from '../../../core/services/loan.service';
import { NotificationService } from '../../../core/services/notification.service';

const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/i;

/**
 * Desk checkout. Book and member ids usually arrive as ?bookId= / ?memberId= from the book
 * detail or member list pages; the librarian can then pick a specific copy.
 */
@Component({
  selector: 'bn-loan-checkout',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './loan-checkout.component.html',
  styleUrl: './loan-checkout.component.scss'
})
export class LoanCheckoutComponent implements OnInit {
  @Input() bookId?: string;
  @Input() memberId?: string;
  /** Set when the librarian scanned the barcode label of a specific copy. */
  @Input() inventoryItemId?: string;

  readonly form = this.fb.nonNullable.group({
    bookId: ['', [Validators.required, Validators.pattern(OBJECT_ID_PATTERN)]],
    memberId: ['', [Validators.required, Validators.pattern(OBJECT_ID_PATTERN)]],
    inventoryItemId: [''],
    loanPeriodDays: [21, [Validators.min(1), Validators.max(60)]]
  });

  availableCopies: InventoryItem[] = [];
  saving = false;

  constructor(
    private fb: FormBuilder,
    private loanService: LoanService,
    private inventoryService: InventoryService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  ngOnInit(): void {
    this.form.controls.bookId.valueChanges
      .pipe(
        distinctUntilChanged(),
        filter((id) => OBJECT_ID_PATTERN.test(id))
      )
      .subscribe((id) => this.loadCopies(id));

    this.form.patchValue({ bookId: this.bookId ?? '', memberId: this.memberId ?? '' });

    if (this.inventoryItemId) {
      this.inventoryService.getCopy(this.inventoryItemId).subscribe((copy) => {
        this.form.patchValue({ bookId: copy.bookId });
        this.form.patchValue({ inventoryItemId: copy.id });
      });
    }
  }

  checkout(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { inventoryItemId, ...rest } = this.form.getRawValue();
    const loan: CreateLoan = { ...rest, inventoryItemId: inventoryItemId || undefined };

    this.saving = true;
    this.loanService.checkout(loan).subscribe({
      next: (created) => {
        this.notifications.success(`"${created.bookTitle}" lent to ${created.memberName}.`);
        this.router.navigate(['/loans']);
      },
      error: () => (this.saving = false)
    });
  }

  private loadCopies(bookId: string): void {
    this.inventoryService.getCopiesForBook(bookId).subscribe((copies) => {
      this.availableCopies = copies.filter((c) => c.status === 'Available');
    });
  }
}
