import { DatePipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable, switchMap } from 'rxjs';

import { Branch, OpeningHours, Weekday, WEEKDAYS } from '../../../core/models/branch.model';
import { AuthService } from '../../../core/services/auth.service';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';

/** Branch cards with today's hours highlighted; "Open now" asks the API, which knows the branch time zone. */
@Component({
  selector: 'bn-branch-list',
  standalone: true,
  imports: [DatePipe, ReactiveFormsModule, RouterLink],
  templateUrl: './branch-list.component.html',
  styleUrl: './branch-list.component.scss'
})
export class BranchListComponent implements OnInit {
  readonly openNowControl = new FormControl(false, { nonNullable: true });
  readonly weekdays = WEEKDAYS;
  /** JavaScript's getDay() starts on Sunday; WEEKDAYS starts on Monday. */
  readonly today: Weekday = WEEKDAYS[(new Date().getDay() + 6) % 7];

  branches: Branch[] = [];
  loading = false;

  constructor(
    private branchService: BranchService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.openNowControl.valueChanges
      .pipe(switchMap((openNow) => this.selectBranches(openNow)))
      .subscribe((branches) => (this.branches = branches));
    this.loading = true;
    this.selectBranches(false).subscribe({
      next: (branches) => {
        this.branches = branches;
        this.loading = false;
      },
      error: () => (this.loading = false)
    });
  }

  hoursOn(branch: Branch, day: Weekday): string {
    const hours: OpeningHours | undefined = branch.openingHours.find((h) => h.day === day);
    return !hours || hours.isClosed ? 'Closed' : `${hours.opensAt} – ${hours.closesAt}`;
  }

  deleteBranch(branch: Branch): void {
    if (!confirm(`Close down branch ${branch.name} (${branch.code})?`)) {
      return;
    }

    // The API refuses while copies are still shelved at the branch.
    this.branchService.deleteBranch(branch.id).subscribe(() => {
      this.notifications.success(`Branch ${branch.code} removed.`);
      this.branches = this.branches.filter((b) => b.id !== branch.id);
    });
  }

  private selectBranches(openNow: boolean): Observable<Branch[]> {
    return openNow ? this.branchService.getOpenBranches() : this.branchService.getBranches();
  }
}
