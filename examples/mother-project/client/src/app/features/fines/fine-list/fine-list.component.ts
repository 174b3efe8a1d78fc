import { CurrencyPipe, DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { Fine, FineQuery, FineStatus, MemberFines } from '../../../core/models/fine.model';
import { PagedResult } from '../../../core/models/paged-result.model';
import { AuthService } from '../../../core/services/auth.service';
import { FineService } from '../../../core/services/fine.service';
import { NotificationService } from '../../../core/services/notification.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/i;

/**
 * Staff: all fines, filterable by status, and assessing the fee of a loan by its id.
 * Members: their own fines (api/fines/member/{id}) with the outstanding total.
 */
@Component({
  selector: 'bn-fine-list',
  standalone: true,
  imports: [CurrencyPipe, DatePipe, ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './fine-list.component.html',
  styleUrl: './fine-list.component.scss'
})
export class FineListComponent implements OnInit {
  readonly statusControl = new FormControl<FineStatus | ''>('Outstanding', { nonNullable: true });
  readonly statuses: FineStatus[] = ['Outstanding', 'Paid', 'Waived'];
  readonly assessForm = this.fb.nonNullable.group({
    loanId: ['', [Validators.required, Validators.pattern(OBJECT_ID_PATTERN)]]
  });

  result?: PagedResult<Fine>;
  memberFines?: MemberFines;
  private query: FineQuery = { page: 1, pageSize: 20, status: 'Outstanding' };

  constructor(
    private fb: FormBuilder,
    private fineService: FineService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  /** Staff page through all fines; a member's own fines come in one list, filtered here by status. */
  get fines(): Fine[] {
    if (this.memberFines) {
      const status = this.statusControl.value;
      return this.memberFines.fines.filter((fine) => !status || fine.status === status);
    }
    return this.result?.items ?? [];
  }

  get pageTotal(): number {
    return this.fines.reduce((sum, fine) => sum + fine.amount, 0);
  }

  ngOnInit(): void {
    if (!this.isStaff) {
      // Members only ever see their own fines; the API enforces it as well.
      const memberId = this.authService.currentUser?.memberId ?? '';
      this.fineService.getMemberFines(memberId).subscribe((memberFines) => (this.memberFines = memberFines));
      return;
    }

    this.statusControl.valueChanges.subscribe((status) => {
      this.query = { ...this.query, status: status || undefined, page: 1 };
      this.loadFines();
    });
    this.loadFines();
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadFines();
  }

  assess(): void {
    if (this.assessForm.invalid) {
      this.assessForm.markAllAsTouched();
      return;
    }

    this.fineService.assessFine(this.assessForm.getRawValue()).subscribe((fine) => {
      const capped = fine.isCapped ? ' (capped)' : '';
      this.notifications.success(`Fine of €${fine.amount.toFixed(2)}${capped} assessed for ${fine.daysLate} days late.`);
      this.assessForm.reset();
      this.router.navigate(['/fines', fine.id]);
    });
  }

  private loadFines(): void {
    this.fineService.getFines(this.query).subscribe((result) => (this.result = result));
  }
}
