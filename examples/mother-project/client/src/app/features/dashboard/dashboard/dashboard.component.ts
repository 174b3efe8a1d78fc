import { AsyncPipe, DecimalPipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';

import { DashboardSummary } from '../../../core/models/dashboard-summary.model';
import { Loan } from '../../../core/models/loan.model';
import { DashboardService } from '../../../core/services/dashboard.service';
import { LoanService } from '../../../core/services/loan.service';
import { DueStatusPipe } from '../../../shared/pipes/due-status.pipe';

interface Tile {
  label: string;
  value: number;
  link?: string;
}

/** Front-desk overview: stock, lending figures and the loans that need a reminder call. */
@Component({
  selector: 'bn-dashboard',
  standalone: true,
  imports: [AsyncPipe, DecimalPipe, RouterLink, DueStatusPipe],
  templateUrl: './dashboard.component.html',
  styleUrl: './dashboard.component.scss'
})
export class DashboardComponent implements OnInit {
  summary?: DashboardSummary;
  tiles: Tile[] = [];
  overdue$?: Observable<Loan[]>;

  constructor(
    private dashboardService: DashboardService,
    private loanService: LoanService
  ) {}

  ngOnInit(): void {
    this.dashboardService.getSummary().subscribe((summary) => {
      this.summary = summary;
      this.tiles = [
        { label: 'Titles', value: summary.totalBooks, link: '/books' },
        { label: 'Copies on the shelf', value: summary.availableCopies },
        { label: 'Active members', value: summary.activeMembers, link: '/members' },
        { label: 'Active loans', value: summary.activeLoans, link: '/loans' },
        { label: 'Overdue loans', value: summary.overdueLoans, link: '/loans' },
        { label: 'Reviews to approve', value: summary.pendingReviews }
      ];
    });
    this.overdue$ = this.loanService.getOverdueLoans();
  }
}
