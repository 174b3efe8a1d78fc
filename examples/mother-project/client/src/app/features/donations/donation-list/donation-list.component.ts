import { AsyncPipe, DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { Donation, DonationQuery, DonationStatus } from '../../../core/models/donation.model';
import { PagedResult } from '../../../core/models/paged-result.model';
import { BranchService } from '../../../core/services/branch.service';
import { DonationService } from '../../../core/services/donation.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

/** Intake queue of donated books for staff; "to assess" first since those wait on a shelf in the back. */
@Component({
  selector: 'bn-donation-list',
  standalone: true,
  imports: [AsyncPipe, DatePipe, ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './donation-list.component.html',
  styleUrl: './donation-list.component.scss'
})
export class DonationListComponent implements OnInit {
  readonly statuses: DonationStatus[] = ['Received', 'Assessed', 'Accepted', 'Declined'];
  readonly branches$ = this.branchService.getBranches();
  readonly filters = this.fb.nonNullable.group({
    status: ['Received' as DonationStatus | ''],
    branchCode: ['']
  });

  result?: PagedResult<Donation>;
  private query: DonationQuery = { page: 1, pageSize: 25, status: 'Received' };

  constructor(
    private fb: FormBuilder,
    private donationService: DonationService,
    private branchService: BranchService
  ) {}

  ngOnInit(): void {
    this.filters.valueChanges.subscribe(({ status, branchCode }) => {
      this.query = { ...this.query, status: status || undefined, branchCode: branchCode || undefined, page: 1 };
      this.loadDonations();
    });
    this.loadDonations();
  }

  donor(donation: Donation): string {
    return donation.donorName || (donation.donorMemberId ? `Member ${donation.donorMemberId}` : 'Anonymous');
  }

  /** Days a donation has waited since intake, to spot the ones left too long. */
  daysWaiting(donation: Donation): number {
    return Math.floor((Date.now() - new Date(donation.receivedAt).getTime()) / (24 * 60 * 60 * 1000));
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadDonations();
  }

  private loadDonations(): void {
    this.donationService.getDonations(this.query).subscribe((result) => (this.result = result));
  }
}
