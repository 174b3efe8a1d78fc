import { CurrencyPipe, DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, map } from 'rxjs';

import { Loan, LoanStatus } from '../../../core/models/loan.model';
import { AuthService } from '../../../core/services/auth.service';
import { LoanService } from '../../../core/services/loan.service';
import { NotificationService } from '../../../core/services/notification.service';
import { DueStatusPipe } from '../../../shared/pipes/due-status.pipe';

type LoanFilter = LoanStatus | 'All' | 'OverdueNow';

/**
 * Staff see every loan (filterable); members see their own loans and can renew or pay late fees.
 */
@Component({
  selector: 'bn-loan-list',
  standalone: true,
  imports: [CurrencyPipe, DatePipe, ReactiveFormsModule, RouterLink, DueStatusPipe],
  templateUrl: './loan-list.component.html',
  styleUrl: './loan-list.component.scss'
})
export class LoanListComponent implements OnInit {
  readonly filterControl = new FormControl<LoanFilter>('Active', { nonNullable: true });
  readonly filters: LoanFilter[] = ['Active', 'OverdueNow', 'Returned', 'Lost', 'All'];

  loans: Loan[] = [];
  loading = false;

  constructor(
    private loanService: LoanService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.filterControl.valueChanges.subscribe(() => this.loadLoans());
    this.loadLoans();
  }

  returnLoan(loan: Loan): void {
    this.loanService.returnLoan(loan.id).subscribe((updated) => {
      const fee = updated.lateFee > 0 ? ` Late fee: €${updated.lateFee.toFixed(2)}.` : '';
      this.notifications.success(`"${updated.bookTitle}" returned.${fee}`);
      this.loadLoans();
    });
  }

  renewLoan(loan: Loan): void {
    this.loanService.renewLoan(loan.id).subscribe({
      next: (updated) => {
        this.notifications.success(`Renewed until ${new Date(updated.dueAt).toLocaleDateString()}.`);
        this.loadLoans();
      },
      // e.g. returned at the desk meanwhile: show the loan as it is now
      error: () => this.refreshLoan(loan.id)
    });
  }

  payLateFee(loan: Loan): void {
    this.loanService.payLateFee(loan.id).subscribe(() => {
      this.notifications.success('Thank you, the late fee is paid.');
      this.loadLoans();
    });
  }

  private refreshLoan(id: string): void {
    this.loanService.getLoan(id).subscribe((current) => {
      this.loans = this.loans.map((l) => (l.id === id ? current : l));
    });
  }

  private loadLoans(): void {
    this.loading = true;
    this.selectLoans().subscribe({
      next: (loans) => {
        this.loans = loans;
        this.loading = false;
      },
      error: () => (this.loading = false)
    });
  }

  private selectLoans(): Observable<Loan[]> {
    if (!this.isStaff) {
      const memberId = this.authService.currentUser?.memberId ?? '';
      return this.loanService.getMemberLoans(memberId);
    }

    const filter = this.filterControl.value;
    if (filter === 'OverdueNow') {
      return this.loanService.getOverdueLoans();
    }

    const status = filter === 'All' ? undefined : filter;
    return this.loanService.getLoans({ status, pageSize: 100 }).pipe(map((page) => page.items));
  }
}
