import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';

import { Branch, OpeningHours, Weekday, WEEKDAYS } from '../../../core/models/branch.model';
import { InventoryItem } from '../../../core/models/inventory-item.model';
import { PagedResult } from '../../../core/models/paged-result.model';
import { AuthService } from '../../../core/services/auth.service';
import { BranchService } from '../../../core/services/branch.service';

/** Branch cards with today's hours highlighted; "Open now" is evaluated by the API in each branch's time zone. */
@Component({
  selector: 'bn-branch-list',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './branch-list.component.html',
  styleUrl: './branch-list.component.scss'
})
export class BranchListComponent implements OnInit {
  readonly openNowControl = new FormControl(false, { nonNullable: true });
  readonly weekdays = WEEKDAYS;
  /** JavaScript's getDay() starts on Sunday; WEEKDAYS starts on Monday. */
  readonly today: Weekday = WEEKDAYS[(new Date().getDay() + 6) % 7];

  branches: Branch[] = [];
  /** First page of the copies shelved at a branch, loaded when staff open it. */
  copies: Record<string, PagedResult<InventoryItem>> = {};
  loading = false;

  constructor(
    private branchService: BranchService,
    private authService: AuthService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get shownBranches(): Branch[] {
    return this.openNowControl.value ? this.branches.filter((b) => b.isOpenNow) : this.branches;
  }

  ngOnInit(): void {
    this.loading = true;
    this.branchService.getBranches().subscribe({
      next: (branches) => {
        this.branches = branches;
        this.loading = false;
      },
      error: () => (this.loading = false)
    });
  }

  hoursOn(branch: Branch, day: Weekday): string {
    const hours: OpeningHours | undefined = branch.openingHours.find((h) => h.day === day);
    return hours ? `${hours.opens} – ${hours.closes}` : 'Closed';
  }

  showCopies(branch: Branch): void {
    this.branchService.getBranchCopies(branch.id).subscribe((copies) => (this.copies[branch.id] = copies));
  }
}
