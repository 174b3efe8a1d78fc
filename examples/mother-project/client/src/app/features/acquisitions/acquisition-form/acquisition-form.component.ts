import { AsyncPipe, CurrencyPipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormArray, FormBuilder, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { HasUnsavedChanges } from '../../../core/guards/unsaved-changes.guard';
import { CreatePurchaseOrder, CreatePurchaseOrderLine } from '../../../core/models/acquisition.model';
import { AcquisitionService } from '../../../core/services/acquisition.service';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';

const ISBN_PATTERN = /^(97(8|9))?\d{9}(\d|X)$/;
const MAX_LINES = 50;

/**
 * Drafts a purchase order line by line with live totals (create and edit of drafts).
 * Validation mirrors CreatePurchaseOrderDto; the API recomputes every total.
 */
@Component({
  selector: 'bn-acquisition-form',
  standalone: true,
  imports: [AsyncPipe, CurrencyPipe, ReactiveFormsModule, RouterLink],
  templateUrl: './acquisition-form.component.html',
  styleUrl: './acquisition-form.component.scss'
})
export class AcquisitionFormComponent implements OnInit, HasUnsavedChanges {
  @Input() id?: string;

  readonly maxLines = MAX_LINES;
  readonly branches$ = this.branchService.getBranches();
  readonly form = this.fb.nonNullable.group({
    supplierName: ['', [Validators.required, Validators.maxLength(120)]],
    supplierReference: ['', Validators.maxLength(40)],
    branchCode: ['', Validators.required],
    /** The supplier's discount; sent on every line (CreatePurchaseOrderLineDto.DiscountPercent). */
    discountPercent: [0, [Validators.min(0), Validators.max(40)]],
    notes: ['', Validators.maxLength(1000)],
    lines: this.fb.array<FormGroup>([], Validators.required)
  });

  saving = false;
  private saved = false;

  constructor(
    private fb: FormBuilder,
    private acquisitionService: AcquisitionService,
    private branchService: BranchService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get lines(): FormArray<FormGroup> {
    return this.form.controls.lines;
  }

  get subtotal(): number {
    return this.lines.controls.reduce((sum, line) => sum + this.lineTotal(line), 0);
  }

  get total(): number {
    return round2(this.subtotal * (1 - this.form.controls.discountPercent.value / 100));
  }

  ngOnInit(): void {
    if (!this.id) {
      this.addLine();
      return;
    }

    this.acquisitionService.getOrder(this.id).subscribe((order) => {
      if (order.status !== 'Draft') {
        this.notifications.info(`Order ${order.orderNumber} was already submitted and can no longer be edited.`);
        this.router.navigate(['/acquisitions', order.id]);
        return;
      }
      order.lines.forEach((line) => this.addLine(line));
      this.form.patchValue({ ...order, discountPercent: order.lines[0]?.discountPercent ?? 0 });
      this.form.markAsPristine();
    });
  }

  addLine(line?: Omit<CreatePurchaseOrderLine, 'discountPercent'>): void {
    if (this.lines.length >= MAX_LINES) {
      return;
    }
    this.lines.push(
      this.fb.nonNullable.group({
        isbn: [line?.isbn ?? '', [Validators.required, Validators.pattern(ISBN_PATTERN)]],
        title: [line?.title ?? '', [Validators.required, Validators.maxLength(200)]],
        quantity: [line?.quantity ?? 1, [Validators.required, Validators.min(1), Validators.max(100)]],
        unitPrice: [line?.unitPrice ?? 0, [Validators.required, Validators.min(0)]]
      })
    );
  }

  removeLine(index: number): void {
    this.lines.removeAt(index);
    this.form.markAsDirty();
  }

  lineTotal(line: FormGroup): number {
    const { quantity, unitPrice } = line.getRawValue() as { quantity: number; unitPrice: number };
    return round2((quantity || 0) * (unitPrice || 0));
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saved;
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { supplierReference, notes, discountPercent, ...rest } = this.form.getRawValue();
    const order: CreatePurchaseOrder = {
      ...rest,
      supplierReference: supplierReference || undefined,
      notes: notes || undefined,
      lines: (rest.lines as CreatePurchaseOrderLine[]).map((line) => ({ ...line, isbn: line.isbn.trim(), discountPercent }))
    };

    this.saving = true;
    const request$ = this.id ? this.acquisitionService.updateOrder(this.id, order) : this.acquisitionService.createOrder(order);
    request$.subscribe({
      next: (savedOrder) => {
        this.saved = true;
        this.notifications.success(`Draft ${savedOrder.orderNumber} saved (${savedOrder.lines.length} lines).`);
        this.router.navigate(['/acquisitions', savedOrder.id]);
      },
      error: () => (this.saving = false)
    });
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
