import { DatePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CopyCondition, CopyStatus, InventoryItem } from '../../../core/models/inventory-item.model';
import { AuthService } from '../../../core/services/auth.service';
import { InventoryService } from '../../../core/services/inventory.service';
import { NotificationService } from '../../../core/services/notification.service';

const BARCODE_PATTERN = /^BN-\d{8}$/;

/** Copies of one book across branches, shown on the book detail page. */
@Component({
  selector: 'bn-inventory-list',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule],
  templateUrl: './inventory-list.component.html',
  styleUrl: './inventory-list.component.scss'
})
export class InventoryListComponent implements OnChanges {
  @Input({ required: true }) bookId!: string;

  readonly conditions: CopyCondition[] = ['New', 'Good', 'Worn', 'Damaged'];
  copies: InventoryItem[] = [];

  readonly form = this.fb.nonNullable.group({
    barcode: ['', [Validators.required, Validators.pattern(BARCODE_PATTERN)]],
    branchCode: ['', [Validators.required, Validators.maxLength(8)]],
    floor: [0, [Validators.min(0), Validators.max(10)]],
    aisle: ['', Validators.required],
    shelf: ['', Validators.required],
    condition: ['New' as CopyCondition]
  });

  constructor(
    private fb: FormBuilder,
    private inventoryService: InventoryService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get availableCount(): number {
    return this.copies.filter((c) => c.status === 'Available').length;
  }

  ngOnChanges(): void {
    this.load();
  }

  addCopy(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.inventoryService.addCopy({ bookId: this.bookId, ...this.form.getRawValue() }).subscribe((copy) => {
      this.notifications.success(`Copy ${copy.barcode} added.`);
      this.form.reset();
      this.load();
    });
  }

  setStatus(copy: InventoryItem, status: CopyStatus): void {
    this.inventoryService.updateCopyStatus(copy.id, status).subscribe(() => this.load());
  }

  removeCopy(copy: InventoryItem): void {
    if (confirm(`Remove copy ${copy.barcode}?`)) {
      this.inventoryService.removeCopy(copy.id).subscribe(() => this.load());
    }
  }

  private load(): void {
    this.inventoryService.getCopiesForBook(this.bookId).subscribe((copies) => (this.copies = copies));
  }
}
