import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { CreateMember, MembershipTier } from '../../../core/models/member.model';
import { MemberService } from '../../../core/services/member.service';
import { NotificationService } from '../../../core/services/notification.service';

/** Desk registration and editing of members; validation mirrors CreateMemberDto/AddressDto. */
@Component({
  selector: 'bn-member-form',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './member-form.component.html',
  styleUrl: './member-form.component.scss'
})
export class MemberFormComponent implements OnInit {
  @Input() id?: string;

  readonly tiers: MembershipTier[] = ['Standard', 'Student', 'Senior', 'Premium'];

  readonly form = this.fb.nonNullable.group({
    firstName: ['', [Validators.required, Validators.maxLength(80)]],
    lastName: ['', [Validators.required, Validators.maxLength(80)]],
    email: ['', [Validators.required, Validators.email]],
    phone: [''],
    tier: ['Standard' as MembershipTier, Validators.required],
    address: this.fb.nonNullable.group({
      street: ['', Validators.required],
      city: ['', Validators.required],
      postalCode: ['', [Validators.required, Validators.maxLength(12)]],
      country: ['', Validators.required]
    })
  });

  saving = false;

  constructor(
    private fb: FormBuilder,
    private memberService: MemberService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  ngOnInit(): void {
    if (this.id) {
      this.memberService.getMember(this.id).subscribe((member) => this.form.patchValue(member));
    }
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.saving = true;
    const member: CreateMember = this.form.getRawValue();
    const request$ = this.id ? this.memberService.updateMember(this.id, member) : this.memberService.createMember(member);

    request$.subscribe({
      next: (saved) => {
        this.notifications.success(`Member ${saved.membershipNumber} saved.`);
        this.router.navigate(['/members']);
      },
      error: () => (this.saving = false)
    });
  }
}
