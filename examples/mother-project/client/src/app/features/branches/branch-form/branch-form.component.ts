import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { CreateBranch, OpeningHours, Weekday, WEEKDAYS } from '../../../core/models/branch.model';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';
import { openingHoursValidator } from '../../../shared/validators/opening-hours.validator';

const BRANCH_CODE_PATTERN = /^[A-Z]{2,4}\d{0,2}$/;
const DEFAULT_OPENS_AT = '09:00';
const DEFAULT_CLOSES_AT = '18:00';

/** One weekday row of the form; closed days are left out of the OpeningHoursDto list sent to the API. */
interface HoursRow {
  day: Weekday;
  isClosed: boolean;
  opensAt: string;
  closesAt: string;
}

/** Create and edit a branch with one row of opening hours per weekday (validation mirrors CreateBranchDto). */
@Component({
  selector: 'bn-branch-form',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './branch-form.component.html',
  styleUrl: './branch-form.component.scss'
})
export class BranchFormComponent implements OnInit {
  @Input() id?: string;

  readonly form = this.fb.nonNullable.group({
    code: ['', [Validators.required, Validators.pattern(BRANCH_CODE_PATTERN)]],
    name: ['', [Validators.required, Validators.maxLength(80)]],
    timeZoneId: ['UTC', Validators.required],
    address: this.fb.nonNullable.group({
      street: ['', Validators.required],
      city: ['', Validators.required],
      postalCode: ['', [Validators.required, Validators.maxLength(12)]],
      country: ['', Validators.required]
    }),
    openingHours: this.fb.array(WEEKDAYS.map((day) => this.hoursRow(day)))
  });

  saving = false;
  /** Kept from the loaded branch so an update does not clear them. */
  private closedDates: string[] = [];

  constructor(
    private fb: FormBuilder,
    private branchService: BranchService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get hourRows(): FormGroup[] {
    return this.form.controls.openingHours.controls;
  }

  ngOnInit(): void {
    if (this.id) {
      this.branchService.getBranch(this.id).subscribe((branch) => {
        const { openingHours, closedDates, ...rest } = branch;
        this.form.patchValue(rest);
        this.closedDates = closedDates;
        // Rows stay in Monday…Sunday order whatever order the API returns.
        this.form.controls.openingHours.setValue(WEEKDAYS.map((day) => this.rowValue(day, openingHours)));
      });
    }
  }

  /** Copies Monday's hours to the other working days, a common shortcut at the desk. */
  copyMondayToWeekdays(): void {
    const monday = this.hourRows[0].getRawValue() as HoursRow;
    this.hourRows.slice(1, 5).forEach((row) => row.patchValue({ ...monday, day: row.value.day }));
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const value = this.form.getRawValue();
    const branch: CreateBranch = {
      ...value,
      code: value.code.toUpperCase(),
      openingHours: this.openingHours(),
      closedDates: this.closedDates
    };

    this.saving = true;
    const request$ = this.id ? this.branchService.updateBranch(this.id, branch) : this.branchService.createBranch(branch);
    request$.subscribe({
      next: (saved) => {
        this.notifications.success(`Branch ${saved.code} saved.`);
        this.router.navigate(['/branches']);
      },
      error: () => (this.saving = false)
    });
  }

  /** Saves the weekly timetable alone (PUT api/branches/{id}/hours), leaving the rest of the branch as it is. */
  saveHours(): void {
    if (!this.id || this.form.controls.openingHours.invalid) {
      this.form.controls.openingHours.markAllAsTouched();
      return;
    }

    this.saving = true;
    this.branchService.setOpeningHours(this.id, this.openingHours()).subscribe({
      next: (saved) => {
        this.saving = false;
        this.notifications.success(`Opening hours of ${saved.code} saved.`);
      },
      error: () => (this.saving = false)
    });
  }

  /** A closed day is not sent at all. */
  private openingHours(): OpeningHours[] {
    return (this.form.controls.openingHours.getRawValue() as HoursRow[])
      .filter((h) => !h.isClosed)
      .map((h) => ({ day: h.day, opens: h.opensAt, closes: h.closesAt }));
  }

  private hoursRow(day: Weekday): FormGroup {
    return this.fb.nonNullable.group(
      {
        day: [day],
        isClosed: [day === 'Sunday'],
        opensAt: [DEFAULT_OPENS_AT],
        closesAt: [DEFAULT_CLOSES_AT]
      },
      { validators: openingHoursValidator() }
    );
  }

  private rowValue(day: Weekday, hours: OpeningHours[]): HoursRow {
    const found = hours.find((h) => h.day === day);
    return {
      day,
      isClosed: !found,
      opensAt: found?.opens ?? DEFAULT_OPENS_AT,
      closesAt: found?.closes ?? DEFAULT_CLOSES_AT
    };
  }
}
